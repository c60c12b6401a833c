/**
 * Which test framework a package uses when only its dependencies say so (no
 * test script, no framework config file, no "jest" or "mocha" key): the
 * weakest evidence detectFramework takes, checked apart from the stronger ones.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectFramework } from '../../src/detect/detect-framework.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** An empty folder: no framework config file for detection to find. */
const empty = tempDir();
const shown = (dir: string): string => (dir === empty ? '' : 'packages/a/');

function detect(manifest: Record<string, unknown>, rootManifest?: Record<string, unknown>) {
  const nested = rootManifest !== undefined;
  const pkg: PackageInfo = { dir: empty, manifest, rootManifest: nested ? rootManifest : manifest, nested };
  return detectFramework(new ProjectFiles(), pkg, nested ? () => 'packages/a/' : shown);
}

describe('detectFramework from dependencies alone', () => {
  test.each([
    ['devDependencies', 'vitest'],
    ['dependencies', 'vitest'],
    ['devDependencies', 'jest'],
    ['devDependencies', 'mocha'],
    ['peerDependencies', 'vitest'],
    ['optionalDependencies', 'vitest'],
  ])('%s holding %s name it, with that as the evidence', (field, name) => {
    expect(detect({ [field]: { [name]: '1.0.0' } })).toEqual({ value: name, evidence: `${name} in the dependencies of package.json` });
  });

  test('vitest in the dependencies is vitest even beside unrelated packages', () => {
    expect(detect({ devDependencies: { typescript: '5.9.3', vitest: '4.1.12', prettier: '3.0.0' } })?.value).toBe('vitest');
  });

  test('a workspace package with no evidence of its own takes vitest from the root dependencies', () => {
    expect(detect({ name: 'a' }, { devDependencies: { vitest: '4.1.12' } })).toEqual({ value: 'vitest', evidence: "vitest in the dependencies of the repository root's package.json" });
  });

  test('a workspace package with no evidence of its own takes the framework of the root test script first', () => {
    expect(detect({ name: 'a' }, { scripts: { test: 'vitest run' }, devDependencies: { jest: '30.0.0' } })).toEqual({ value: 'vitest', evidence: "the test script of the repository root's package.json runs vitest" });
  });

  test('no framework among the dependencies: nothing is detected', () => {
    expect(detect({ devDependencies: { typescript: '5.9.3' } })).toBeUndefined();
  });
});

describe('detectFramework from the "jest" or "mocha" key, stronger than the dependencies', () => {
  test.each([
    ['jest', { jest: { testEnvironment: 'node' }, devDependencies: { vitest: '1' } }],
    ['mocha', { mocha: { spec: 'test/**' }, devDependencies: { vitest: '1' } }],
  ])('the "%s" key names it', (framework, manifest) => {
    expect(detect(manifest)).toEqual({ value: framework, evidence: `the "${framework}" key of package.json` });
  });
});
