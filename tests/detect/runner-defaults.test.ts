/**
 * Where ava and tap look for tests, read as they read it (the "ava"/"tap"
 * key, ava.config.*, .taprc), and whether they run a TypeScript stub.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectLanguage } from '../../src/detect/detect-language.js';
import { detectTestsPlace } from '../../src/detect/detect-tests-dir.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { testCommandOf } from '../../src/detect/test-script.js';
import { packageWith as pkg } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const shown = () => '';
const place = (info: PackageInfo, framework: 'ava' | 'tap') => detectTestsPlace(new ProjectFiles(), info, framework, undefined, shown);

describe('where ava looks', () => {
  test('files in the "ava" key of package.json (its first inclusion, not an exclusion)', () => {
    const found = place(pkg({}, { ava: { files: ['!spec/fixtures/**', 'spec/**/*.spec.js'] } }), 'ava');
    expect(found.dir).toEqual({ value: 'spec', evidence: 'files in the "ava" key of package.json' });
    expect(found.suffix).toEqual({ value: '.spec', evidence: 'files in the "ava" key of package.json' });
  });

  test('files in ava.config.js, read as text and never run', () => {
    const found = place(pkg({ 'ava.config.js': "export default {\n  files: ['checks/**/*.test.mjs'],\n  timeout: '1m',\n};\n" }), 'ava');
    expect(found.dir).toEqual({ value: 'checks', evidence: 'files in ava.config.js' });
    expect(found.pattern).toEqual({ language: 'js', extension: 'mjs', evidence: 'files in ava.config.js' });
  });
});

describe('where tap looks', () => {
  test('include in the "tap" key of package.json', () => {
    expect(place(pkg({}, { tap: { include: ['spec/**/*.ts'] } }), 'tap').dir).toEqual({ value: 'spec', evidence: 'include in the "tap" key of package.json' });
  });

  test('include in .taprc (YAML), as a list or a single value', () => {
    expect(place(pkg({ '.taprc': 'jobs: 2\ninclude:\n  - "checks/**/*.test.js"\n  - other/**\n' }), 'tap').dir).toEqual({ value: 'checks', evidence: 'include in .taprc' });
    expect(place(pkg({ '.taprc': "include: 'unit/**/*.js'\n" }), 'tap').dir).toEqual({ value: 'unit', evidence: 'include in .taprc' });
  });
});

describe('what borp and bnt run when the script names no files', () => {
  const tests = { 'test/a.test.js': '', 'test/b.test.js': '', 'test/helper.js': '', 'test/fixtures/data.js': '' };
  const nodePlace = (script: string, files: Record<string, string>) => detectTestsPlace(new ProjectFiles(), pkg(files, { scripts: { test: script } }), 'node', testCommandOf(script), shown);

  test('borp: *.test.js files only, so a helper is not counted and the stub has the suffix borp needs', () => {
    const found = nodePlace('borp --coverage', tests);
    expect(found.dir).toEqual({ value: 'test', evidence: '2 test file(s) in test/' });
    expect(found.suffix).toEqual({ value: '.test', evidence: "borp's default files (*.test.js)" });
  });

  test('bnt: *.test.* and *.spec.* (.js and .ts); files named in the script are what it runs instead', () => {
    expect(nodePlace('bnt', { ...tests, 'test/c.spec.ts': '' }).dir).toEqual({ value: 'test', evidence: '3 test file(s) in test/' });
    expect(nodePlace('borp -p "checks/*.test.js"', tests).dir).toEqual({ value: 'checks', evidence: 'the test script of package.json' });
  });
});

describe('whether the runner runs a TypeScript stub', () => {
  const language = (info: PackageInfo, framework: 'ava' | 'tap') => detectLanguage(new ProjectFiles(), info, framework, undefined, place(info, framework), shown);

  test('ava without a TypeScript setup: a JavaScript stub, saying why', () => {
    expect(language(pkg({ 'tsconfig.json': '{}' }), 'ava')).toEqual({ value: 'js', evidence: 'tsconfig.json, but ava runs no TypeScript here (no "typescript" or "extensions" naming ts in its configuration)' });
  });

  test('ava with "typescript" or "extensions" naming ts: a TypeScript stub', () => {
    expect(language(pkg({ 'tsconfig.json': '{}' }, { ava: { typescript: { rewritePaths: { 'src/': 'build/' }, compile: 'tsc' } } }), 'ava')).toEqual({ value: 'ts', evidence: 'tsconfig.json, and ava runs it per "typescript" in the "ava" key of package.json' });
    expect(language(pkg({ 'tsconfig.json': '{}', 'ava.config.mjs': "export default { extensions: { ts: 'module' }, nodeArguments: ['--import=tsx'] };\n" }), 'ava').value).toBe('ts');
  });

  test('tap runs TypeScript with its default plugin, unless its configuration removes it', () => {
    expect(language(pkg({ 'tsconfig.json': '{}' }), 'tap')).toEqual({ value: 'ts', evidence: 'tsconfig.json, and tap runs TypeScript with its default plugin' });
    expect(language(pkg({ 'tsconfig.json': '{}' }, { tap: { plugin: ['!@tapjs/typescript'] } }), 'tap')).toEqual({ value: 'js', evidence: 'tsconfig.json, but the "tap" key of package.json removes tap\'s TypeScript plugin' });
  });
});
