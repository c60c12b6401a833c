/**
 * Invariant 9, accepted the way a user tries it: one small repository per
 * shape that real public projects have (each names the project it stands
 * for), with its real scripts, its formatter and linter configuration, one
 * passing test in its own convention and a source file. In each, the
 * repository's own checks must pass before specwright (the fixture is
 * sound); then the built bin writes a spec with the same answers everywhere
 * (a requirement over 100 characters, quotes of both kinds, a backslash);
 * then the repository's own `npm test` must stay green AND report the stub's
 * todos (a stub nothing runs is a failure, not a pass), and its own lint and
 * format scripts must pass on the stub.
 *
 * The repositories are played a few at a time, ahead of their tests, so
 * their commands overlap; each row's tests then read its outcome. Failure
 * messages name the command, its exit code and the end of its output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type BinResult, runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { ava, type CommandRun, jest, mocha, nodeSpec, nodeTest, npmRun, type Parser, runCommand, tail, tap, vitest } from '../helpers/test-reports.js';
import { toolchainRepo, type FixtureFiles } from '../helpers/toolchains.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

/* The same answers in every repository. */
const NAME = 'Export to CSV';
const LONG = 'Exports the visible rows as RFC 4180 CSV, with the header row first, quoting every field that holds a comma, a double quote or a line break';
const QUOTES = `Keeps "double" and 'single' quotes and a back\\slash in the cells`;
const NEW = [
  'new', NAME, '--owner=Ada',
  '--requirement', LONG,
  '--requirement', QUOTES,
  '--story', 'As an analyst, I want a CSV file so that I can open the rows in a spreadsheet',
  '--phase', 'Build: writer; download button',
  '--yes', '--json',
];
/** 2 requirements + 1 story + 2 tasks. */
const TODOS = 5;
const SPEC = 'docs/specs/0001-export-to-csv.md';
const DOCS = 'docs/features/export-to-csv.md';

/** A row's tests may wait while the rows started before it finish: generous, on two busy cores. */
const ROW_TIMEOUT = 400_000;
const POOL = 3;

type Files = FixtureFiles;
const repo = toolchainRepo;

/** One line per failed command: what was run, its exit code and the end of its output. */
function failures(runs: readonly CommandRun[]): string[] {
  return runs.filter((run) => run.code !== 0).map((run) => `\`${run.command}\` exited ${run.code}; its output ends:\n${tail(run.output)}`);
}

/** What is wrong with a test run that must be green and must have run the stub: empty when all is well. */
function stubRunProblems(run: CommandRun, parse: Parser, todos = TODOS): string[] {
  const report = parse(run.output);
  const problems: string[] = [];
  if (run.code !== 0 || report.failed !== 0) problems.push(`\`${run.command}\` is not green: exit ${run.code}, ${report.failed} failed`);
  if (report.todo !== todos) problems.push(`\`${run.command}\` reported ${report.todo} todo/pending tests, not the stub's ${todos}: the stub was not run as written`);
  if (report.passed < 1) problems.push(`\`${run.command}\` reported no passing test: the repository's own test did not run`);
  return problems.length === 0 ? [] : [...problems, `its output ends:\n${tail(run.output)}`];
}

/** What `new --json` wrote, or why it wrote nothing. */
function written(made: BinResult): { code: number | null; stderr: string; files: readonly string[] | string } {
  if (made.code !== 0) return { code: made.code, stderr: made.stderr, files: made.stdout };
  return { code: made.code, stderr: made.stderr, files: (JSON.parse(made.stdout) as { files: string[] }).files };
}

interface Row {
  readonly title: string;
  readonly files: Files;
  /** The repository's own checks, as npm scripts: "test" first, then its lint and format scripts. */
  readonly checks: readonly string[];
  /** Reads the test script's output. */
  readonly parse: Parser;
  /** Where the stub must land, where the issue says so; otherwise anywhere the runner runs it (the todo count proves it). */
  readonly stub?: string;
}

interface Outcome {
  readonly root: string;
  readonly before: readonly CommandRun[];
  readonly made: BinResult;
  readonly after: readonly CommandRun[];
}

