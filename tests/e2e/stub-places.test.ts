/**
 * Where the stub goes, through the built bin, in repositories shaped like the
 * public ones that broke it: the stub lands where the repository's own
 * `npm test` runs it (todos reported), or `new` writes nothing and says why;
 * and lint warns about a citing test nothing runs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo } from '../helpers/toolchains.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const TIMEOUT = 60_000;
/** 1 requirement + 1 story + 2 tasks. */
const TODOS = 4;
const NEW = ['new', 'Dark mode', '--owner=Ada', '--requirement', 'Follows the OS theme', '--story', 'As a user, I want ...', '--phase', 'Build: tokens; toggle', '--yes'];

function repo(files: Record<string, string | object>): string {
  const text = (c: string | object): string => (typeof c === 'string' ? c : `${JSON.stringify(c, null, 2)}\n`);
  const root = fixtureRepo(Object.fromEntries(Object.entries(files).map(([f, c]) => [f, text(c)])), { ownModulesFolder: true });
  execFileSync('git', ['init', '-q', root]);
  return root;
}

/** `npm test` as a user runs it, outside this jest run's environment: its exit code and output. */
function npmTest(cwd: string): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|JEST_WORKER_ID$|NODE_OPTIONS$|FORCE_COLOR$|INIT_CWD$)/i.test(key)));
  return new Promise((resolve, reject) => {
    execFile('npm', ['test'], { cwd, env: { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: error ? (error.code as number) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

const VITEST_DIR_AND_COVERAGE = {
  'package.json': { name: 'kit', version: '1.0.0', private: true, type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12' } },
  'vitest.config.ts': "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    dir: './tests',\n    coverage: { include: ['src/**/*'] },\n  },\n});\n",
  'src/add.ts': 'export const add = (a: number, b: number): number => a + b;\n',
  'tests/add.test.ts': "import { expect, test } from 'vitest';\nimport { add } from '../src/add.js';\n\ntest('adds', () => {\n  expect(add(1, 2)).toBe(3);\n});\n",
};

const EXPRESS_LIKE = {
  'package.json': { name: 'router', version: '1.0.0', private: true, scripts: { test: 'mocha --require test/support/env --reporter spec --check-leaks test/ test/acceptance/' }, devDependencies: { mocha: '12.0.3' } },
  'lib/route.js': "module.exports = { route: (path) => path.split('/').filter(Boolean) };\n",
  'test/support/env.js': "process.env.NODE_ENV = 'test';\n",
  'test/app.router.js': "const assert = require('node:assert');\nconst { route } = require('../lib/route');\n\ndescribe('app.router', () => {\n  it('splits a path', () => {\n    assert.deepStrictEqual(route('/a/b'), ['a', 'b']);\n  });\n});\n",
  'test/fixtures/users.js': "module.exports = [{ name: 'tobi' }];\n",
  'test/fixtures/pets.js': "module.exports = [{ name: 'loki' }];\n",
};

describe('the stub where the runner runs it', () => {
  test('vitest with test.dir and a coverage.include: the stub in tests/, and vitest runs its todos', async () => {
    const root = repo(VITEST_DIR_AND_COVERAGE);
    const ran = await runBin([...NEW, '--json'], { cwd: root });
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(ran.stdout).files).toEqual(['docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.ts', 'docs/features/dark-mode.md']);
    const { code, output } = await npmTest(root);
    expect({ code, tests: /^\s*Tests\s+(.*)$/m.exec(output)?.[1]?.trim() }).toEqual({ code: 0, tests: `1 passed | ${TODOS} todo (${TODOS + 1})` });
  }, TIMEOUT);

  test('express-like: tests named without a suffix, so the stub is test/<slug>.js, and mocha runs it', async () => {
    const root = repo(EXPRESS_LIKE);
    const config = await runBin(['config', '--json'], { cwd: root });
    expect(JSON.parse(config.stdout).settings.testSuffix).toEqual({ value: '', source: 'detected', evidence: '1 test file(s) in test/' });
    expect((await runBin(['config'], { cwd: root })).stdout).toMatch(/^ {2}testSuffix +\(none\) +detected: 1 test file\(s\) in test\/$/m);
    const ran = await runBin([...NEW, '--json'], { cwd: root });
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(ran.stdout).files).toEqual(['docs/specs/0001-dark-mode.md', 'test/dark-mode.js', 'docs/features/dark-mode.md']);
    const { code, output } = await npmTest(root);
    expect({ code, passing: /(\d+) passing/.exec(output)?.[1], pending: /(\d+) pending/.exec(output)?.[1] }).toEqual({ code: 0, passing: '1', pending: String(TODOS) });
    // The suffix-less stub is a test to lint: its requirement counts as named (a todo), no warning.
    const lint = await runBin(['lint', '--strict'], { cwd: root });
    expect({ code: lint.code, stdout: lint.stdout }).toEqual({ code: 0, stdout: '1 spec checked: no findings.\n' });
  }, TIMEOUT);
});

describe('where no stub can be placed: exit 2, nothing written, and why', () => {
  const MOCHA_FILES = {
    'package.json': { name: 'ms', version: '1.0.0', private: true, scripts: { test: 'mocha test.js test.node.js' }, devDependencies: { mocha: '12.0.3' } },
    'index.js': 'module.exports = (n) => `${n}ms`;\n',
    'test.js': "const assert = require('node:assert');\nconst ms = require('./');\n\nit('formats', () => assert.equal(ms(1), '1ms'));\n",
    'test.node.js': "it('runs in node', () => {});\n",
  };
  const MESSAGE = 'specwright: no test stub can be placed where the test command runs it: the test script of package.json gives mocha only these files: test.js, test.node.js; a new test file is never run. Nothing was written.\n';
  const HINT = 'Say where the stub goes and what runs it: --test-framework and --tests-dir (or "testFramework" and "testsDir" in specwright.config.json); or write the spec and docs without a stub: --no-test (or "testFramework": "none").\n';

  test('mocha given test.js test.node.js: new and --dry-run refuse the same way; config says so; --tests-dir is trusted', async () => {
    const root = repo(MOCHA_FILES);
    const before = treeSnapshot(root);
    const [ran, dry, config] = await Promise.all([runBin(NEW, { cwd: root }), runBin([...NEW, '--dry-run'], { cwd: root }), runBin(['config'], { cwd: root })]);
    expect({ code: ran.code, stdout: ran.stdout, stderr: ran.stderr }).toEqual({ code: 2, stdout: '', stderr: MESSAGE + HINT });
    expect({ code: dry.code, stdout: dry.stdout, stderr: dry.stderr }).toEqual({ code: 2, stdout: '', stderr: MESSAGE + HINT });
    expect(treeSnapshot(root)).toEqual(before);
    expect(config.code).toBe(0);
    expect(config.stdout).toContain('\nnew writes no test stub here: no test stub can be placed where the test command runs it: the test script of package.json gives mocha only these files: test.js, test.node.js; a new test file is never run.\n' + HINT);
    // When the user says where, they are trusted.
    const chosen = await runBin([...NEW, '--tests-dir', 'test', '--json'], { cwd: root });
    expect({ code: chosen.code, stderr: chosen.stderr }).toEqual({ code: 0, stderr: '' });
    expect(existsSync(path.join(root, 'test/dark-mode.test.js'))).toBe(true);
  }, TIMEOUT);
});

describe('lint: a test citing a spec that the test command never runs', () => {
  test('the stub copied where mocha does not look (test/unit/, not recursive) is warned about', async () => {
    const root = repo(EXPRESS_LIKE);
    expect((await runBin(NEW, { cwd: root })).code).toBe(0);
    mkdirSync(path.join(root, 'test/unit'));
    copyFileSync(path.join(root, 'test/dark-mode.js'), path.join(root, 'test/unit/dark-mode.js'));
    const lint = await runBin(['lint'], { cwd: root });
    expect(lint.code).toBe(0);
    expect(lint.stdout).toBe(
      'test/unit/dark-mode.js:4: warning test-not-run: the test cites a spec, but the test command does not run this file (it runs test/*.{js,cjs,mjs}, test/acceptance/*.{js,cjs,mjs}, per the test script of package.json). Move the file where the test command looks (test/*.{js,cjs,mjs}, test/acceptance/*.{js,cjs,mjs}) or rename it to match, or make the test command run it; until then the requirements it names count as covered while nothing runs them.\n1 spec checked: 0 errors, 1 warning.\n',
    );
    expect((await runBin(['lint', '--strict'], { cwd: root })).code).toBe(1);
  }, TIMEOUT);
});
