/**
 * The runners beyond the four, accepted for real through the built bin: a
 * repository that runs tap, one that runs `xo && ava`, one that runs borp
 * (a wrapper over node --test) and one whose own script runs its vitest
 * tests. Each gets the stub of its runner where that runner looks, and its
 * own test command then passes, reporting the stub's todos (1 requirement
 * + 1 story + 2 tasks = 4): a stub nothing runs would pass too, so the count
 * is what proves it ran.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { toolchainRepo, type FixtureFiles } from '../helpers/toolchains.js';

afterAll(removeTempDirs);

const TIMEOUT = 90_000;
const TODOS = 4;
const NEW = ['new', 'Dark mode', '--owner=Ada', '--requirement', 'Follows the OS theme', '--story', 'As a user, I want ...', '--phase', 'Build: tokens; toggle', '--yes', '--json'];

type Files = FixtureFiles;
const repo = toolchainRepo;

interface Report {
  readonly failed: number;
  readonly passed: number;
  readonly todo: number;
}
type Parser = (output: string) => Report;
const count = (output: string, pattern: RegExp): number => Number(pattern.exec(output)?.[1] ?? 0);

/** tap 21 without a terminal: `# { total: 5, pass: 1, todo: 4 }` (a `fail: n` when some failed). */
const tap: Parser = (output) => {
  const summary = /^# \{ total: \d+, (.*) \}$/m.exec(output)?.[1] ?? '';
  return { failed: count(summary, /fail: (\d+)/), passed: count(summary, /pass: (\d+)/), todo: count(summary, /todo: (\d+)/) };
};

/** ava's default reporter: `1 test passed`, `4 tests todo`, `1 test failed`. */
const ava: Parser = (output) => ({ failed: count(output, /(\d+) tests? failed/), passed: count(output, /(\d+) tests? passed/), todo: count(output, /(\d+) tests? todo/) });

/** node's spec reporter (borp's default): `ℹ pass 1`, `ℹ fail 0`, `ℹ todo 4`. */
const nodeSpec: Parser = (output) => ({ failed: count(output, /^ℹ fail (\d+)$/m) + count(output, /^ℹ cancelled (\d+)$/m), passed: count(output, /^ℹ pass (\d+)$/m), todo: count(output, /^ℹ todo (\d+)$/m) });

/** `Tests  1 passed | 4 todo (5)`. */
const vitest: Parser = (output) => {
  const summary = /^\s*Tests\s+(.*)$/m.exec(output)?.[1] ?? '';
  return { failed: count(summary, /(\d+) failed/), passed: count(summary, /(\d+) passed/), todo: count(summary, /(\d+) todo/) };
};

