/**
 * A team adopts its own lifecycle after specs were written from the built-in
 * template: those specs keep the states they were written with (list, lint,
 * overdue and the index read them as before), and `status` on one with the
 * team's states says how to bring it over instead of a shape error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

let root = '';
const OLD = 'docs/specs/0001-dark-mode.md';
const LATER = { SPECWRIGHT_TODAY: '2027-06-01' };
const BUILT_IN_ITEMS = ['Specification review', 'Design review', 'Implementation started', 'Code review', 'Testing complete', 'Documentation complete', 'Deployed to production'];

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  // Written, and deployed, with the built-in lifecycle.
  for (const name of ['Dark mode', 'Export to CSV']) {
    expect((await runBin(['new', name, '--owner', 'Ada', '--milestone', 'Beta@2026-12-01', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } })).code).toBe(0);
  }
  expect((await runBin(['status', 'dark', 'deployed'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-20' } })).code).toBe(0);
  expect((await runBin(['status', 'export', 'implementation'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-20' } })).code).toBe(0);
  // Then the team's own checklist.
  expect((await runBin(['eject', 'spec.md'], { cwd: root })).code).toBe(0);
  const template = path.join(root, '.specwright/templates/spec.md.hbs');
  const text = readFileSync(template, 'utf8');
  writeFileSync(template, text.replace(BUILT_IN_ITEMS.map((label) => `- [ ] ${label}`).join('\n'), ['- [ ] Spec approved', '- [ ] QA sign-off', '- [ ] Shipped'].join('\n')));
  expect((await runBin(['new', 'Search', '--owner', 'Ada', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-25' } })).code).toBe(0);
});

describe('specs written before a team lifecycle', () => {
  test('keep their states: list, lint and overdue read them as written', async () => {
    const listed = await runBin(['list', '--json'], { cwd: root, env: LATER });
    expect(listed.stderr).toBe('');
    const specs = JSON.parse(listed.stdout) as { id: string; status: string; nextMilestone: unknown }[];
    expect(specs.map((s) => [s.id, s.status])).toEqual([
      ['0001-dark-mode', 'deployed'],
      ['0002-export-to-csv', 'implementation'],
      ['0003-search', 'draft'],
    ]);
    // Deployed: its milestone is history, not overdue by half a year.
    expect(specs[0]!.nextMilestone).toBeNull();
    const overdue = JSON.parse((await runBin(['list', '--overdue', '--json'], { cwd: root, env: LATER })).stdout) as { id: string }[];
    expect(overdue.map((s) => s.id)).toEqual(['0002-export-to-csv']);
    const linted = JSON.parse((await runBin(['lint', '--json'], { cwd: root, env: LATER })).stdout) as { findings: { rule: string }[] };
    expect(linted.findings.filter((f) => f.rule === 'status-item')).toEqual([]);
  });

  test("status with the team's states on one of them says how to bring it over; nothing written", async () => {
    const before = readFileSync(path.join(root, OLD), 'utf8');
    const moved = await runBin(['status', 'export', 'qa-sign-off'], { cwd: root, env: LATER });
    expect(moved.code).toBe(2);
    expect(moved.stderr).toContain('docs/specs/0002-export-to-csv.md has the built-in Status checklist');
    expect(moved.stderr).toContain('Replace its Status items with those of .specwright/templates/spec.md.hbs');
    expect(readFileSync(path.join(root, OLD), 'utf8')).toBe(before);
    // The team's own spec moves with the team's states.
    expect((await runBin(['status', 'search', 'qa-sign-off'], { cwd: root, env: LATER })).code).toBe(0);
  });
});
