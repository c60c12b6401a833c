/**
 * `specwright list` cuts titles only for a terminal: piped or redirected to a
 * file, every title is whole (COLUMNS, which a shell may export, does not cut
 * it), so `grep` and a saved report see all of it; in a real pseudo-terminal
 * 80 columns wide the table still fits the screen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { displayWidth } from '../../src/base/text/display-width.js';
import { projectWith } from '../helpers/project-files.js';
import { killPtys, spawnPty } from '../helpers/pty.js';
import { BIN, runBin, runBinInShell } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);
afterEach(killPtys);

/** Longer than the 100 columns a table used to fall back to. */
const TITLE = 'Search across every workspace, project, archived conversation and shared file in one box';
let root = '';

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  const made = await runBin(['new', 'Search', '--owner', 'Ada Lovelace', '--yes'], { cwd: root });
  expect(made.code).toBe(0);
  // A title longer than `new` takes for a name, as a hand edit makes it.
  const spec = path.join(root, 'docs/specs/0001-search.md');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^# .*/m, `# ${TITLE}`));
});

describe('specwright list, piped or at a terminal', () => {
  test.each([{}, { COLUMNS: '60' }])('piped (env %j): the title is whole', async (env) => {
    const result = await runBin(['list'], { cwd: root, env });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[1]).toMatch(new RegExp(`^0001  ${TITLE}  Ada Lovelace  draft `));
    expect(result.stdout).not.toContain('…');
  });

  test('redirected to a file: the title is whole', async () => {
    const result = await runBinInShell('list > listed.txt', { cwd: root, env: { COLUMNS: '60' } });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(root, 'listed.txt'), 'utf8').split('\n')[1]).toMatch(new RegExp(`^0001  ${TITLE}  `));
  });

  test('in a terminal 80 columns wide, every line fits and the title is cut with …', async () => {
    const session = spawnPty(process.execPath, [BIN, 'list'], { cwd: root, cols: 80, env: { SPECWRIGHT_TODAY: '2026-11-26', COLUMNS: undefined } });
    expect((await session.exit()).exitCode).toBe(0);
    const lines = session.output().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/^0001  Search across.*… +Ada Lovelace  draft /);
  });
});