/** Checks, `new`, checks again. The commands of one phase run side by side: they only read the tree (and write their own caches). */
async function play(row: Row): Promise<Outcome> {
  const root = repo(row.files);
  const before = await Promise.all(row.checks.map((script) => npmRun(root, script)));
  const made = await runBin(NEW, { cwd: root, timeoutMs: 60_000 });
  const after = await Promise.all(row.checks.map((script) => npmRun(root, script)));
  return { root, before, made, after };
}

const started = new Map<Row, Promise<Outcome>>();

/**
 * A row's outcome. Asking for one also starts the next rows, up to POOL
 * in flight, so their commands overlap with this row's tests; with jest -t,
 * rows far from the selected ones are never played.
 */
function outcomeOf(row: Row): Promise<Outcome> {
  const at = POOLED_ROWS.indexOf(row);
  for (const next of POOLED_ROWS.slice(at, at + POOL)) {
    if (started.has(next)) continue;
    const outcome = play(next);
    // Its own tests report a failure; meanwhile it must not be an unhandled rejection.
    outcome.catch(() => undefined);
    started.set(next, outcome);
  }
  return started.get(row)!;
}

/** One `describe` per row; its tests read the row's outcome. */
function describeRows(rows: readonly Row[]): void {
  for (const row of rows) {
    describe(row.title, () => {
      let outcome: Outcome;
      beforeAll(async () => {
        outcome = await outcomeOf(row);
      }, ROW_TIMEOUT);

      test(`its own checks pass before specwright (${row.checks.map(shown).join(', ')})`, () => {
        expect(failures(outcome.before)).toEqual([]);
      });

      test(`new writes the spec, the test stub${row.stub ? ` (${row.stub})` : ''} and the docs`, () => {
        expect(written(outcome.made)).toEqual({ code: 0, stderr: '', files: [SPEC, row.stub ?? expect.stringMatching(/export-to-csv/), DOCS] });
      });

      test(`its own npm test runs the stub green, ${TODOS} todos reported`, () => {
        expect(stubRunProblems(outcome.after[0]!, row.parse)).toEqual([]);
      });

      if (row.checks.length > 1) {
        const others = row.checks.slice(1);
        test(`its own ${others.map(shown).join(' and ')} ${others.length === 1 ? 'passes' : 'pass'} with the stub`, () => {
          expect(failures(outcome.after.slice(1))).toEqual([]);
        });
      }
    });
  }
}

const shown = (script: string): string => (script === 'test' ? 'npm test' : `npm run ${script}`);

/* ------------------------------------------------------------------------ */
/* The rows of the issue.                                                    */
/* ------------------------------------------------------------------------ */

const PRETTIER = '3.10.1';
const TS_CONFIG = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true }, include: ['src', 'test', 'tests'] };

