import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { testRunMatcher } from '../../src/base/test-run.js';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { testRunsByPackage } from '../../src/project/test-runs.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe("a file is checked against the test run of the package it is in", () => {
  test('each workspace package by its own runner; the root by its own', () => {
    const root = projectWith({
      'package.json': { workspaces: ['packages/*'], scripts: { test: 'node --test' } },
      'packages/a/package.json': { scripts: { test: 'vitest run' } },
      'packages/a/vitest.config.ts': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
      'packages/b/package.json': { scripts: { test: 'mocha' } },
    });
    const runOf = testRunsByPackage(root, root, resolveConfig(root, root));
    const runs = (file: string): boolean | undefined => {
      const run = runOf(file);
      return run && testRunMatcher(run)(file);
    };
    expect(['packages/a/test/x.test.ts', 'packages/a/src/x.test.ts', 'packages/b/test/y.js', 'packages/b/test/deep/y.js', 'test/z.js', 'lib/z.js'].map(runs)).toEqual([true, false, true, false, true, false]);
    // Run from inside a package, the same answers.
    const inside = testRunsByPackage(root, path.join(root, 'packages/a'), resolveConfig(root, path.join(root, 'packages/a')));
    expect(inside('packages/b/test/y.js')?.evidence).toBe("mocha's default spec (./test)");
  });
});
