import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { pathTaken } from '../../src/base/path-taken.js';

test('a file, a folder and a link whose target is gone are all taken; nothing is not', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'path-taken-'));
  writeFileSync(path.join(dir, 'file.md'), '');
  mkdirSync(path.join(dir, 'folder'));
  symlinkSync('gone.md', path.join(dir, 'dangling.md'));
  // existsSync follows the link and calls it absent: a write there would still meet it.
  expect(existsSync(path.join(dir, 'dangling.md'))).toBe(false);
  expect(['file.md', 'folder', 'dangling.md', 'none.md'].map((name) => pathTaken(path.join(dir, name)))).toEqual([true, true, true, false]);
});
