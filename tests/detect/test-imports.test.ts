/**
 * The framework the existing tests import, read from a bounded sample of
 * them: evidence where the test script runs a wrapper or a script of its
 * own, ranked after a runner the test script names and before config
 * files, keys and dependencies.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectFramework } from '../../src/detect/detect-framework.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { frameworkFromImports } from '../../src/detect/test-imports.js';
import { folderWith as repo } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const pkgAt = (dir: string, manifest: Record<string, unknown> = {}): PackageInfo => ({ dir, manifest, rootManifest: manifest, nested: false });
const fromImports = (root: string) => frameworkFromImports(new ProjectFiles(), pkgAt(root), () => '');
const many = (count: number, name: (i: number) => string, text: string) => Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i), text]));

describe('the framework the existing tests import', () => {
  test('9 files in test/ importing node:test (import and require forms) say node', () => {
    const root = repo({
      ...many(5, (i) => `test/a${i}.test.js`, "import { test } from 'node:test';\nimport assert from 'node:assert';\n"),
      ...many(4, (i) => `test/b${i}.test.cjs`, "'use strict'\nconst { describe, it } = require('node:test')\n"),
    });
    expect(fromImports(root)).toEqual({ value: 'node', evidence: '9 of 9 test files in test/ import node:test', byTestImports: true });
  });

  test.each([
    ['vitest', 'import { describe, it, expect } from "vitest";', 'vitest'],
    ['jest', "import { jest, test } from '@jest/globals'", '@jest/globals'],
    ['ava', "import test from 'ava'", 'ava'],
    ['tap', "const t = require('tap')", 'tap'],
    ['mocha', "import { describe, it } from 'mocha'", 'mocha'],
  ])('%s, from `%s`', (framework, line, module) => {
    const root = repo({ 'src/math.ts': 'export const x = 1;\n', 'src/math.test.ts': `// header\n${line}\nimport { x } from "./math.js";\n`, 'src/other.spec.ts': `${line}\n` });
    expect(fromImports(root)).toEqual({ value: framework, evidence: `2 of 2 test files in src/ import ${module}`, byTestImports: true });
  });

  test('fixtures and helpers are not tests: their imports do not count', () => {
    const root = repo({
      'test/one.test.js': "import { test } from 'node:test'\n",
      ...many(3, (i) => `test/fixtures/f${i}.js`, "import { test } from 'vitest'\n"),
      ...many(3, (i) => `test/helpers/h${i}.js`, "import test from 'ava'\n"),
    });
    expect(fromImports(root)).toEqual({ value: 'node', evidence: '1 of 1 test files in test/ import node:test', byTestImports: true });
  });

  test('the sample is bounded: at most 10 files are read, and says so', () => {
    const root = repo(many(30, (i) => `tests/t${String(i).padStart(2, '0')}.test.mjs`, "import test from 'ava';\n"));
    expect(fromImports(root)).toEqual({ value: 'ava', evidence: '10 of 10 test files read in tests/ import ava', byTestImports: true });
  });

  test('a file too large to be a sample, or a link, is not read', () => {
    const root = repo({ 'test/big.test.js': `import { test } from 'vitest';\n${'// filler\n'.repeat(5000)}`, 'elsewhere.js': "import test from 'ava'\n" });
    symlinkSync(path.join(root, 'elsewhere.js'), path.join(root, 'test', 'linked.test.js'));
    expect(fromImports(root)).toBeUndefined();
  });

  test('no import of a framework, or two equally often: nothing is said', () => {
    expect(fromImports(repo({ 'test/a.test.js': "describe('x', () => { it('y') })\n" }))).toBeUndefined();
    expect(fromImports(repo({ 'test/a.test.js': "import { test } from 'vitest'\n", 'test/b.test.js': "import test from 'ava'\n" }))).toBeUndefined();
    expect(fromImports(repo({}))).toBeUndefined();
  });

  test('an import inside the text of a word is no import: "tapes", "@jest/globals-x", "vitest-x"', () => {
    expect(fromImports(repo({ 'test/a.test.js': "import x from 'tapes'\nimport y from 'vitest-x'\nrequire('@jest/globals-x')\n" }))).toBeUndefined();
  });
});

describe('where the imports rank in detectFramework', () => {
  const detect = (root: string, manifest: Record<string, unknown>) => detectFramework(new ProjectFiles(), pkgAt(root, manifest), () => '');
  const nodeTests = { 'test/a.test.js': "import { test } from 'node:test'\n", 'test/b.test.js': "import { test } from 'node:test'\n" };

  test('a runner the test script names comes first', () => {
    expect(detect(repo(nodeTests), { scripts: { test: 'mocha' } })).toEqual({ value: 'mocha', evidence: 'the test script of package.json runs mocha' });
  });

  test('a wrapper the detector does not know: the imports, before the dependencies', () => {
    expect(detect(repo(nodeTests), { scripts: { test: 'my-runner --fast' }, devDependencies: { jest: '30.0.0' } })).toEqual({ value: 'node', evidence: '2 of 2 test files in test/ import node:test', byTestImports: true });
  });

  test('a script of the project\'s own, and another framework\'s config file: the imports first', () => {
    const root = repo({ 'jest.config.js': 'module.exports = {}\n', 'tests/x.test.ts': "import { test } from 'vitest'\n" });
    expect(detect(root, { scripts: { test: 'node scripts/run-tests.js' } })).toEqual({ value: 'vitest', evidence: '1 of 1 test files in tests/ import vitest', byTestImports: true });
  });
});
