/**
 * End states through the built bin: `status <spec> rejected` appends a ticked
 * item after the checklist, dates and logs it; `list` (table, --json,
 * --status) and `index` show it; an overdue milestone of a rejected spec is
 * history (no lint warning, no "overdue by"); the spec still passes
 * markdownlint's defaults and prettier; a spec is not moved out of an end
 * state (exit 2); two end states at once are a lint error.
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
const LATER = { SPECWRIGHT_TODAY: '2026-12-20' };

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  for (const name of ['Dark mode', 'Export to CSV']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--milestone', 'Beta@2026-12-01', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } });
    expect(made.code).toBe(0);
  }
  expect((await runBin(['index'], { cwd: root })).code).toBe(0);
});

describe('specwright status <spec> rejected', () => {
  test('appends "- [x] Rejected", logs it; list, list --status, index show it; its milestone is no longer overdue', async () => {
    const before = readFileSync(path.join(root, SPEC), 'utf8');
    expect(markdownlintFindings(before)).toEqual([]);
    const overdue = await runBin(['lint'], { cwd: root, env: LATER });
    expect(overdue.stdout).toContain(`${SPEC}:`);
    expect(overdue.stdout).toMatch(/overdue/);

    const set = await runBin(['status', 'dark', 'rejected', '--note', 'out of scope this year'], { cwd: root, env: LATER });
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);

    const after = readFileSync(path.join(root, SPEC), 'utf8');
    const lines = after.split('\n');
    const deployed = lines.indexOf('- [ ] Deployed to production');
    expect(lines[deployed + 1]).toBe('- [x] Rejected');
    expect(after).toContain('- Last Updated: 2026-12-20');
    expect(after).toMatch(/\| 2026-12-20 \| Grace Hopper +\| Status: Rejected — out of scope this year +\|/);
    // Only the new item, the Last Updated line and the Changelog table differ.
    const outside = (text: string) => text.split('\n').filter((line) => !line.startsWith('| '));
    expect(outside(after).filter((line) => !outside(before).includes(line))).toEqual(['- [x] Rejected', '- Last Updated: 2026-12-20']);
    expect(markdownlintFindings(after)).toEqual([]);
    expect(await prettierFormat(after)).toBe(after);

    const listed = await runBin(['list', '--json'], { cwd: root, env: LATER });
    const specs = JSON.parse(listed.stdout) as { id: string; status: string; nextMilestone: unknown }[];
    expect(specs.map((s) => [s.id, s.status, s.nextMilestone === null])).toEqual([
      ['0001-dark-mode', 'rejected', true],
      ['0002-export-to-csv', 'draft', false],
    ]);
    const table = await runBin(['list'], { cwd: root, env: LATER });
    const row = table.stdout.split('\n').find((line) => line.startsWith('0001'))!;
    expect(row).toMatch(/\brejected\b/);
    expect(row).not.toMatch(/overdue/);
    const only = await runBin(['list', '--status', 'rejected', '--json'], { cwd: root, env: LATER });
    expect(only.code).toBe(0);
    expect((JSON.parse(only.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['0001-dark-mode']);

    const index = readFileSync(path.join(root, 'docs/specs/README.md'), 'utf8');
    expect(index.split('\n').find((line) => line.includes('0001-dark-mode.md'))).toMatch(/\| rejected +\|/);

    const linted = await runBin(['lint', '--format', 'json'], { cwd: root, env: LATER });
    const findings = JSON.parse(linted.stdout) as { file: string; rule: string }[] | { findings: { file: string; rule: string }[] };
    const all = Array.isArray(findings) ? findings : findings.findings;
    expect(all.filter((f) => f.file === SPEC)).toEqual([]);
    expect(all.some((f) => f.rule === 'overdue' && f.file.endsWith('0002-export-to-csv.md'))).toBe(true);
  });

  test('a spec in an end state is not moved out of it: exit 2, how to, nothing written', async () => {
    const before = readFileSync(path.join(root, SPEC), 'utf8');
    for (const state of ['review', 'withdrawn']) {
      const moved = await runBin(['status', '1', state], { cwd: root, env: LATER });
      expect(moved.code).toBe(2);
      expect(moved.stderr).toContain('an end state');
      expect(moved.stderr).toContain('untick "Rejected" by hand');
    }
    expect(readFileSync(path.join(root, SPEC), 'utf8')).toBe(before);
  });

  test('superseded keeps what follows the word; two end states at once are a lint error', async () => {
    const csv = path.join(root, 'docs/specs/0002-export-to-csv.md');
    const set = await runBin(['status', 'export', 'superseded'], { cwd: root, env: LATER });
    expect(set.code).toBe(0);
    // A link after the word, as `link --supersedes` writes it, still reads as the end state.
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('- [x] Superseded', '- [x] Superseded by [0001](0001-dark-mode.md)'));
    const listed = await runBin(['list', '--status', 'superseded', '--json'], { cwd: root, env: LATER });
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['0002-export-to-csv']);

    writeFileSync(csv, readFileSync(csv, 'utf8').replace('- [x] Superseded by', '- [x] Withdrawn\n- [x] Superseded by'));
    const linted = await runBin(['lint'], { cwd: root, env: LATER });
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(/two end states at once/);
  });
});