const ISSUE_ROWS: readonly Row[] = [
  {
    // unjs/ufo, unjs/defu: vitest told where the tests are by `test.dir`; coverage.include names the sources, not the tests.
    title: 'vitest with test.dir ./tests and coverage.include src/** (unjs/ufo-like): the stub goes to tests/ and vitest runs it',
    files: {
      'package.json': { name: 'ufo', version: '1.0.0', type: 'module', scripts: { lint: 'prettier -c src tests', test: 'vitest run' }, devDependencies: { prettier: PRETTIER, typescript: '5.9.3', vitest: '4.1.12' } },
      '.prettierrc': '{}\n',
      'tsconfig.json': TS_CONFIG,
      'vitest.config.ts': 'import { defineConfig } from "vitest/config";\n\nexport default defineConfig({\n  test: {\n    dir: "./tests",\n    coverage: {\n      include: ["src/**/*"],\n    },\n  },\n});\n',
      'src/index.ts': 'export function withLeadingSlash(input = ""): string {\n  return input.startsWith("/") ? input : "/" + input;\n}\n',
      'tests/utilities.test.ts': 'import { describe, expect, it } from "vitest";\nimport { withLeadingSlash } from "../src/index";\n\ndescribe("withLeadingSlash", () => {\n  it("adds a slash once", () => {\n    expect(withLeadingSlash("foo")).toBe("/foo");\n    expect(withLeadingSlash("/foo")).toBe("/foo");\n  });\n});\n',
    },
    checks: ['test', 'lint'],
    parse: vitest,
    stub: 'tests/export-to-csv.test.ts',
  },
  {
    // npm/ini (and npm's other packages): `"test": "tap"`, CommonJS, tests in test/ without a .test suffix, eslint declaring node's globals only.
    title: '"test": "tap", CommonJS, test/<name>.js (npm/ini-like): tap runs the stub green and reports its todos',
    files: {
      'package.json': { name: 'ini', version: '1.0.0', main: 'lib/ini.js', scripts: { lint: 'eslint "**/*.js"', test: 'tap' }, devDependencies: { eslint: '9.39.1', tap: '21.8.0' } },
      'eslint.config.js': "'use strict'\n\nconst js = require('@eslint/js')\nconst globals = require('globals')\n\nmodule.exports = [\n  js.configs.recommended,\n  { languageOptions: { sourceType: 'commonjs', globals: globals.node } },\n]\n",
      'lib/ini.js': "'use strict'\n\nconst decode = (line) => line.split('=').map((part) => part.trim())\n\nmodule.exports = { decode }\n",
      'test/decode.js': "'use strict'\n\nconst t = require('tap')\nconst { decode } = require('../lib/ini.js')\n\nt.same(decode('a = b'), ['a', 'b'], 'splits a key from its value')\n",
    },
    checks: ['test', 'lint'],
    parse: tap,
    stub: 'test/export-to-csv.js',
  },
  {
    // sindresorhus/slugify: ESM, `xo && ava`, one test.js at the root; xo's style is tabs, single quotes, semicolons.
    title: '"test": "xo && ava", ESM (sindresorhus/slugify-like): xo passes on the stub and ava runs it green',
    files: {
      'package.json': { name: '@sindresorhus/slugify', version: '1.0.0', type: 'module', exports: './index.js', scripts: { test: 'xo && ava' }, devDependencies: { ava: '7.0.0', xo: '1.2.3' } },
      'index.js': "export default function slugify(string) {\n\treturn string.toLowerCase().replaceAll(/[^a-z\\d]+/g, '-').replaceAll(/^-|-$/g, '');\n}\n",
      'test.js': "import test from 'ava';\nimport slugify from './index.js';\n\ntest('main', t => {\n\tt.is(slugify('Foo Bar'), 'foo-bar');\n});\n",
    },
    checks: ['test'],
    parse: ava,
  },
  {
    // fastify/fastify-plugin: `borp` over node:test, every test requires node:test, linted by neostandard (no semicolons).
    title: '"test": "borp", tests require node:test, neostandard lint (fastify-plugin-like): a node:test stub, green, lint clean',
    files: {
      'package.json': { name: 'fastify-plugin', version: '1.0.0', main: 'plugin.js', scripts: { lint: 'eslint', test: 'borp' }, devDependencies: { borp: '0.21.0', eslint: '9.39.1', neostandard: '0.13.0' } },
      'eslint.config.js': "'use strict'\n\nmodule.exports = require('neostandard')({})\n",
      'plugin.js': "'use strict'\n\nfunction fp (fn, options = {}) {\n  fn[Symbol.for('plugin-meta')] = options\n  return fn\n}\n\nmodule.exports = fp\n",
      'test/plugin.test.js': "'use strict'\n\nconst { test } = require('node:test')\nconst assert = require('node:assert')\nconst fp = require('../plugin')\n\ntest('fastify-plugin returns the function it wraps', () => {\n  const fn = () => {}\n  assert.strictEqual(fp(fn), fn)\n})\n",
    },
    checks: ['test', 'lint'],
    parse: nodeSpec,
    stub: 'test/export-to-csv.test.js',
  },
  {
    // Projects that drive node:test's run() from a script of their own: the command says nothing, the tests' imports say node:test.
    title: '"test": "node scripts/run-tests.mjs", a custom runner over node:test whose tests import it: a node:test stub, green',
    files: {
      'package.json': { name: 'tokens', version: '1.0.0', type: 'module', exports: './src/tokens.js', scripts: { test: 'node scripts/run-tests.mjs' } },
      'scripts/run-tests.mjs':
        "import { readdirSync } from 'node:fs';\nimport { run } from 'node:test';\nimport { tap } from 'node:test/reporters';\n\n// Every test/*.test.js, reported as TAP; any failure fails the script.\nconst files = readdirSync('test').filter((name) => name.endsWith('.test.js')).map((name) => `test/${name}`);\nrun({ files })\n  .on('test:fail', () => {\n    process.exitCode = 1;\n  })\n  .compose(tap)\n  .pipe(process.stdout);\n",
      'src/tokens.js': "export const split = (text) => text.split(/\\s+/).filter(Boolean);\n",
      'test/tokens.test.js': "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { split } from '../src/tokens.js';\n\ntest('splits on white space', () => {\n  assert.deepEqual(split(' a  b '), ['a', 'b']);\n});\n",
    },
    checks: ['test'],
    parse: nodeTest,
    stub: 'test/export-to-csv.test.js',
  },
  {
    // tj/commander.js: jest, tests/*.test.js, prettier with singleQuote in a .prettierrc.js (code: read as text, never run), `check:format` over JS only.
    title: 'prettier singleQuote in .prettierrc.js, "check:format": "prettier --check ." (commander-like): the format check passes after new',
    files: {
      'package.json': { name: 'commander', version: '1.0.0', main: 'index.js', scripts: { 'check:format': 'prettier --check .', test: 'jest' }, devDependencies: { jest: '30.5.2', prettier: PRETTIER } },
      '.prettierrc.js': "const config = {\n  // plugins: ['prettier-plugin-jsdoc'],\n  singleQuote: true,\n};\n\nmodule.exports = config;\n",
      '.prettierignore': '# exclude everything, and opt-in to types we want to format\n**.*\n# add the filetypes we want to format\n!**.js\n!**.mjs\n!**.cjs\n!**.ts\n!**.mts\n!**.cts\n',
      'index.js': "class Option {\n  constructor(flags) {\n    this.flags = flags;\n    this.long = flags.split(/[ ,|]+/).find((part) => part.startsWith('--'));\n  }\n}\n\nexports.Option = Option;\n",
      'tests/option.test.js': "const { Option } = require('../index.js');\n\ntest('when --long then long is set', () => {\n  const option = new Option('-l, --long');\n  expect(option.long).toBe('--long');\n});\n",
    },
    checks: ['test', 'check:format'],
    parse: jest,
    stub: 'tests/export-to-csv.test.js',
  },
  {
    // vercel/ms: biome formats and lints (single quotes, spaces), jest runs src/*.test.js.
    title: 'biome with quoteStyle single, "biome format" and "biome check" scripts (vercel/ms-like): both pass after new',
    files: {
      'package.json': { name: 'ms', version: '1.0.0', main: 'src/index.js', scripts: { format: 'biome format .', lint: 'biome check .', test: 'jest' }, devDependencies: { '@biomejs/biome': '2.6.9', jest: '30.5.2' } },
      'biome.json': { $schema: 'https://biomejs.dev/schemas/2.6.9/schema.json', formatter: { indentStyle: 'space' }, javascript: { formatter: { quoteStyle: 'single' } } },
      'src/index.js': "const s = 1000;\n\nfunction ms(value) {\n  return value * s;\n}\n\nmodule.exports = ms;\n",
      'src/index.test.js': "const ms = require('./index');\n\ndescribe('ms(number)', () => {\n  it('should convert seconds to milliseconds', () => {\n    expect(ms(2)).toBe(2000);\n  });\n});\n",
    },
    checks: ['test', 'format', 'lint'],
    parse: jest,
    stub: 'src/export-to-csv.test.js',
  },
  {
    // xo's defaults (tabs, single quotes, semicolons, no globals it does not know): mocha, describe/it imported from mocha.
    title: 'xo (tabs, single quotes), "test": "xo && mocha", tests import describe/it from mocha: xo passes on the stub and mocha runs it',
    files: {
      'package.json': { name: 'camel', version: '1.0.0', type: 'module', exports: './src/index.js', scripts: { test: 'xo && mocha' }, devDependencies: { mocha: '12.0.3', xo: '1.2.3' } },
      'src/index.js': 'export function camelCase(input) {\n\treturn input.replaceAll(/-(\\w)/g, (_, letter) => letter.toUpperCase());\n}\n',
      'test/index.test.js': "import assert from 'node:assert/strict';\nimport {describe, it} from 'mocha';\nimport {camelCase} from '../src/index.js';\n\ndescribe('camelCase', () => {\n\tit('joins words', () => {\n\t\tassert.equal(camelCase('foo-bar'), 'fooBar');\n\t});\n});\n",
    },
    checks: ['test'],
    parse: mocha,
    stub: 'test/export-to-csv.test.js',
  },
  {
    // The fastify ecosystem's other shape: plain `node --test`, neostandard (no semicolons, single quotes).
    title: 'neostandard (no semicolons), "test": "node --test", ESM: the lint script passes on the stub',
    files: {
      'package.json': { name: 'slugs', version: '1.0.0', type: 'module', exports: './src/slug.js', scripts: { lint: 'eslint', test: 'node --test' }, devDependencies: { eslint: '9.39.1', neostandard: '0.13.0' } },
      'eslint.config.js': "import neostandard from 'neostandard'\n\nexport default neostandard({})\n",
      'src/slug.js': "export function slug (text) {\n  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')\n}\n",
      'test/slug.test.js': "import assert from 'node:assert/strict'\nimport { test } from 'node:test'\nimport { slug } from '../src/slug.js'\n\ntest('slugifies a title', () => {\n  assert.equal(slug('Hello, World!'), 'hello-world')\n})\n",
    },
    checks: ['test', 'lint'],
    parse: nodeTest,
    stub: 'test/export-to-csv.test.js',
  },
  {
    // eslint 9 flat config that declares node's globals only, `no-undef` on (eslint:recommended): the jest tests import from
    // @jest/globals, which npm installs with jest; the package does not declare it itself.
    title: 'eslint 9 flat config with node globals only (no-undef), jest tests import @jest/globals: the lint script passes on the stub',
    files: {
      'package.json': { name: 'cart', version: '1.0.0', main: 'src/cart.js', scripts: { lint: 'eslint .', test: 'jest' }, devDependencies: { eslint: '9.39.1', jest: '30.5.2' } },
      'eslint.config.js': "const js = require('@eslint/js');\nconst globals = require('globals');\n\nmodule.exports = [\n  js.configs.recommended,\n  {\n    languageOptions: {\n      sourceType: 'commonjs',\n      globals: globals.node,\n    },\n  },\n];\n",
      'src/cart.js': 'function total(items) {\n  return items.reduce((sum, item) => sum + item.price * item.qty, 0);\n}\n\nmodule.exports = { total };\n',
      '__tests__/cart.test.js': "const { describe, expect, test } = require('@jest/globals');\nconst { total } = require('../src/cart');\n\ndescribe('total', () => {\n  test('adds up the lines', () => {\n    expect(total([{ price: 2, qty: 3 }])).toBe(6);\n  });\n});\n",
    },
    checks: ['test', 'lint'],
    parse: jest,
    stub: '__tests__/export-to-csv.test.js',
  },
  {
    // expressjs/express: mocha given test/ and test/acceptance/, tests named test/app.router.js (no .test suffix).
    title: 'mocha given test/ and test/acceptance/, tests named test/app.router.js (express-like): the stub is test/export-to-csv.js and mocha runs it',
    files: {
      'package.json': { name: 'express', version: '1.0.0', main: 'index.js', scripts: { test: 'mocha --require test/support/env --reporter spec --check-leaks test/ test/acceptance/' }, devDependencies: { mocha: '12.0.3' } },
      'index.js': "'use strict';\n\nexports.match = function match(path) {\n  return path.split('/').filter(Boolean)[0];\n};\n",
      'test/support/env.js': "process.env.NODE_ENV = 'test';\n",
      'test/app.router.js': "'use strict';\n\nvar assert = require('node:assert');\nvar router = require('..');\n\ndescribe('app.router', function () {\n  it('should match the first segment', function () {\n    assert.strictEqual(router.match('/users/1'), 'users');\n  });\n});\n",
      'test/acceptance/hello-world.js': "'use strict';\n\nvar assert = require('node:assert');\n\ndescribe('hello-world', function () {\n  it('should run in the test environment', function () {\n    assert.strictEqual(process.env.NODE_ENV, 'test');\n  });\n});\n",
    },
    checks: ['test'],
    parse: mocha,
    stub: 'test/export-to-csv.js',
  },
];

