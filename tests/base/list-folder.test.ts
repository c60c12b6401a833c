import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { listFolder } from '../../src/base/list-folder.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

test('a folder\'s names', () => {
  const root = tempDir();
  for (const name of ['b.md', 'a.md']) writeFileSync(path.join(root, name), '\n');
  expect(listFolder(root)).toEqual(['a.md', 'b.md']);
});

test('a folder not made yet, or a file in its place, has no names', () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs/features'), '\n');
  expect(listFolder(path.join(root, 'missing'))).toEqual([]);
  expect(listFolder(path.join(root, 'docs/features'))).toEqual([]);
});
