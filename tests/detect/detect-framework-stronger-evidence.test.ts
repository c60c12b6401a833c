/**
 * Which test framework a package uses from the stronger evidence, each with
 * its words: the test script (the runner as named, wrappers of node --test),
 * the framework's config file, the "jest" or "mocha" key, in that order.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectFramework } from '../../src/detect/detect-framework.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function detect(manifest: Record<string, unknown>, files: Record<string, string> = {}, rootManifest?: Record<string, unknown>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const pkg: PackageInfo = { dir, manifest, rootManifest: rootManifest ?? manifest, nested: rootManifest !== undefined };
  return detectFramework(new ProjectFiles(), pkg, () => 'packages/a/');
}

describe('the test script names the runner', () => {
  test.each([
    ['node --test', 'node', 'node --test'],
    ['tsx --test test/', 'node', 'tsx --test'],
    ['borp --coverage', 'node', 'borp (node --test)'],
    ['bnt', 'node', 'bnt (node --test)'],
    ['vitest run', 'vitest', 'vitest'],
    ['mocha', 'mocha', 'mocha'],
  ])('%s', (script, value, words) => {
    expect(detect({ scripts: { test: script } })).toEqual({ value, evidence: `the test script of packages/a/package.json runs ${words}` });
  });
});

describe('without a script that says', () => {
  test('a framework config file, named with the package folder', () => {
    expect(detect({}, { '.mocharc.yml': 'spec: test\n' })).toEqual({ value: 'mocha', evidence: 'packages/a/.mocharc.yml' });
    expect(detect({}, { 'vitest.workspace.ts': 'export default []\n' })).toEqual({ value: 'vitest', evidence: 'packages/a/vitest.workspace.ts' });
  });

  test('a config file is stronger than a "jest" key', () => {
    expect(detect({ jest: {} }, { 'vitest.config.ts': 'export default {}\n' })?.value).toBe('vitest');
  });

  test('the "jest" key', () => {
    expect(detect({ jest: { testEnvironment: 'node' }, devDependencies: { mocha: '1' } })).toEqual({ value: 'jest', evidence: 'the "jest" key of packages/a/package.json' });
  });

  test('the "mocha" key', () => {
    expect(detect({ mocha: { spec: 'test' }, devDependencies: { vitest: '1' } })).toEqual({ value: 'mocha', evidence: 'the "mocha" key of packages/a/package.json' });
  });

  test('a "jest" key that is not an object is no evidence', () => {
    expect(detect({ jest: 'jest.config.js' })).toBeUndefined();
  });

  test("a nested package's own dependencies are stronger than the root's script", () => {
    expect(detect({ devDependencies: { mocha: '1' } }, {}, { scripts: { test: 'vitest run' } })).toEqual({ value: 'mocha', evidence: 'mocha in the dependencies of packages/a/package.json' });
  });
});