/* One per runner, each formatted by prettier with another configuration. */

const RUNNER_ROWS: readonly Row[] = [
  {
    title: 'jest, CommonJS, __tests__/; .prettierrc JSON singleQuote, no semicolons',
    files: {
      'package.json': { name: 'cart', version: '1.0.0', main: 'src/cart.js', scripts: { 'format:check': 'prettier --check src __tests__', test: 'jest' }, devDependencies: { jest: '30.5.2', prettier: PRETTIER } },
      '.prettierrc': { singleQuote: true, semi: false },
      'src/cart.js': 'function total(items) {\n  return items.reduce((sum, item) => sum + item.price * item.qty, 0)\n}\n\nmodule.exports = { total }\n',
      '__tests__/cart.test.js': "const { total } = require('../src/cart')\n\ntest('adds up the lines', () => {\n  expect(total([{ price: 2, qty: 3 }])).toBe(6)\n})\n",
    },
    checks: ['test', 'format:check'],
    parse: jest,
    stub: '__tests__/export-to-csv.test.js',
  },
  {
    title: 'vitest, TypeScript, test/ (include in vitest.config.ts); .prettierrc.yaml with tabs and printWidth 100',
    files: {
      'package.json': { name: 'theme-kit', version: '1.0.0', type: 'module', scripts: { 'format:check': 'prettier --check src test', test: 'vitest run' }, devDependencies: { prettier: PRETTIER, typescript: '5.9.3', vitest: '4.1.12' } },
      '.prettierrc.yaml': 'useTabs: true\nprintWidth: 100\n',
      'tsconfig.json': TS_CONFIG,
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    include: ['test/**/*.test.ts'],\n  },\n});\n",
      'src/contrast.ts': 'export function ratio(a: number, b: number): number {\n\treturn (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);\n}\n',
      'test/contrast.test.ts': 'import { describe, expect, test } from "vitest";\nimport { ratio } from "../src/contrast.js";\n\ndescribe("ratio", () => {\n\ttest("white on black is 21", () => {\n\t\texpect(ratio(1, 0)).toBe(21);\n\t});\n});\n',
    },
    checks: ['test', 'format:check'],
    parse: vitest,
    stub: 'test/export-to-csv.test.ts',
  },
  {
    title: 'node --test, ESM, test/; "prettier" key in package.json: printWidth 120, trailingComma none',
    files: {
      'package.json': { name: 'slugs', version: '1.0.0', type: 'module', exports: './src/slug.js', scripts: { 'format:check': 'prettier --check src test', test: 'node --test' }, devDependencies: { prettier: PRETTIER }, prettier: { printWidth: 120, trailingComma: 'none' } },
      'src/slug.js': 'export function slug(text) {\n  return text\n    .toLowerCase()\n    .replace(/[^a-z0-9]+/g, "-")\n    .replace(/^-|-$/g, "");\n}\n',
      'test/slug.test.js': 'import assert from "node:assert/strict";\nimport { test } from "node:test";\nimport { slug } from "../src/slug.js";\n\ntest("slugifies a title", () => {\n  assert.equal(slug("Hello, World!"), "hello-world");\n});\n',
    },
    checks: ['test', 'format:check'],
    parse: nodeTest,
    stub: 'test/export-to-csv.test.js',
  },
  {
    title: 'mocha, CommonJS, test/*.spec.js (.mocharc.json); .prettierrc.json tabWidth 4, trailingComma es5',
    files: {
      'package.json': { name: 'queue', version: '1.0.0', main: 'src/queue.js', scripts: { 'format:check': 'prettier --check src test', test: 'mocha' }, devDependencies: { mocha: '12.0.3', prettier: PRETTIER } },
      '.mocharc.json': { spec: 'test/**/*.spec.js' },
      '.prettierrc.json': { tabWidth: 4, trailingComma: 'es5' },
      'src/queue.js': 'class Queue {\n    constructor() {\n        this.items = [];\n    }\n\n    push(item) {\n        this.items.push(item);\n    }\n\n    shift() {\n        return this.items.shift();\n    }\n}\n\nmodule.exports = { Queue };\n',
      'test/queue.spec.js': 'const assert = require("node:assert/strict");\nconst { Queue } = require("../src/queue");\n\ndescribe("Queue", () => {\n    it("is first in, first out", () => {\n        const queue = new Queue();\n        queue.push(1);\n        queue.push(2);\n        assert.equal(queue.shift(), 1);\n    });\n});\n',
    },
    checks: ['test', 'format:check'],
    parse: mocha,
    stub: 'test/export-to-csv.spec.js',
  },
  {
    title: 'ava, ESM, test/*.test.js; .prettierrc (YAML) singleQuote, bracketSpacing false',
    files: {
      'package.json': { name: 'slugify', version: '1.0.0', type: 'module', exports: './src/slugify.js', scripts: { 'format:check': 'prettier --check src test', test: 'ava' }, devDependencies: { ava: '7.0.0', prettier: PRETTIER } },
      '.prettierrc': 'singleQuote: true\nbracketSpacing: false\n',
      'src/slugify.js': "export default function slugify(text) {\n  return text.toLowerCase().replaceAll(/[^a-z\\d]+/g, '-');\n}\n",
      'test/slugify.test.js': "import test from 'ava';\nimport slugify from '../src/slugify.js';\n\ntest('main', (t) => {\n  t.is(slugify('Foo Bar'), 'foo-bar');\n});\n",
    },
    checks: ['test', 'format:check'],
    parse: ava,
    stub: 'test/export-to-csv.test.js',
  },
  {
    title: 'tap, ESM, test/*.test.js; prettier with no config but an .editorconfig: tabs, max_line_length 90',
    files: {
      'package.json': { name: 'money', version: '1.0.0', type: 'module', exports: './src/money.js', scripts: { 'format:check': 'prettier --check src test', test: 'tap' }, devDependencies: { prettier: PRETTIER, tap: '21.8.0' } },
      '.editorconfig': 'root = true\n\n[*]\nindent_style = tab\nmax_line_length = 90\n',
      'src/money.js': 'export function format(cents) {\n\treturn `$${(cents / 100).toFixed(2)}`;\n}\n',
      'test/money.test.js': 'import t from "tap";\nimport { format } from "../src/money.js";\n\nt.equal(format(1999), "$19.99", "formats cents");\n',
    },
    checks: ['test', 'format:check'],
    parse: tap,
    stub: 'test/export-to-csv.test.js',
  },
];

