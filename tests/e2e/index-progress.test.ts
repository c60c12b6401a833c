/**
 * The index's Tasks and Tests columns through the built bin: the same cells
 * as `list` (tasks ticked of all; requirements with a real test / only a todo
 * / none), kept current by `new` (its stub's todos counted in the same
 * write, so `index --check` stays 0) and by `index` after a task is ticked
 * and a real test cites a requirement; the index passes markdownlint and
 * prettier throughout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const README = 'docs/specs/README.md';
const ENV = { SPECWRIGHT_TODAY: '2026-11-26' };

/** The index's rows: ID, Tasks and Tests cells. */
function progressCells(index: string): string[][] {
  return index
    .split('\n')
    .filter((line) => line.startsWith('| ['))
    .map((line) => line.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.trim()))
    .map((cells) => [cells[0]!.replace(/^\[(\d+)\].*$/, '$1'), cells[4]!, cells[5]!]);
}

/** `list --json`'s ID, TASKS and TESTS, as the list table shows them. */
async function listed(root: string): Promise<string[][]> {
  const run = await runBin(['list'], { cwd: root, env: { ...ENV, COLUMNS: '200' } });
  expect(run.code).toBe(0);
  return run.stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/ {2,}/))
    .map((cells) => [cells[0]!, cells[4]!, cells[5]!]);
}

async function checkIndex(root: string): Promise<string> {
  const index = readFileSync(path.join(root, README), 'utf8');
  expect(markdownlintFindings(index)).toEqual([]);
  expect(await prettierFormat(index)).toBe(index);
  return index;
}

describe('the index shows tasks and tests as list does', () => {
  test('new counts its stub in the same write; index follows a ticked task and a real test', async () => {
    const root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' } } });
    const made = await runBin(['new', 'Dark mode', '--requirement', 'Toggle in settings', '--requirement', 'Remember the choice', '--phase', 'Build: tokens; toggle; settings', '--milestone', 'Beta@2026-12-10', '--owner', 'Ada', '--yes'], { cwd: root, env: ENV });
    expect(made.code).toBe(0);
    expect((await runBin(['index'], { cwd: root, env: ENV })).code).toBe(0);
    expect(progressCells(await checkIndex(root))).toEqual([['0001', '0/3', '0/2/0']]);

    // new writes its spec, its stub and the index at once: the index counts the stub's todos.
    const second = await runBin(['new', 'Export to CSV', '--requirement', 'One row per record', '--phase', 'Build: writer; button; docs', '--owner', 'Ada', '--yes'], { cwd: root, env: ENV });
    expect(second.code).toBe(0);
    expect((await runBin(['index', '--check'], { cwd: root, env: ENV })).code).toBe(0);
    expect(progressCells(await checkIndex(root))).toEqual([
      ['0001', '0/3', '0/2/0'],
      ['0002', '0/3', '0/1/0'],
    ]);

    // A task ticked by hand, a real test citing 0001 FR-2: the index is stale, then says so.
    const spec = path.join(root, 'docs/specs/0001-dark-mode.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('- [ ] tokens', '- [x] tokens'));
    writeFileSync(path.join(root, 'tests/theme.test.js'), 'test("0001 FR-2 remembers the theme", () => {});\n');
    expect((await runBin(['index', '--check'], { cwd: root, env: ENV })).code).toBe(1);
    expect((await runBin(['index'], { cwd: root, env: ENV })).code).toBe(0);
    const cells = progressCells(await checkIndex(root));
    expect(cells).toEqual([
      ['0001', '1/3', '1/1/0'],
      ['0002', '0/3', '0/1/0'],
    ]);
    expect(await listed(root)).toEqual(cells);
  });
});
