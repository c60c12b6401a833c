/**
 * In a workspace package that takes its test tools from the repository
 * root, the evidence names the root's package.json as the root's: a bare
 * "package.json" reads as the package's own to someone working in it.
 */
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const evidence = (root: string, cwd: string) =>
  Object.fromEntries(Object.entries(resolveConfig(root, cwd).settings).map(([key, s]) => [key, s.source.kind === 'detected' ? s.source.evidence : s.source.kind]));

describe("evidence from the root's package.json, seen from a workspace package", () => {
  test('the framework and the TypeScript loader come from the root\'s test script, and say so', () => {
    const root = projectWith({
      'package.json': { private: true, workspaces: ['packages/*'], scripts: { test: 'node --import tsx --test' } },
      'packages/a/package.json': { name: 'a' },
      'packages/a/tsconfig.json': {},
    });
    expect(evidence(root, path.join(root, 'packages/a'))).toMatchObject({
      testFramework: "the test script of the repository root's package.json runs node --test",
      language: "packages/a/tsconfig.json, and the repository root's test script runs node with --import tsx",
    });
  });

  test("jest's TypeScript transform found among the root's dependencies is named as the root's", () => {
    const root = projectWith({
      'package.json': { private: true, workspaces: ['packages/*'], devDependencies: { jest: '30.0.0', 'ts-jest': '29.0.0' } },
      'packages/a/package.json': { name: 'a' },
      'packages/a/tsconfig.json': {},
    });
    expect(evidence(root, path.join(root, 'packages/a'))).toMatchObject({
      testFramework: "jest in the dependencies of the repository root's package.json",
      language: "packages/a/tsconfig.json, and jest runs it with ts-jest (in the dependencies of the repository root's package.json)",
    });
  });

  test('at the root itself, the root\'s file is plain package.json', () => {
    const root = projectWith({ 'package.json': { scripts: { test: 'node --import tsx --test' } }, 'tsconfig.json': {} });
    expect(evidence(root, root)).toMatchObject({ testFramework: 'the test script of package.json runs node --test', language: 'tsconfig.json, and the test script runs node with --import tsx' });
  });
});