/** Every row played through the pool, in the order of the describes below. */
const POOLED_ROWS: readonly Row[] = [...ISSUE_ROWS, ...RUNNER_ROWS];

describe('the rows of the issue: each repository\'s own test, lint and format commands pass after new, and run the stub', () => {
  describeRows(ISSUE_ROWS);
});

describe('one repository per runner: its own npm test runs the stub, prettier --check passes with its configuration', () => {
  describeRows(RUNNER_ROWS);
});

/* Where no stub can be placed where it will run: nothing written, and the ways out work. */

/** Paths `new` added, changed or removed (a tree snapshot holds every file's bytes: too much for a failure message). */
function changedPaths(before: Record<string, string>, after: Record<string, string>): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((file) => before[file] !== after[file]).sort();
}

// debug-js/debug: mocha is given its two test files by name; a stub in test/ would never run.
const DEBUG_LIKE: Files = {
  'package.json': { name: 'debug', version: '1.0.0', main: './src/index.js', scripts: { test: 'mocha test.js test.node.js' }, devDependencies: { mocha: '12.0.3' } },
  'src/index.js': "'use strict';\n\nmodule.exports = (namespace) => (message) => `${namespace} ${message}`;\n",
  'test.js': "'use strict';\n\nconst assert = require('node:assert');\nconst debug = require('./src');\n\ndescribe('debug', () => {\n  it('prefixes the namespace', () => {\n    assert.strictEqual(debug('app')('hi'), 'app hi');\n  });\n});\n",
  'test.node.js': "'use strict';\n\nconst assert = require('node:assert');\nconst debug = require('./src');\n\ndescribe('debug in node', () => {\n  it('keeps the message', () => {\n    assert.strictEqual(debug('worker')('done'), 'worker done');\n  });\n});\n",
};

