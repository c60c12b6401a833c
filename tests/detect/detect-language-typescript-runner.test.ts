/**
 * Whether the package's test command runs a TypeScript stub, for jest, node
 * and mocha, read from real small files; and the module system of the stub.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectLanguage, detectModule, typescriptRunner } from '../../src/detect/detect-language.js';
import type { TestsPlace } from '../../src/detect/detect-tests-dir.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { testCommandOf } from '../../src/detect/test-script.js';
import { packageWith as pkg } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const shown = () => '';
const inPackages = () => 'packages/a/';
const runner = (info: PackageInfo, framework: 'jest' | 'node' | 'mocha', script?: string, where = shown) =>
  typescriptRunner(new ProjectFiles(), info, framework, script === undefined ? undefined : testCommandOf(script), where);

describe('jest runs TypeScript', () => {
  test('with a transform in the package dependencies, named with the folder the package is in', () => {
    expect(runner(pkg({}, { devDependencies: { '@swc/jest': '1' } }), 'jest', undefined, inPackages)).toEqual({
      can: true,
      how: 'jest runs it with @swc/jest (in the dependencies of packages/a/package.json)',
    });
  });

  test("with a transform in the root's dependencies, named as the root's in a nested package", () => {
    const info = pkg({}, {}, { nested: true, rootManifest: { devDependencies: { 'ts-jest': '29' } } });
    expect(runner(info, 'jest').how).toBe("jest runs it with ts-jest (in the dependencies of the repository root's package.json)");
  });

  test("with a transform in the root's dependencies, named package.json when the run is at the root", () => {
    const info = pkg({}, {}, { rootManifest: { devDependencies: { 'ts-jest': '29' } } });
    expect(runner(info, 'jest').how).toBe('jest runs it with ts-jest (in the dependencies of package.json)');
  });

  test('with the ts-jest preset in the "jest" key', () => {
    expect(runner(pkg({}, { jest: { preset: 'ts-jest' } }), 'jest', undefined, inPackages)).toEqual({ can: true, how: 'jest runs it with the ts-jest preset in packages/a/package.json' });
  });

  test('with a transform in the "jest" key', () => {
    expect(runner(pkg({}, { jest: { transform: {} } }), 'jest')).toEqual({ can: true, how: 'jest runs it with the transform in package.json' });
  });

  test('not with a "jest" key that names another preset and no transform', () => {
    expect(runner(pkg({}, { jest: { preset: 'other' } }), 'jest').can).toBe(false);
  });

  test('with the ts-jest preset in jest.config.ts, read as text', () => {
    const info = pkg({ 'jest.config.ts': "export default { preset: 'ts-jest', testEnvironment: 'node' };\n" });
    expect(runner(info, 'jest', undefined, inPackages)).toEqual({ can: true, how: 'jest runs it with the ts-jest preset in packages/a/jest.config.ts' });
  });

  test('with a transform in jest.config.cjs', () => {
    const info = pkg({ 'jest.config.cjs': "module.exports = { transform: { '^.+\\\\.ts$': 'esbuild-jest' } };\n" });
    expect(runner(info, 'jest')).toEqual({ can: true, how: 'jest runs it with the transform in jest.config.cjs' });
  });

  test('not with a jest config that has neither', () => {
    const info = pkg({ 'jest.config.js': "module.exports = { testEnvironment: 'node' };\n" });
    expect(runner(info, 'jest')).toEqual({ can: false, how: 'jest has no TypeScript transform here (ts-jest, @swc/jest or @babel/preset-typescript)' });
  });
});

describe('node --test runs TypeScript', () => {
  test('with a loader node imports', () => {
    expect(runner(pkg({}), 'node', 'node --import tsx --test test/')).toEqual({ can: true, how: 'the test script runs node with --import tsx' });
  });

  test('through borp, which is not node itself', () => {
    expect(runner(pkg({}), 'node', 'borp')).toEqual({ can: true, how: 'the test script runs borp, which compiles TypeScript with tsconfig.json' });
  });

  test('through bnt, which is not node itself', () => {
    expect(runner(pkg({}), 'node', 'bnt').how).toBe('the test script runs bnt, which loads tsx for .ts files');
  });

  test('not without a loader', () => {
    expect(runner(pkg({}), 'node', 'node --test')).toEqual({ can: false, how: 'the test script runs node --test without a TypeScript loader (--import tsx, tsx --test, …)' });
  });

  test('not from a command of another framework', () => {
    expect(runner(pkg({}), 'node', 'mocha --require tsx').can).toBe(false);
  });

  test("in a nested package whose own script runs no node --test, the command is the root's", () => {
    const info = pkg({}, { scripts: { test: 'echo none' } }, { nested: true });
    expect(runner(info, 'node', 'node --import tsx --test').how).toBe("the repository root's test script runs node with --import tsx");
  });

  test('in a nested package whose own script runs node --test, the command is its own', () => {
    const info = pkg({}, { scripts: { test: 'node --test' } }, { nested: true });
    expect(runner(info, 'node', 'node --import tsx --test').how).toBe('the test script runs node with --import tsx');
  });
});

describe('mocha runs TypeScript', () => {
  test('with a loader the test script requires', () => {
    expect(runner(pkg({}), 'mocha', 'mocha --require ts-node/register')).toEqual({ can: true, how: 'the test script runs mocha with --require ts-node/register' });
  });

  test('with --extension ts in the test script', () => {
    expect(runner(pkg({}), 'mocha', 'mocha --extension ts')).toEqual({ can: true, how: 'the test script runs mocha with --extension ts' });
  });

  test('not with --extension js', () => {
    expect(runner(pkg({}), 'mocha', 'mocha --extension js').can).toBe(false);
  });

  test('not with --extension given no value', () => {
    expect(runner(pkg({}), 'mocha', 'mocha test --extension').can).toBe(false);
  });

  test('with a loader in the "mocha" key', () => {
    expect(runner(pkg({}, { mocha: { require: 'ts-node/register' } }), 'mocha', undefined, inPackages)).toEqual({
      can: true,
      how: 'mocha loads TypeScript per the "mocha" key of packages/a/package.json',
    });
  });

  test('not with a "mocha" key that loads no TypeScript', () => {
    expect(runner(pkg({}, { mocha: { require: 'source-map-support/register' } }), 'mocha').can).toBe(false);
  });

  test('with a loader in .mocharc.yml', () => {
    expect(runner(pkg({ '.mocharc.yml': 'require:\n  - tsx\n' }), 'mocha', undefined, inPackages)).toEqual({ can: true, how: 'mocha loads TypeScript per packages/a/.mocharc.yml' });
  });

  test('with .ts among the extensions of .mocharc.json', () => {
    expect(runner(pkg({ '.mocharc.json': '{ "extension": ["ts"] }' }), 'mocha').how).toBe('mocha loads TypeScript per .mocharc.json');
  });

  test('not with a .mocharc that loads no TypeScript', () => {
    expect(runner(pkg({ '.mocharc.json': '{ "timeout": 5000 }' }), 'mocha')).toEqual({ can: false, how: 'mocha loads no TypeScript here (ts-node or tsx in .mocharc, --require ts-node/register)' });
  });
});

describe("the stub's language from a tsconfig.json and the runner", () => {
  const nowhere: TestsPlace = { dir: undefined, suffix: undefined, pattern: undefined, existing: undefined };
  const language = (info: PackageInfo, framework: 'jest' | 'node', script?: string) =>
    detectLanguage(new ProjectFiles(), info, framework, script === undefined ? undefined : testCommandOf(script), nowhere, inPackages);

  test('TypeScript where jest has a transform, saying both', () => {
    expect(language(pkg({ 'tsconfig.json': '{}' }, { devDependencies: { 'ts-jest': '29' } }), 'jest')).toEqual({
      value: 'ts',
      evidence: 'packages/a/tsconfig.json, and jest runs it with ts-jest (in the dependencies of packages/a/package.json)',
    });
  });

  test('JavaScript where node has no loader, saying why', () => {
    expect(language(pkg({ 'tsconfig.json': '{}' }), 'node', 'node --test')).toEqual({
      value: 'js',
      evidence: 'packages/a/tsconfig.json, but the test script runs node --test without a TypeScript loader (--import tsx, tsx --test, …)',
    });
  });
});

describe("the stub's module system", () => {
  test('ESM for .mjs test files, naming them', () => {
    expect(detectModule(pkg({}), shown, { value: 'mjs', evidence: 'test/*.test.mjs in the test script' })).toEqual({ value: 'esm', evidence: '.mjs test files (test/*.test.mjs in the test script)' });
  });

  test('CommonJS for .cts test files, whatever package.json says', () => {
    expect(detectModule(pkg({}, { type: 'module' }), shown, { value: 'cts', evidence: 'the tests in test/' })).toEqual({ value: 'cjs', evidence: '.cts test files (the tests in test/)' });
  });

  test('.ts test files leave it to package.json', () => {
    expect(detectModule(pkg({}, { type: 'module' }), inPackages, { value: 'ts', evidence: 'the tests in test/' })).toEqual({ value: 'esm', evidence: '"type": "module" in packages/a/package.json' });
  });

  test('CommonJS without "type": "module", naming the package.json', () => {
    expect(detectModule(pkg({}, { type: 'commonjs' }), inPackages)).toEqual({ value: 'cjs', evidence: 'no "type": "module" in packages/a/package.json' });
  });

  test('CommonJS without a package.json', () => {
    expect(detectModule({ dir: '/nowhere', manifest: undefined, rootManifest: undefined, nested: false }, shown)).toEqual({ value: 'cjs', evidence: 'no package.json' });
  });
});
