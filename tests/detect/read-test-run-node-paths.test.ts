/**
 * What `node --test` runs from the folders, globs and files its test script
 * names (or its defaults), and the runners whose place another module reads.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import type { TestFramework } from '../../src/config/config-keys.js';
import { readTestRun } from '../../src/detect/read-test-run.js';
import { findPackage } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { commandOf } from '../../src/detect/detect-framework.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function reading(framework: TestFramework, script: string, prefix = '') {
  const root = projectWith({ 'package.json': { scripts: { test: script } } });
  const project = new ProjectFiles();
  const pkg = findPackage(project, root, root);
  return readTestRun(project, pkg, framework, commandOf(pkg.manifest), prefix);
}

describe('node --test given paths', () => {
  test('a folder is searched through for JavaScript files', () => {
    expect(reading('node', 'node --test test/', 'repo/')).toEqual({
      run: { selections: [{ include: ['repo/test/**/*.?(c|m)js'], exclude: ['**/node_modules/**'] }], evidence: 'the test script of repo/package.json' },
      unplaceable: undefined,
    });
  });

  test('with a TypeScript loader, for TypeScript files too', () => {
    expect(reading('node', 'node --import tsx --test test').run?.selections[0]?.include).toEqual(['test/**/*.?(c|m)[jt]s']);
  });

  test('a glob and a file beside it are taken as they are', () => {
    expect(reading('node', "node --test 'e2e/*.test.js' test/a.test.js test/unit").run?.selections[0]?.include).toEqual(['e2e/*.test.js', 'test/a.test.js', 'test/unit/**/*.?(c|m)js']);
  });
});

describe('node --test without paths', () => {
  test("node's default file names, in the package folder", () => {
    expect(reading('node', 'node --test', 'repo/').run).toEqual({
      selections: [
        {
          include: ['repo/**/*.test.?(c|m)js', 'repo/**/*-test.?(c|m)js', 'repo/**/*_test.?(c|m)js', 'repo/**/test-*.?(c|m)js', 'repo/**/test.?(c|m)js', 'repo/**/test/**/*.?(c|m)js'],
          exclude: ['**/node_modules/**'],
        },
      ],
      evidence: "node --test's default files",
    });
  });

  test("a command of another framework is not read as node's", () => {
    expect(reading('node', 'mocha test/a.js').run?.evidence).toBe("node --test's default files");
  });
});

describe('runners whose place another module reads', () => {
  test.each(['ava', 'tap'] as const)('%s: no verdict here either way', (framework) => {
    expect(reading(framework, framework)).toEqual({ run: undefined, unplaceable: undefined });
  });
});