describe('"test": "mocha test.js test.node.js", explicit files (debug-like): no stub mocha would never run', () => {
  const debugTest = (root: string) => npmRun(root, 'test');

  test('its own checks pass before specwright (npm test)', async () => {
    expect(failures([await debugTest(repo(DEBUG_LIKE))])).toEqual([]);
  }, ROW_TIMEOUT);

  test('new exits 2 before writing anything, and the message names --no-test', async () => {
    const root = repo(DEBUG_LIKE);
    const before = treeSnapshot(root);
    const made = await runBin(NEW, { cwd: root });
    expect({ code: made.code, stderr: made.stderr, changed: changedPaths(before, treeSnapshot(root)) }).toEqual({ code: 2, stderr: expect.stringContaining('--no-test'), changed: [] });
  }, ROW_TIMEOUT);

  test('new --no-test writes the spec and the docs only, and npm test stays green with nothing pending', async () => {
    const root = repo(DEBUG_LIKE);
    const made = await runBin([...NEW, '--no-test'], { cwd: root });
    expect(written(made)).toEqual({ code: 0, stderr: '', files: [SPEC, DOCS] });
    const run = await debugTest(root);
    expect(stubRunProblems(run, mocha, 0)).toEqual([]);
  }, ROW_TIMEOUT);

  test('new --test-framework mocha --tests-dir test: a mocha stub in test/, which mocha runs green with its todos once it is given the file', async () => {
    const root = repo(DEBUG_LIKE);
    const made = await runBin([...NEW, '--test-framework', 'mocha', '--tests-dir', 'test'], { cwd: root });
    expect(written(made)).toEqual({ code: 0, stderr: '', files: [SPEC, expect.stringMatching(/^test\/export-to-csv\.[^/]*js$/), DOCS] });
    const stub = (written(made).files as string[])[1]!;
    // The repository's own command, given the stub as the user will give it.
    const run = await runCommand(process.execPath, [path.join(root, 'node_modules/mocha/bin/mocha.js'), 'test.js', 'test.node.js', stub], root);
    expect(stubRunProblems(run, mocha)).toEqual([]);
  }, ROW_TIMEOUT);
});

