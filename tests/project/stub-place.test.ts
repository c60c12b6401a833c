/**
 * The rows of "fits any repository, round two" that are about where the
 * stub goes: resolved as `new` resolves them, with the verdict `new`,
 * --dry-run and `config` share.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const place = (files: Record<string, string | object>, flags = {}) => {
  const root = projectWith(files);
  const { layout, settings, stubProblem } = resolveConfig(root, root, flags);
  return { testsDir: layout.testsDir, suffix: layout.testSuffix, testsDirFrom: settings.testsDir.source, suffixFrom: settings.testSuffix.source, problem: stubProblem?.message };
};

describe('where the stub goes, read as the runner reads it', () => {
  test('vitest test.dir with coverage.include: the stub in tests/, said by dir', () => {
    const r = place({
      'package.json': { type: 'module', scripts: { test: 'vitest run' } },
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: { dir: './tests', coverage: { include: ['src/**/*'] } },\n});\n",
      'src/index.ts': '',
    });
    expect(r).toMatchObject({ testsDir: 'tests', testsDirFrom: { kind: 'detected', evidence: 'dir in vitest.config.ts' }, problem: undefined });
  });

  test('express: mocha given test/ and test/acceptance/, tests named without a suffix, fixtures not counted', () => {
    const r = place({
      'package.json': { scripts: { test: 'mocha --require test/support/env --reporter spec --check-leaks test/ test/acceptance/' } },
      'test/app.router.js': '',
      'test/app.use.js': '',
      'test/acceptance/auth.js': '',
      'test/support/env.js': '',
      'test/fixtures/a.js': '',
      'test/fixtures/b.js': '',
      'test/fixtures/c.js': '',
      'test/fixtures/d.js': '',
    });
    expect(r).toMatchObject({ testsDir: 'test', suffix: '', suffixFrom: { kind: 'detected', evidence: '3 test file(s) in test/' }, problem: undefined });
    // Outside a test folder, tests without a suffix still give the stub one: lint and renumber find stubs there by it.
    expect(place({ 'package.json': { scripts: { test: 'mocha spec/' } }, 'spec/a.js': '' })).toMatchObject({ testsDir: 'spec', suffix: '.test', problem: undefined });
  });
});

describe('where no stub can be placed, the verdict says why', () => {
  test('mocha given explicit files', () => {
    expect(place({ 'package.json': { scripts: { test: 'mocha test.js test.node.js' } }, 'test.js': '', 'test.node.js': '' }).problem).toBe(
      'no test stub can be placed where the test command runs it: the test script of package.json gives mocha only these files: test.js, test.node.js; a new test file is never run',
    );
  });

  test('a stub path outside what the runner selects', () => {
    expect(place({ 'package.json': { scripts: { test: 'jest' } }, 'jest.config.json': { testMatch: ['<rootDir>/spec/**/*.spec.js'], roots: ['<rootDir>/lib'] } }).problem).toMatch(
      /^no test stub can be placed where the test command runs it: spec\/new-feature\.spec\.js is not among the files it runs \(testMatch in jest\.config\.json: spec\/\*\*\/\*\.spec\.js\)$/,
    );
  });

  test('a runner specwright does not know, unless the user chose', () => {
    const tap = { 'package.json': { scripts: { test: 'lab' } }, 'test/a.js': '' };
    expect(place(tap).problem).toBe('no test stub can be placed where the test command runs it: the test script of package.json ("lab") runs no test runner specwright knows (jest, vitest, mocha, node --test and its wrappers borp and bnt, ava, tap)');
    expect(place(tap, { testFramework: 'node', testsDir: 'test' }).problem).toBeUndefined();
  });
});