/** An npm command in `cwd`, as a user runs it, outside this jest run's own environment. */
function npm(args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|JEST_WORKER_ID$|NODE_OPTIONS$|FORCE_COLOR$|INIT_CWD$)/i.test(key)));
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd, env: { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: error ? (error.code as number) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

interface Case {
  readonly title: string;
  readonly files: Files;
  readonly parse: Parser;
  /** How the repository's tests are run: `npm test`, or the test script's runner alone where it first runs a linter another test checks. */
  readonly run: readonly string[];
  /** Written by `new`: spec, test stub, docs. */
  readonly written: readonly [string, string, string];
  /** The stub's first line of code: the runner's own import. */
  readonly imports: string;
  /** What `config` says showed the framework. */
  readonly evidence: string;
}

const CASES: readonly Case[] = [
  {
    title: '"test": "tap" (npm\'s own packages): a tap stub in test/, where tap looks, named as the tests beside it (no suffix)',
    files: {
      'package.json': { name: 'ini-like', version: '1.0.0', main: 'lib/ini.js', scripts: { test: 'tap' }, devDependencies: { tap: '21.8.0' } },
      'lib/ini.js': "'use strict'\n\nconst encode = (obj) => Object.entries(obj).map(([k, v]) => `${k}=${v}`).join('\\n')\n\nmodule.exports = { encode }\n",
      'test/encode.js': "'use strict'\n\nconst t = require('tap')\nconst { encode } = require('../lib/ini.js')\n\nt.equal(encode({ a: 1 }), 'a=1')\n",
    },
    parse: tap,
    run: ['test'],
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.js', 'docs/features/dark-mode.md'],
    // In the style of the tests beside it: single quotes, no semicolons.
    imports: "const t = require('tap')",
    evidence: 'the test script of package.json runs tap',
  },
  {
    title: '"test": "xo && ava" (ESM, a test.js at the root): an ava stub where ava looks',
    files: {
      'package.json': { name: 'slug-like', version: '1.0.0', type: 'module', exports: './index.js', scripts: { test: 'xo && ava' }, devDependencies: { ava: '7.0.0', xo: '1.2.3' } },
      'index.js': "export default function slug(text) {\n\treturn text.toLowerCase().replaceAll(/[^a-z\\d]+/g, '-');\n}\n",
      'test.js': "import test from 'ava';\nimport slug from './index.js';\n\ntest('main', t => {\n\tt.is(slug('Foo Bar'), 'foo-bar');\n});\n",
    },
    parse: ava,
    // xo is the formatter's and linter's check, tried elsewhere: here, the runner the script ends with.
    run: ['exec', '--', 'ava'],
    written: ['docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.js', 'docs/features/dark-mode.md'],
    imports: "import test from 'ava';",
    evidence: 'the test script of package.json runs ava',
  },
  {
    title: '"test": "borp" with tests importing node:test: a node:test stub that borp runs',
    files: {
      'package.json': { name: 'plugin-like', version: '1.0.0', type: 'module', main: 'index.js', scripts: { test: 'borp' }, devDependencies: { borp: '0.21.0' } },
      'index.js': 'export const add = (a, b) => a + b;\n',
      'test/add.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert';\nimport { add } from '../index.js';\n\ntest('adds', () => {\n  assert.equal(add(1, 2), 3);\n});\n",
    },
    parse: nodeSpec,
    run: ['test'],
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.js', 'docs/features/dark-mode.md'],
    imports: "import { describe, test } from 'node:test';",
    evidence: 'the test script of package.json runs borp (node --test)',
  },
  {
    title: '"test": "node scripts/run-tests.js" whose tests import vitest: a vitest stub, from the imports',
    files: {
      'package.json': { name: 'custom-runner', version: '1.0.0', type: 'module', scripts: { test: 'node scripts/run-tests.js' } },
      'scripts/run-tests.js': "import { spawnSync } from 'node:child_process';\n\n// The project's own way to run its tests: vitest, once, without a cache.\nconst ran = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--no-cache'], { stdio: 'inherit' });\nprocess.exit(ran.status ?? 1);\n",
      'tsconfig.json': { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true }, include: ['src', 'test'] },
      'src/double.ts': 'export const double = (n: number): number => n * 2;\n',
      'test/double.test.ts': "import { expect, test } from 'vitest';\nimport { double } from '../src/double.js';\n\ntest('doubles', () => {\n  expect(double(2)).toBe(4);\n});\n",
    },
    parse: vitest,
    run: ['test'],
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.ts', 'docs/features/dark-mode.md'],
    imports: "import { describe, test } from 'vitest';",
    evidence: '1 of 1 test files in test/ import vitest',
  },
];

describe('a runner beyond the four gets its own stub, and its test command runs it green', () => {
  test.each(CASES.map((c) => [c.title, c] as const))('%s', async (_, c) => {
    const root = repo(c.files);
    const config = await runBin(['config', '--json'], { cwd: root });
    expect(JSON.parse(config.stdout).settings.testFramework.evidence).toBe(c.evidence);
    const result = await runBin(NEW, { cwd: root });
    expect({ code: result.code, stderr: result.stderr, files: result.code === 0 ? JSON.parse(result.stdout).files : result.stdout }).toEqual({ code: 0, stderr: '', files: c.written });
    const stub = readFileSync(path.join(root, c.written[1]), 'utf8');
    expect(stub.split('\n').find((line) => line !== '' && !line.startsWith('//'))).toBe(c.imports);
    const ran = await npm(c.run, root);
    const report = c.parse(ran.output);
    expect({ code: ran.code, ...report, log: ran.code === 0 && report.failed === 0 ? '' : ran.output.slice(-3000) }).toEqual({ code: 0, failed: 0, passed: 1, todo: TODOS, log: '' });
  }, TIMEOUT);
});
