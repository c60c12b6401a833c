import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { findTestFiles } from '../../src/lint/test-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('findTestFiles', () => {
  test('test-named scripts anywhere and scripts under test folders; not node_modules, hidden folders or links', () => {
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
      'node_modules/x/x.test.js',
      '.cache/y.test.js',
    ];
    for (const file of files) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(root, file), '');
    }
    symlinkSync(path.join(root, 'tests'), path.join(root, 'linked-tests'));
    symlinkSync(path.join(root, 'tests/a.test.js'), path.join(root, 'src/link.test.js'));
    expect([...findTestFiles(root).files].sort()).toEqual(['__tests__/c.tsx', 'packages/web/test/d.test.cjs', 'src/colocated.spec.mts', 'test/b.js', 'tests/a.test.js', 'tests/helpers/setup.ts']);
  });

  test('a tree larger than the limit is cut short and says so', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'tests'));
    for (let i = 0; i < 30; i++) writeFileSync(path.join(root, 'tests', `t${i}.test.js`), '');
    const found = findTestFiles(root, 10);
    expect(found.truncated).toBe(true);
    expect(found.files.length).toBeLessThan(10);
  });
});
