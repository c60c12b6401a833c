/**
 * `specwright init` on a package.json that is not a regular file, through
 * the built bin: a FIFO (a plain read waits forever for a writer, and
 * SIGTERM does not end it), a link to /dev/zero (a plain read grows without
 * end) and a link to a file elsewhere. Each is refused with exit 2 and a
 * message naming it; nothing is written. The kill timer turns a hang into a
 * failure instead of a stuck suite.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

/** Far longer than init takes; a read that blocks is killed here and shows as a signal. */
const KILL_AFTER_MS = 10_000;

async function initRefuses(root: string, why: RegExp): Promise<void> {
  const before = treeSnapshot(root);
  const result = await runBin(['init'], { cwd: root, timeoutMs: KILL_AFTER_MS });
  expect({ signal: result.signal, code: result.code }).toEqual({ signal: null, code: 2 });
  expect(result.stderr).toMatch(why);
  expect(result.stderr).toContain('Make package.json a regular file');
  expect(treeSnapshot(root)).toEqual(before);
}

describe('specwright init refuses a package.json that is not a regular file', () => {
  test('a FIFO: exits 2 at once instead of waiting for a writer', async () => {
    const root = tempDir({ git: true });
    execFileSync('mkfifo', [path.join(root, 'package.json')]);
    await initRefuses(root, /package\.json is not a regular file \(a folder, FIFO, socket or device\)/);
    expect(lstatSync(path.join(root, 'package.json')).isFIFO()).toBe(true);
  });

  test('a link to /dev/zero: exits 2 without reading it', async () => {
    const root = tempDir({ git: true });
    symlinkSync('/dev/zero', path.join(root, 'package.json'));
    await initRefuses(root, /package\.json is a symbolic link: not read/);
  });

  test('a link to a package.json elsewhere: exits 2, and the file it points to is unchanged', async () => {
    const root = tempDir({ git: true });
    const elsewhere = path.join(tempDir(), 'package.json');
    const text = '{\n  "name": "x",\n  "scripts": {\n    "test": "jest"\n  }\n}\n';
    writeFileSync(elsewhere, text);
    symlinkSync(elsewhere, path.join(root, 'package.json'));
    await initRefuses(root, /package\.json is a symbolic link: not read/);
    expect(readFileSync(elsewhere, 'utf8')).toBe(text);
  });
});
