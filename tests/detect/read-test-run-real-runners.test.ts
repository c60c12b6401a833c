/**
 * The matcher of "would the test command run this file" (base/test-run.ts),
 * fed by what detection reads (detect/read-test-run.ts), checked against the
 * real runners: for each shape, every candidate file the matcher accepts is
 * one the runner lists, and none it rejects is (vitest list, jest
 * --listTests, mocha --dry-run). Nothing of the project's is run by
 * specwright; the runners here run only to tell the truth.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { testRunMatcher } from '../../src/base/test-run.js';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo, TOOLCHAIN_MODULES } from '../helpers/toolchains.js';

afterAll(removeTempDirs);

const TIMEOUT = 60_000;

function run(cwd: string, script: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(TOOLCHAIN_MODULES, script), ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve(`${stdout}\n${stderr}`);
    });
  });
}

/** The files a runner lists, relative to the root. */
const listed = (root: string, output: string): Set<string> =>
  new Set([...output.matchAll(new RegExp(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^"\\s]+)`, 'g'))].map((m) => m[1]!));

interface Shape {
  readonly title: string;
  readonly files: Record<string, string>;
  /** Files that may or may not be run: each gets a test in the runner's idiom. */
  readonly candidates: readonly string[];
  readonly body: string;
  readonly list: (root: string) => Promise<string>;
}

const vitest = (root: string) => run(root, 'vitest/vitest.mjs', ['list', '--filesOnly', '--json']);
const jest = (root: string) => run(root, 'jest/bin/jest.js', ['--listTests']);
const mocha = (args: readonly string[]) => (root: string) => run(root, 'mocha/bin/mocha.js', ['--dry-run', '--reporter', 'json', ...args]);

const VITEST_BODY = "import { test } from 'vitest';\ntest('t', () => {});\n";
const GLOBALS_BODY = "it('t', () => {});\n";

const SHAPES: readonly Shape[] = [
  {
    title: 'vitest test.dir with a nested coverage.include',
    files: { 'package.json': '{ "type": "module" }\n', 'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({\n  test: { dir: './tests', coverage: { include: ['src/**/*'] } },\n});\n" },
    candidates: ['tests/a.test.ts', 'tests/unit/b.spec.js', 'tests/c.ts', 'src/d.test.ts', 'test/e.test.js', 'src/f.ts'],
    body: VITEST_BODY,
    list: vitest,
  },
  {
    title: 'vitest include and exclude',
    files: { 'package.json': '{ "type": "module" }\n', 'vitest.config.mts': "export default {\n  test: {\n    include: ['spec/**/*.spec.ts'],\n    exclude: ['spec/slow/**'],\n  },\n};\n" },
    candidates: ['spec/a.spec.ts', 'spec/unit/b.spec.ts', 'spec/slow/c.spec.ts', 'spec/d.test.ts', 'e.spec.ts'],
    body: VITEST_BODY,
    list: vitest,
  },
  {
    title: "vitest's defaults",
    files: { 'package.json': '{ "type": "module", "scripts": { "test": "vitest run" } }\n' },
    candidates: ['a.test.ts', 'src/b.spec.mjs', 'test/c.ts', 'test/d.test.cjs', 'e.test.tsx'],
    body: VITEST_BODY,
    list: vitest,
  },
  {
    title: 'vitest test.projects as plain data: folders, and an inline project',
    files: {
      'package.json': '{ "type": "module", "scripts": { "test": "vitest run" } }\n',
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({\n  test: {\n    projects: ['packages/*', { test: { name: 'e2e', include: ['e2e/**/*.e2e.ts'] } }],\n  },\n});\n",
      'packages/a/package.json': '{ "name": "a", "type": "module" }\n',
      'packages/b/package.json': '{ "name": "b", "type": "module" }\n',
    },
    candidates: ['packages/a/x.test.ts', 'packages/b/test/y.spec.ts', 'packages/a/z.ts', 'e2e/w.e2e.ts', 'e2e/v.test.ts', 'lib/u.test.ts'],
    body: VITEST_BODY,
    list: vitest,
  },
  {
    title: 'jest roots and testMatch',
    files: { 'package.json': '{}\n', 'jest.config.js': "module.exports = {\n  roots: ['<rootDir>/src'],\n  testMatch: ['**/__tests__/**/*.js'],\n};\n" },
    candidates: ['src/__tests__/a.js', 'src/__tests__/deep/b.js', 'src/c.test.js', '__tests__/d.js', 'src/__tests__/e.ts'],
    body: GLOBALS_BODY,
    list: jest,
  },
  {
    title: "jest's defaults",
    files: { 'package.json': '{ "jest": {} }\n' },
    candidates: ['__tests__/a.js', 'src/b.test.js', 'src/c.spec.mjs', 'test/d.js', 'test.js', 'src/latest.js'],
    body: GLOBALS_BODY,
    list: jest,
  },
  {
    title: 'jest projects as plain data',
    files: { 'package.json': '{ "jest": { "projects": ["<rootDir>/packages/*"] } }\n', 'packages/a/package.json': '{}\n', 'packages/b/package.json': '{}\n' },
    candidates: ['packages/a/x.test.js', 'packages/b/__tests__/y.js', 'packages/a/z.js', 'lib/w.test.js'],
    body: GLOBALS_BODY,
    list: jest,
  },
  {
    title: 'mocha given folders (express: test/ test/acceptance/)',
    files: { 'package.json': '{ "scripts": { "test": "mocha --require test/support/env --reporter spec --check-leaks test/ test/acceptance/" } }\n', 'test/support/env.js': '' },
    candidates: ['test/app.router.js', 'test/acceptance/x.js', 'test/fixtures/y.js', 'test/support/z.js', 'lib/w.test.js'],
    body: GLOBALS_BODY,
    list: mocha(['test/', 'test/acceptance/']),
  },
  {
    title: "mocha's default spec",
    files: { 'package.json': '{ "scripts": { "test": "mocha" } }\n' },
    candidates: ['test/a.js', 'test/b.mjs', 'test/sub/c.js', 'spec/d.js', 'e.test.js'],
    body: GLOBALS_BODY,
    list: mocha([]),
  },
  {
    title: 'mocha spec in .mocharc.json',
    files: { 'package.json': '{ "scripts": { "test": "mocha" } }\n', '.mocharc.json': '{ "spec": "test/**/*.spec.js" }\n' },
    candidates: ['test/a.spec.js', 'test/unit/b.spec.js', 'test/c.js', 'd.spec.js'],
    body: GLOBALS_BODY,
    list: mocha([]),
  },
];

describe('the file the matcher accepts is the file the runner runs', () => {
  test.each(SHAPES.map((s) => [s.title, s] as const))('%s', async (_, shape) => {
    const root = fixtureRepo({ ...shape.files, ...Object.fromEntries(shape.candidates.map((file) => [file, shape.body])) }, { ownModulesFolder: true });
    const testRun = resolveConfig(root, root).testRun;
    expect(testRun).toBeDefined();
    const runs = testRunMatcher(testRun!);
    const byRunner = listed(root, await shape.list(root));
    const byMatcher = shape.candidates.filter(runs);
    // The runner lists some candidates and leaves others: the comparison can fail either way.
    expect(byMatcher.length).toBeGreaterThan(0);
    expect(byMatcher.length).toBeLessThan(shape.candidates.length);
    expect(byMatcher).toEqual(shape.candidates.filter((file) => byRunner.has(file)));
  }, TIMEOUT);
});

describe('vitest experimental.preParse: a file of todos alone is never run, so no stub is placed', () => {
  test(
    'vitest leaves the todo-only file out and reports none of its todos; specwright refuses, naming the key',
    async () => {
      const config = "import { defineConfig } from 'vitest/config';\nexport default defineConfig({\n  test: {\n    experimental: { preParse: true },\n  },\n});\n";
      const root = fixtureRepo({
        'package.json': JSON.stringify({ type: 'module', scripts: { test: 'vitest run' } }),
        'vitest.config.ts': config,
        'tests/a.test.ts': VITEST_BODY,
        'tests/todo.test.ts': "import { test } from 'vitest';\ntest.todo('one');\ntest.todo('two');\n",
      });
      const ran = await run(root, 'vitest/vitest.mjs', ['run']);
      expect({ todo: /\d+ todo/.test(ran), passed: /Tests\s+1 passed \(1\)/.test(ran) }).toEqual({ todo: false, passed: true });
      expect(resolveConfig(root, root).stubProblem?.message).toBe(
        'no test stub can be placed where the test command runs it: experimental.preParse in vitest.config.ts leaves out every test file whose tests are all todo, as a new stub\'s are: vitest would never run it',
      );
    },
    TIMEOUT,
  );
});
