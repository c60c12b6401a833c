/**
 * `specwright lint` through the built bin finds the tests' references that
 * lead nowhere, in a real git repository: a hand-written test citing a
 * requirement its spec does not have (unknown-requirement, a warning), and
 * the test stub of a spec removed with `git rm` (orphan-stub, an error), in
 * text and in --json, with the exit code their severities give.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const AUTHOR = { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...AUTHOR } });
const TODAY = { SPECWRIGHT_TODAY: '2026-12-05' };
let root = '';
/** The line of the stub's `Specification:` header, read from the stub as `new` wrote it. */
let headerLine = 0;

async function make(args: string[]): Promise<void> {
  const made = await runBin(['new', ...args, '--owner', 'Ada Lovelace', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
  expect(made.code).toBe(0);
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' } } });
  await make(['Dark mode', '--requirement', 'Toggle in settings', '--requirement', 'Remember the choice']);
  await make(['Export to CSV', '--requirement', 'One row per record']);
  writeFileSync(path.join(root, 'tests/flows.test.js'), 'test("0001 FR-2 remembers the theme", () => {});\n\ntest("0001 FR-9 syncs the theme", () => {});\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'two specs');
  headerLine = readFileSync(path.join(root, 'tests/export-to-csv.test.js'), 'utf8').split('\n').findIndex((line) => line.includes('Specification:')) + 1;
  expect(headerLine).toBeGreaterThan(0);
  git(root, 'rm', '-q', 'docs/specs/0002-export-to-csv.md');
});

describe('references that lead nowhere', () => {
  test('text: the citation of 0001 FR-9 (a warning) and the stub of the removed 0002 (an error), each at its line; exit 1', async () => {
    const result = await runBin(['lint'], { cwd: root, env: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => / (unknown-requirement|orphan-stub): /.test(line))).toEqual([
      `tests/export-to-csv.test.js:${headerLine}: error orphan-stub: ` +
        'the test stub belongs to 0002-export-to-csv, but its spec docs/specs/0002-export-to-csv.md is gone and no spec has its number or name. The spec is gone: delete the test stub (and its docs stub), or restore the spec from git (`git log --diff-filter=D -- <spec>` names the commit that removed it).',
      'tests/flows.test.js:3: warning unknown-requirement: the test cites 0001 FR-9, which no spec has: 0001-dark-mode has FR-1 and FR-2. Cite one of the spec\'s requirements, or add the requirement to the spec.',
    ]);
  });

  test('--json carries both findings, with file, line, rule and severity', async () => {
    const result = await runBin(['lint', '--json'], { cwd: root, env: TODAY });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { file: string; line: number; rule: string; severity: string; message: string }[] };
    const ours = report.findings.filter((f) => f.rule === 'unknown-requirement' || f.rule === 'orphan-stub').map((f) => [f.file, f.line, f.rule, f.severity]);
    expect(ours).toEqual([
      ['tests/export-to-csv.test.js', headerLine, 'orphan-stub', 'error'],
      ['tests/flows.test.js', 3, 'unknown-requirement', 'warning'],
    ]);
  });

  // Last: it removes files the tests above read.
  test('exit codes by severity: the orphan stub alone fails lint; once it is deleted the warning alone exits 0, and 1 with --strict', async () => {
    git(root, 'rm', '-q', 'docs/features/export-to-csv.md');
    const orphanOnly = await runBin(['lint', '--json'], { cwd: root, env: TODAY });
    expect([orphanOnly.code, (JSON.parse(orphanOnly.stdout) as { findings: { rule: string; severity: string }[] }).findings.filter((f) => f.severity === 'error').map((f) => f.rule)]).toEqual([1, ['orphan-stub']]);
    git(root, 'rm', '-q', 'tests/export-to-csv.test.js');
    expect((await runBin(['lint'], { cwd: root, env: TODAY })).code).toBe(0);
    expect((await runBin(['lint', '--strict'], { cwd: root, env: TODAY })).code).toBe(1);
  });
});
