/**
 * `specwright list --overdue` through the built bin: only specs with a
 * milestone not done whose day has passed (today pinned); a ticked or struck
 * milestone is not overdue, nor is any milestone of a deployed spec; it
 * combines with --status, --owner and --json; it exits 0 whether or not a
 * spec is overdue.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const MADE_ON = { SPECWRIGHT_TODAY: '2026-10-01' };
const TODAY = { SPECWRIGHT_TODAY: '2026-11-26' };

let root = '';

function edit(id: string, from: string, to: string): void {
  const file = path.join(root, 'docs/specs', `${id}.md`);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

async function listed(args: readonly string[], env = TODAY): Promise<string[]> {
  const run = await runBin(['list', '--json', ...args], { cwd: root, env });
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { id: string }[]).map((spec) => spec.id);
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  const specs: [name: string, owner: string, milestones: string[]][] = [
    ['Dark mode', 'Ada Lovelace', ['Beta@2026-11-10', 'Launch@2027-01-15']],
    ['Export to CSV', 'Grace Hopper', ['Beta@2026-12-10']],
    ['Audit log', 'Ada Lovelace', ['Beta@2026-11-01']],
    ['Search', 'Ada Lovelace', ['Beta@2026-11-01']],
    ['Single sign-on', 'Grace Hopper', ['Beta@2026-11-20', 'Launch@2026-11-25']],
  ];
  for (const [name, owner, milestones] of specs) {
    const made = await runBin(['new', name, '--owner', owner, ...milestones.flatMap((m) => ['--milestone', m]), '--yes'], { cwd: root, env: MADE_ON });
    expect(made.code).toBe(0);
  }
  // 0003: its milestone met (ticked); 0004: deployed, its milestone history; 0005: one struck, one still open.
  edit('0003-audit-log', '1. **Beta**', '1. [x] **Beta**');
  expect((await runBin(['status', 'search', 'deployed'], { cwd: root, env: TODAY })).code).toBe(0);
  edit('0005-single-sign-on', '1. **Beta** - 2026-11-20', '1. ~~**Beta** - 2026-11-20~~');
});

describe('specwright list --overdue', () => {
  test('only specs with a milestone not done and past today', async () => {
    expect(await listed([])).toEqual(['0001-dark-mode', '0002-export-to-csv', '0003-audit-log', '0004-search', '0005-single-sign-on']);
    expect(await listed(['--overdue'])).toEqual(['0001-dark-mode', '0005-single-sign-on']);
    // Today decides: a day before 0005's launch, only 0001 is late.
    expect(await listed(['--overdue'], { SPECWRIGHT_TODAY: '2026-11-24' })).toEqual(['0001-dark-mode']);
    expect(await listed(['--overdue'], { SPECWRIGHT_TODAY: '2026-11-09' })).toEqual([]);
  });

  test('combines with --owner and --status, and the table shows the overdue milestone', async () => {
    expect(await listed(['--overdue', '--owner', 'grace hopper'])).toEqual(['0005-single-sign-on']);
    expect(await listed(['--overdue', '--status', 'draft', '--owner', 'Ada Lovelace'])).toEqual(['0001-dark-mode']);
    expect(await listed(['--overdue', '--status', 'deployed'])).toEqual([]);
    const table = await runBin(['list', '--overdue'], { cwd: root, env: TODAY });
    expect(table.code).toBe(0);
    const rows = table.stdout.split('\n').filter((line) => /^\d{4} /.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^0001 +Dark mode .*2026-11-10 Beta +overdue by 16 days$/);
    expect(rows[1]).toMatch(/^0005 +Single sign-on .*2026-11-25 Launch +overdue by 1 day$/);
  });

  test('none overdue: exit 0 and says so', async () => {
    const none = await runBin(['list', '--overdue'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-09' } });
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('No spec in docs/specs has a milestone overdue (5 in all; `specwright list` shows them).\n');
  });
});