/* init: which package manager, and what is a workspace. */

describe('init in a pnpm repository whose pnpm-workspace.yaml holds settings only, no packages: (unjs/ufo-like)', () => {
  const files: Files = {
    'package.json': { name: 'ufo', version: '1.0.0', type: 'module', packageManager: 'pnpm@10.12.1', scripts: { test: 'node --test' } },
    // pnpm 9/10 keep settings here; without `packages:` the repository is one package.
    'pnpm-workspace.yaml': 'onlyBuiltDependencies:\n  - esbuild\n',
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n",
    'src/join.js': "export const joinURL = (base, path) => `${base.replace(/\\/$/, '')}/${path.replace(/^\\//, '')}`;\n",
    'test/join.test.js': "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { joinURL } from '../src/join.js';\n\ntest('joins with one slash', () => {\n  assert.equal(joinURL('a/', '/b'), 'a/b');\n});\n",
  };

  test('its own checks pass before specwright (npm test)', async () => {
    expect(failures([await npmRun(repo(files), 'test')])).toEqual([]);
  }, ROW_TIMEOUT);

  test('init treats it as one package: the config pins the detected test folder, framework and language', async () => {
    const root = repo(files);
    const ran = await runBin(['init'], { cwd: root });
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' });
    const config = JSON.parse(readFileSync(path.join(root, 'specwright.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ testsDir: 'test', testFramework: 'node', language: 'js' });
  }, ROW_TIMEOUT);
});

describe('init at the root of a yarn 1 workspace (changesets-like)', () => {
  const files: Files = {
    'package.json': { name: 'changesets-root', private: true, packageManager: 'yarn@1.22.22', workspaces: ['packages/*'], scripts: { test: 'node --test packages/' } },
    'yarn.lock': '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n',
    'packages/cli/package.json': { name: '@changesets/cli', version: '1.0.0', main: 'src/index.js' },
    'packages/cli/src/index.js': "module.exports = { bump: (version) => version.replace(/\\d+$/, (patch) => String(Number(patch) + 1)) };\n",
    'packages/cli/test/bump.test.js': "const assert = require('node:assert/strict');\nconst { test } = require('node:test');\nconst { bump } = require('../src/index.js');\n\ntest('bumps the patch', () => {\n  assert.equal(bump('1.2.3'), '1.2.4');\n});\n",
  };

  test('its own checks pass before specwright (npm test)', async () => {
    expect(failures([await npmRun(repo(files), 'test')])).toEqual([]);
  }, ROW_TIMEOUT);

  test('the install command init prints passes -W, without which yarn 1 refuses to add to a workspace root', async () => {
    const ran = await runBin(['init'], { cwd: repo(files) });
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' });
    const next = /^Next: (.*?), then /m.exec(ran.stdout)?.[1] ?? ran.stdout;
    expect(next).toMatch(/^yarn add (?=.*(?:^|\s)(?:-W|--ignore-workspace-root-check)(?:\s|$)).*\bspecwright\b/);
  }, ROW_TIMEOUT);
});
