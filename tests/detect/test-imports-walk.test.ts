/**
 * Which files the sample of existing tests is drawn from: never node_modules
 * or dot-folders, three folders deep at most, not into a name with an
 * extension, and a bounded number of folder entries.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { frameworkFromImports } from '../../src/detect/test-imports.js';
import { folderWith as repo } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const pkgAt = (dir: string): PackageInfo => ({ dir, manifest: {}, rootManifest: {}, nested: false });
const fromImports = (root: string) => frameworkFromImports(new ProjectFiles(), pkgAt(root), () => '');
const NODE = "import { test } from 'node:test'\n";
const VITEST = "import { test } from 'vitest'\n";

describe('the files sampled', () => {
  test('not inside node_modules or a dot-folder below a test folder', () => {
    const root = repo({ 'test/a.test.js': NODE, 'test/node_modules/x/b.test.js': VITEST, 'test/node_modules/x/c.test.js': VITEST, 'test/.cache/d.test.js': VITEST, 'test/.cache/e.test.js': VITEST });
    expect(fromImports(root)).toEqual({ value: 'node', evidence: '1 of 1 test files in test/ import node:test', byTestImports: true });
  });

  test('not a dot-file in a test folder', () => {
    const root = repo({ 'test/a.test.js': NODE, 'test/.b.js': VITEST, 'test/.c.js': VITEST });
    expect(fromImports(root)?.value).toBe('node');
  });

  test('three folders deep, not four', () => {
    const root = repo({ 'test/a/b/c/three.js': NODE, 'test/a/b/c/d/four.js': VITEST, 'test/a/b/c/d/five.js': VITEST });
    expect(fromImports(root)).toEqual({ value: 'node', evidence: '1 of 1 test files in test/ import node:test', byTestImports: true });
  });

  test('not into a folder whose name has an extension', () => {
    const root = repo({ 'test/a.test.js': NODE, 'test/data.v2/b.js': VITEST, 'test/data.v2/c.js': VITEST });
    expect(fromImports(root)?.value).toBe('node');
  });

  test('in src, only files named as tests', () => {
    const root = repo({ 'src/a.test.ts': VITEST, 'src/b.ts': NODE, 'src/c.ts': NODE });
    expect(fromImports(root)).toEqual({ value: 'vitest', evidence: '1 of 1 test files in src/ import vitest', byTestImports: true });
  });

  test('at most 400 folder entries are looked at', () => {
    const others = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`test/a${String(i).padStart(3, '0')}.txt`, '']));
    expect(fromImports(repo({ ...others, 'test/z.test.js': NODE }))).toBeUndefined();
    expect(fromImports(repo({ ...Object.fromEntries(Object.entries(others).slice(1)), 'test/z.test.js': NODE }))?.value).toBe('node');
  });
});
