/**
 * isTestFilePath: a file about to be written (a stub, a rewritten test) is a
 * test file exactly when findTestFiles would find it on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { findTestFiles, isTestFilePath } from '../../src/lint/test-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

test('the paths findTestFiles finds, and no other', () => {
  const root = tempDir();
  const files = [
    'tests/a.test.js',
    'tests/helpers/setup.ts',
    'test/b.js',
    '__tests__/c.tsx',
    'src/colocated.spec.mts',
    'packages/web/test/d.test.cjs',
    'src/util.ts',
    'src/specs/parse.ts',
    'spec/helpers.js',
    'tests/data.json',
    'docs/specs/0001-dark-mode.md',
    'node_modules/x/x.test.js',
    'node_modules/x/test/y.js',
    '.cache/y.test.js',
  ];
  for (const file of files) {
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  const found = new Set(findTestFiles(root).files);
  expect(files.filter(isTestFilePath)).toEqual(files.filter((file) => found.has(file)));
  expect(found.size).toBe(6);
});
