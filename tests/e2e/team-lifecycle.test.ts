/**
 * A team's own lifecycle through the built bin: the team's spec.md.hbs (as
 * `eject` writes it, its Status checklist edited to four items of its own and
 * one end state after `<!-- end states -->`) gives the states of `status`,
 * `list`, `lint` and `index`, in its order; `status --help` and errors list
 * them; the specs stay clean for markdownlint and prettier.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';

afterAll(removeTempDirs);

let root = '';
const SPEC = 'docs/specs/0001-dark-mode.md';
const TODAY = { SPECWRIGHT_TODAY: '2026-12-20' };
const BUILT_IN_ITEMS = ['Specification review', 'Design review', 'Implementation started', 'Code review', 'Testing complete', 'Documentation complete', 'Deployed to production'];
const TEAM_ITEMS = ['Specification review', 'QA sign-off', 'Security review', 'Shipped', '', '<!-- end states -->', '', '- [ ] On hold'];

async function statuses(): Promise<Record<string, string>> {
  const listed = await runBin(['list', '--json'], { cwd: root, env: TODAY });
  expect(listed.code).toBe(0);
  return Object.fromEntries((JSON.parse(listed.stdout) as { id: string; status: string }[]).map((s) => [s.id, s.status]));
}

async function markdownClean(file: string): Promise<void> {
  const text = readFileSync(path.join(root, file), 'utf8');
  expect(markdownlintFindings(text)).toEqual([]);
  expect(await prettierFormat(text)).toBe(text);
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  const ejected = await runBin(['eject', 'spec.md'], { cwd: root });
  expect(ejected.code).toBe(0);
  const template = path.join(root, '.specwright/templates/spec.md.hbs');
  const text = readFileSync(template, 'utf8');
  const builtIn = BUILT_IN_ITEMS.map((label) => `- [ ] ${label}`).join('\n');
  expect(text).toContain(builtIn);
  writeFileSync(template, text.replace(builtIn, TEAM_ITEMS.map((item) => (item === '' || item.startsWith('<') || item.startsWith('-') ? item : `- [ ] ${item}`)).join('\n')));
  for (const name of ['Dark mode', 'Export to CSV']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--milestone', 'Beta@2026-12-01', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } });
    expect(made.code).toBe(0);
  }
  expect((await runBin(['index'], { cwd: root, env: TODAY })).code).toBe(0);
});

describe("a team's Status checklist is the lifecycle", () => {
  test('status takes its items by name, in its order; list, lint and index follow', async () => {
    await markdownClean(SPEC);
    const moved = await runBin(['status', 'dark', 'qa-sign-off', '--note', 'checked by QA'], { cwd: root, env: TODAY });
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Status: QA sign-off (ticked Specification review, QA sign-off)');
    expect(await statuses()).toEqual({ '0001-dark-mode': 'qa-sign-off', '0002-export-to-csv': 'draft' });
    await markdownClean(SPEC);

    const filtered = await runBin(['list', '--status', 'qa-sign-off', '--json'], { cwd: root, env: TODAY });
    expect((JSON.parse(filtered.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['0001-dark-mode']);
    const index = readFileSync(path.join(root, 'docs/specs/README.md'), 'utf8');
    expect(index.split('\n').find((line) => line.includes('0001-dark-mode.md'))).toMatch(/\| qa-sign-off +\|/);

    // Its own items are no unknown Status items; only the overdue milestones are found.
    const linted = await runBin(['lint', '--format', 'json'], { cwd: root, env: TODAY });
    const parsed = JSON.parse(linted.stdout) as { rule: string }[] | { findings: { rule: string }[] };
    const rules = (Array.isArray(parsed) ? parsed : parsed.findings).map((f) => f.rule);
    expect([...new Set(rules)]).toEqual(['overdue']);
  });

  test('a state the template does not have is refused, naming the states of this repository; help lists them', async () => {
    const wrong = await runBin(['status', 'dark', 'design'], { cwd: root, env: TODAY });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('use one of specification-review, qa-sign-off, security-review, shipped, rejected, withdrawn, superseded, on-hold');
    const listWrong = await runBin(['list', '--status', 'design'], { cwd: root, env: TODAY });
    expect(listWrong.code).toBe(2);
    expect(listWrong.stderr).toContain('qa-sign-off');

    const help = await runBin(['status', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('States of this repository (the Status items of .specwright/templates/spec.md.hbs, then the end states)');
    expect(help.stdout).toMatch(/^ {2}qa-sign-off +QA sign-off$/m);
    expect(help.stdout).toMatch(/^ {2}on-hold +On hold$/m);
  });

  test("the last item is the end of the road (milestones history, open items said); the team's end state is set like the built-in ones", async () => {
    const shipped = await runBin(['status', 'dark', 'shipped'], { cwd: root, env: TODAY });
    expect(shipped.code).toBe(0);
    // No item names testing: what is open is said from the last item on.
    expect(shipped.stderr).toContain("the docs stub docs/features/dark-mode.md holds only the template's guidance");
    const listed = await runBin(['list', '--json'], { cwd: root, env: TODAY });
    const dark = (JSON.parse(listed.stdout) as { id: string; nextMilestone: unknown }[]).find((s) => s.id === '0001-dark-mode')!;
    expect(dark.nextMilestone).toBeNull();

    const held = await runBin(['status', 'export', 'on-hold', '--note', 'waiting for the API'], { cwd: root, env: TODAY });
    expect(held.code).toBe(0);
    expect(await statuses()).toEqual({ '0001-dark-mode': 'shipped', '0002-export-to-csv': 'on-hold' });
    await markdownClean('docs/specs/0002-export-to-csv.md');
    const linted = await runBin(['lint'], { cwd: root, env: TODAY });
    expect(linted.code).toBe(0);
    expect(linted.stdout).not.toMatch(/overdue/);
  });
});
