/**
 * "Fits any repository", accepted for real: each case is a git repository as
 * a team keeps it (its framework installed, its config, a passing test in its
 * own convention, a source file). The built bin writes a spec there, then the
 * repository's own `npm test` must pass and report the new stub's todos (1
 * requirement + 1 story + 2 tasks = 4): a stub its test command never finds
 * would pass too, silently, so the count is what proves it ran.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { jest, mocha, nodeTest, npmRun, type Parser, type Report, vitest } from '../helpers/test-reports.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { toolchainRepo, type FixtureFiles } from '../helpers/toolchains.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const TIMEOUT = 60_000;
const TODOS = 4;
const NEW = ['new', 'Dark mode', '--owner=Ada', '--requirement', 'Follows the OS theme', '--story', 'As a user, I want ...', '--phase', 'Build: tokens; toggle', '--yes'];

type Files = FixtureFiles;
const repo = toolchainRepo;

const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

/** `npm test` in `cwd`, as a user runs it: its exit code, what the runner reported, and the end of its output. */
async function npmTest(cwd: string, parse: Parser): Promise<Report & { code: number | null; log: string }> {
  const ran = await npmRun(cwd, 'test');
  return { code: ran.code, ...parse(ran.output), log: ran.output.slice(-3000) };
}

/** Green, nothing failed, the repository's own test passed, and exactly the stub's todos reported. */
async function expectGreen(cwd: string, parse: Parser, existing: string, passed = 1): Promise<void> {
  const report = await npmTest(cwd, parse);
  const { log, ...result } = report;
  expect({ ...result, log: result.code === 0 && result.failed === 0 ? '' : log }).toEqual({
    code: 0,
    failed: 0,
    passed,
    todo: TODOS,
    passing: expect.arrayContaining([existing]),
    log: '',
  });
}

interface Case {
  readonly title: string;
  readonly files: Files;
  /** Where the user stands, relative to the repository (its root when absent). */
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly parse: Parser;
  /** A test file (jest, vitest) or test name (node, mocha) of the repository's own that must still pass. */
  readonly existing: string;
  /** Written by `new`, repository-relative: spec, test stub, docs. */
  readonly written: readonly [string, string, string];
}

const CASES: readonly Case[] = [
  {
    title: '1. TypeScript + vitest, tests in test/ (vitest.config.ts include)',
    files: {
      'package.json': { name: 'theme-kit', version: '1.0.0', private: true, type: 'module', scripts: { build: 'tsc', test: 'vitest run' }, devDependencies: { typescript: '5.9.3', vitest: '4.1.12' } },
      'tsconfig.json': { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, outDir: 'dist' }, include: ['src', 'test'] },
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    include: ['test/**/*.test.ts'],\n  },\n});\n",
      'src/contrast.ts': 'export function ratio(a: number, b: number): number {\n  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);\n}\n',
      'test/contrast.test.ts': "import { describe, expect, test } from 'vitest';\nimport { ratio } from '../src/contrast.js';\n\ndescribe('ratio', () => {\n  test('white on black is 21', () => {\n    expect(ratio(1, 0)).toBe(21);\n  });\n});\n",
    },
    parse: vitest,
    existing: 'test/contrast.test.ts',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.ts', 'docs/features/dark-mode.md'],
  },
  {
    title: '2. CommonJS + jest, tests in __tests__/',
    files: {
      'package.json': { name: 'cart', version: '1.0.0', private: true, main: 'src/cart.js', scripts: { test: 'jest' }, devDependencies: { jest: '30.5.2' } },
      'src/cart.js': 'function total(items) {\n  return items.reduce((sum, item) => sum + item.price * item.qty, 0);\n}\n\nmodule.exports = { total };\n',
      '__tests__/cart.test.js': "const { total } = require('../src/cart');\n\ntest('adds up the lines', () => {\n  expect(total([{ price: 2, qty: 3 }, { price: 1, qty: 1 }])).toBe(7);\n});\n",
    },
    parse: jest,
    existing: '__tests__/cart.test.js',
    written: ['docs/specs/0001-dark-mode.md', '__tests__/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '3. ts-jest, tests colocated in src/',
    files: {
      'package.json': { name: 'greeter', version: '1.0.0', private: true, scripts: { build: 'tsc', test: 'jest' }, devDependencies: { '@types/jest': '30.0.0', jest: '30.5.2', 'ts-jest': '29.4.15', typescript: '5.9.3' } },
      'jest.config.js': "/** @type {import('ts-jest').JestConfigWithTsJest} */\nmodule.exports = {\n  preset: 'ts-jest',\n  testEnvironment: 'node',\n};\n",
      'tsconfig.json': { compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: true, types: ['jest', 'node'], outDir: 'dist' }, include: ['src'] },
      'src/greet.ts': 'export function greet(name: string): string {\n  return `Hello, ${name}!`;\n}\n',
      'src/greet.test.ts': "import { greet } from './greet';\n\ndescribe('greet', () => {\n  it('greets by name', () => {\n    expect(greet('Ada')).toBe('Hello, Ada!');\n  });\n});\n",
    },
    parse: jest,
    existing: 'src/greet.test.ts',
    written: ['docs/specs/0001-dark-mode.md', 'src/dark-mode.test.ts', 'docs/features/dark-mode.md'],
  },
  {
    title: '4. ESM node --test',
    files: {
      'package.json': { name: 'slugs', version: '1.0.0', private: true, type: 'module', exports: './src/slug.js', scripts: { test: 'node --test' } },
      'src/slug.js': "export function slug(text) {\n  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');\n}\n",
      'test/slug.test.js': "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { slug } from '../src/slug.js';\n\ntest('slugifies a title', () => {\n  assert.equal(slug('Hello, World!'), 'hello-world');\n});\n",
    },
    parse: nodeTest,
    existing: 'slugifies a title',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '5. CommonJS node --test (the script names test/)',
    files: {
      'package.json': { name: 'money', version: '1.0.0', private: true, main: 'lib/money.js', scripts: { test: 'node --test test/' } },
      'lib/money.js': "function format(cents) {\n  return `$${(cents / 100).toFixed(2)}`;\n}\n\nmodule.exports = { format };\n",
      'test/money.test.js': "const assert = require('node:assert/strict');\nconst { test } = require('node:test');\nconst { format } = require('../lib/money');\n\ntest('formats cents', () => {\n  assert.equal(format(1999), '$19.99');\n});\n",
    },
    parse: nodeTest,
    existing: 'formats cents',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '6. mocha, tests in test/ (.mocharc.json spec)',
    files: {
      'package.json': { name: 'queue', version: '1.0.0', private: true, main: 'src/queue.js', scripts: { test: 'mocha' }, devDependencies: { mocha: '12.0.3' } },
      '.mocharc.json': { spec: 'test/**/*.spec.js' },
      'src/queue.js': 'class Queue {\n  constructor() {\n    this.items = [];\n  }\n  push(item) {\n    this.items.push(item);\n  }\n  shift() {\n    return this.items.shift();\n  }\n}\n\nmodule.exports = { Queue };\n',
      'test/queue.spec.js': "const assert = require('node:assert/strict');\nconst { Queue } = require('../src/queue');\n\ndescribe('Queue', () => {\n  it('is first in, first out', () => {\n    const queue = new Queue();\n    queue.push(1);\n    queue.push(2);\n    assert.equal(queue.shift(), 1);\n  });\n});\n",
    },
    parse: mocha,
    existing: 'is first in, first out',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.spec.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '8. specwright.config.json: rfcs/, handbook/, checks/, date ids; jest runs checks/',
    files: {
      'package.json': { name: 'shop', version: '1.0.0', private: true, scripts: { test: 'jest' }, devDependencies: { jest: '30.5.2' } },
      'jest.config.js': "module.exports = {\n  roots: ['<rootDir>/checks'],\n};\n",
      'specwright.config.json': { specsDir: 'rfcs', docsDir: 'handbook', testsDir: 'checks', idStyle: 'date' },
      'src/price.js': 'module.exports = { withTax: (cents) => Math.round(cents * 1.2) };\n',
      'checks/price.test.js': "const { withTax } = require('../src/price');\n\ntest('adds 20% tax', () => {\n  expect(withTax(100)).toBe(120);\n});\n",
    },
    env: { SPECWRIGHT_TODAY: '2026-11-27' },
    parse: jest,
    existing: 'checks/price.test.js',
    written: ['rfcs/20261127-dark-mode.md', 'checks/dark-mode.test.js', 'handbook/dark-mode.md'],
  },
  {
    title: '12. specs already kept in rfcs/: numbering continues there (mocha, default spec)',
    files: {
      'package.json': { name: 'parser', version: '1.0.0', private: true, scripts: { test: 'mocha' }, devDependencies: { mocha: '12.0.3' } },
      'specwright.config.json': { specsDir: 'rfcs' },
      'rfcs/0001-x.md': '# X\n',
      'src/parse.js': "module.exports = { parse: (text) => text.split(',').map((s) => s.trim()) };\n",
      'test/parse.test.js': "const assert = require('node:assert/strict');\nconst { parse } = require('../src/parse');\n\ndescribe('parse', () => {\n  it('splits on commas', () => {\n    assert.deepEqual(parse('a, b'), ['a', 'b']);\n  });\n});\n",
    },
    parse: mocha,
    existing: 'splits on commas',
    written: ['rfcs/0002-dark-mode.md', 'test/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '13. mocha with a setup file required in the test script: the stub goes where mocha looks, not beside the setup file',
    files: {
      'package.json': { name: 'clock', version: '1.0.0', private: true, scripts: { test: 'mocha --require ./scripts/setup.js' }, devDependencies: { mocha: '12.0.3' } },
      'scripts/setup.js': "process.env.TZ = 'UTC';\n",
      'src/clock.js': 'module.exports = { hour: (date) => date.getHours() };\n',
      'test/clock.test.js': "const assert = require('node:assert/strict');\nconst { hour } = require('../src/clock');\n\ndescribe('hour', () => {\n  it('reads the hour in UTC', () => {\n    assert.equal(hour(new Date('2026-01-01T05:00:00Z')), 5);\n  });\n});\n",
    },
    parse: mocha,
    existing: 'reads the hour in UTC',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '14. CommonJS node --test with --require before --test',
    files: {
      'package.json': { name: 'money', version: '1.0.0', private: true, scripts: { test: 'node --require ./setup.cjs --test test/' } },
      'setup.cjs': "process.env.CURRENCY = 'USD';\n",
      'lib/money.js': "module.exports = { format: (cents) => `${process.env.CURRENCY} ${(cents / 100).toFixed(2)}` };\n",
      'test/money.test.js': "const assert = require('node:assert/strict');\nconst { test } = require('node:test');\nconst { format } = require('../lib/money');\n\ntest('formats cents', () => {\n  assert.equal(format(1999), 'USD 19.99');\n});\n",
    },
    parse: nodeTest,
    existing: 'formats cents',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '15. node --test test/*.test.mjs in a CommonJS package: a .mjs stub',
    files: {
      'package.json': { name: 'slugs', version: '1.0.0', private: true, main: 'src/slug.js', scripts: { test: 'node --test test/*.test.mjs' } },
      'src/slug.js': "module.exports = { slug: (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') };\n",
      'test/slug.test.mjs': "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { createRequire } from 'node:module';\n\nconst { slug } = createRequire(import.meta.url)('../src/slug.js');\n\ntest('slugifies a title', () => {\n  assert.equal(slug('Hello, World!'), 'hello-world');\n});\n",
    },
    parse: nodeTest,
    existing: 'slugifies a title',
    written: ['docs/specs/0001-dark-mode.md', 'test/dark-mode.test.mjs', 'docs/features/dark-mode.md'],
  },
  {
    title: '16. jest with a tsconfig.json for the editor but no TypeScript transform: a .js stub, as the tests are',
    files: {
      'package.json': { name: 'cart', version: '1.0.0', private: true, scripts: { test: 'jest' }, devDependencies: { jest: '30.5.2', typescript: '5.9.3' } },
      'tsconfig.json': { compilerOptions: { allowJs: true, checkJs: true, noEmit: true, strict: true }, include: ['src', '__tests__'] },
      'src/cart.js': '/** @param {{ price: number }[]} items */\nfunction total(items) {\n  return items.reduce((sum, item) => sum + item.price, 0);\n}\n\nmodule.exports = { total };\n',
      '__tests__/cart.test.js': "const { total } = require('../src/cart');\n\ntest('adds up the lines', () => {\n  expect(total([{ price: 2 }, { price: 5 }])).toBe(7);\n});\n",
    },
    parse: jest,
    existing: '__tests__/cart.test.js',
    written: ['docs/specs/0001-dark-mode.md', '__tests__/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: '17. jest roots with testMatch: the stub in src/__tests__/',
    files: {
      'package.json': { name: 'shop', version: '1.0.0', private: true, scripts: { test: 'jest' }, devDependencies: { jest: '30.5.2' } },
      'jest.config.js': 'module.exports = {\n  roots: ["<rootDir>/src"],\n  testMatch: ["**/__tests__/**/*.js"],\n};\n',
      'src/price.js': 'module.exports = { withTax: (cents) => Math.round(cents * 1.2) };\n',
      'src/__tests__/price.test.js': "const { withTax } = require('../price');\n\ntest('adds 20% tax', () => {\n  expect(withTax(100)).toBe(120);\n});\n",
    },
    parse: jest,
    existing: 'src/__tests__/price.test.js',
    written: ['docs/specs/0001-dark-mode.md', 'src/__tests__/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
  {
    title: "18. a jest workspace package under a root that runs vitest: the package's own evidence wins",
    files: {
      'package.json': { name: 'mono', private: true, workspaces: ['packages/*'], scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12' } },
      'packages/a/package.json': { name: '@mono/a', version: '1.0.0', scripts: { test: 'npm run test:unit', 'test:unit': 'jest' }, devDependencies: { jest: '30.5.2' } },
      'packages/a/jest.config.js': "module.exports = { testEnvironment: 'node' };\n",
      'packages/a/src/add.js': 'module.exports = { add: (a, b) => a + b };\n',
      'packages/a/__tests__/add.test.js': "const { add } = require('../src/add');\n\ntest('adds', () => {\n  expect(add(1, 2)).toBe(3);\n});\n",
    },
    cwd: 'packages/a',
    parse: jest,
    existing: '__tests__/add.test.js',
    written: ['docs/specs/0001-dark-mode.md', 'packages/a/__tests__/dark-mode.test.js', 'docs/features/dark-mode.md'],
  },
];

describe('a new spec fits the repository, and its own npm test runs the stub', () => {
  test.each(CASES.map((c) => [c.title, c] as const))('%s', async (_, c) => {
    const root = repo(c.files);
    const result = await runBin([...NEW, '--json'], { cwd: path.join(root, c.cwd ?? '.'), env: c.env });
    expect({ code: result.code, stderr: result.stderr, files: result.code === 0 ? JSON.parse(result.stdout).files : result.stdout }).toEqual({ code: 0, stderr: '', files: c.written });
    // The three files name each other across whatever folders they landed in.
    const [spec, stub, docs] = c.written;
    expect(read(root, spec)).toMatch(/^# Feature Specification: Dark mode\n/);
    expect(read(root, stub)).toContain(`// Specification: ${spec} (`);
    expect(read(root, docs)).toContain(`](${path.posix.relative(path.posix.dirname(docs), spec)})`);
    await expectGreen(path.join(root, c.cwd ?? '.'), c.parse, c.existing);
  }, TIMEOUT);

  test('7. npm workspaces, run inside packages/a (TypeScript + vitest): stub in the package, spec and docs at the root, paths shown from where the user stands', async () => {
    const root = repo({
      'package.json': { name: 'mono', private: true, workspaces: ['packages/*'], devDependencies: { typescript: '5.9.3', vitest: '4.1.12' } },
      'packages/a/package.json': { name: '@mono/a', version: '1.0.0', type: 'module', scripts: { test: 'vitest run' } },
      'packages/a/tsconfig.json': { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true }, include: ['src', 'test'] },
      'packages/a/vitest.config.ts': "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    include: ['test/**/*.test.ts'],\n  },\n});\n",
      'packages/a/src/index.ts': 'export const add = (a: number, b: number): number => a + b;\n',
      'packages/a/test/index.test.ts': "import { expect, test } from 'vitest';\nimport { add } from '../src/index.js';\n\ntest('adds', () => {\n  expect(add(1, 2)).toBe(3);\n});\n",
      // Another package with another framework: its tests and config must not leak into a's.
      'packages/b/package.json': { name: '@mono/b', version: '1.0.0', scripts: { test: 'jest' } },
      'packages/b/__tests__/b.test.js': "test('b', () => {});\n",
    });
    const cwd = path.join(root, 'packages/a');
    const result = await runBin(NEW, { cwd });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('created'))).toEqual([
      '  created   ../../docs/specs/0001-dark-mode.md',
      '  created   test/dark-mode.test.ts',
      '  created   ../../docs/features/dark-mode.md',
    ]);
    expect(result.stdout).toContain('then turn the todo tests in test/dark-mode.test.ts into tests');
    const stub = read(root, 'packages/a/test/dark-mode.test.ts');
    // In the style of the existing tests: single quotes.
    expect(stub).toContain("import { describe, test } from 'vitest';");
    expect(stub).toContain('// Specification: docs/specs/0001-dark-mode.md');
    expect(read(root, 'docs/specs/0001-dark-mode.md')).toContain('# Feature Specification: Dark mode');
    expect(read(root, 'docs/features/dark-mode.md')).toContain('](../specs/0001-dark-mode.md)');
    await expectGreen(cwd, vitest, 'test/index.test.ts');
  }, TIMEOUT);
});

/* Team templates. A jest repository, as in case 2, for each. */

const JEST_REPO: Files = {
  'package.json': { name: 'cart', version: '1.0.0', private: true, scripts: { test: 'jest' }, devDependencies: { jest: '30.5.2' } },
  'src/cart.js': 'module.exports = { total: (items) => items.reduce((sum, item) => sum + item.price, 0) };\n',
  '__tests__/cart.test.js': "const { total } = require('../src/cart');\n\ntest('adds up the lines', () => {\n  expect(total([{ price: 2 }, { price: 5 }])).toBe(7);\n});\n",
};

/** Every file below `root` but git's and node_modules, with its text. */
function filesOf(root: string, dir = root): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, filesOf(root, full));
    else out[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

describe('team templates', () => {
  test('9. a custom spec template with a partial: the spec is the team\'s, escaped for Markdown; stub and docs are the built-in ones', async () => {
    const hostile = 'Dark *mode* <b>';
    const owner = "Ada O'Hara & Co";
    const custom = repo({
      ...JEST_REPO,
      '.specwright/templates/spec.md.hbs': '# {{name}}\n\nOwner: {{md owner}}, drafted {{formatDate today "D MMMM YYYY"}}.\n\n{{> decision-log}}\n',
      '.specwright/templates/partials/decision-log.hbs': '## Decision log\n\n| Date | Decision |\n| --- | --- |\n| {{today}} | Started {{name}} ({{id}}) |\n',
    });
    const twin = repo(JEST_REPO);
    const args = ['new', hostile, `--owner=${owner}`, '--requirement', 'Follows the OS theme', '--story', 'As a user, I want ...', '--phase', 'Build: tokens; toggle', '--yes', '--json'];
    const [ran, twinRan] = await Promise.all([runBin(args, { cwd: custom }), runBin(args, { cwd: twin })]);
    expect([ran.code, ran.stderr, twinRan.code]).toEqual([0, '', 0]);
    const files = ['docs/specs/0001-dark-mode-b.md', '__tests__/dark-mode-b.test.js', 'docs/features/dark-mode-b.md'];
    expect(JSON.parse(ran.stdout).files).toEqual(files);
    expect(read(custom, files[0]!)).toBe(
      "# Dark \\*mode\\* \\<b>\n\nOwner: Ada O'Hara & Co, drafted 26 November 2026.\n\n## Decision log\n\n| Date | Decision |\n| --- | --- |\n| 2026-11-26 | Started Dark \\*mode\\* \\<b> (0001-dark-mode-b) |\n",
    );
    expect([read(custom, files[1]!), read(custom, files[2]!)]).toEqual([read(twin, files[1]!), read(twin, files[2]!)]);
  }, TIMEOUT);

  test('10. a template that does not parse: exit 2 naming the file and the line, nothing written', async () => {
    const root = repo({
      ...JEST_REPO,
      '.specwright/templates/docs.md.hbs': '# {{name}}\n\nSee the spec.\n{{#if purpose}\n{{md purpose}}\n{{/if}}\n',
    });
    const before = treeSnapshot(root);
    const result = await runBin(NEW, { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specwright: \.specwright\/templates\/docs\.md\.hbs, line 4: cannot be parsed near /);
    expect(treeSnapshot(root)).toEqual(before);
  }, TIMEOUT);

  test('11. an ejected set renders byte-identical files to the built-in templates, and its stub runs green', async () => {
    const ejected = repo(JEST_REPO);
    const twin = repo(JEST_REPO);
    const eject = await runBin(['eject'], { cwd: ejected });
    expect({ code: eject.code, stderr: eject.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readdirSync(path.join(ejected, '.specwright/templates')).sort()).toEqual(['docs.md.hbs', 'spec.md.hbs', 'test-jest.hbs']);
    // Text that each context escapes differently: Markdown, code, and HTML (which neither must use).
    const args = ['new', 'Tom\'s "dark" mode & <b>=1`', "--owner=O'Hara & Co", '--requirement', 'Follows the OS theme (a & b)', '--story', "As a user, I want 'it'", '--phase', 'Build: tokens; toggle', '--yes', '--json'];
    const [ran, twinRan] = await Promise.all([runBin(args, { cwd: ejected }), runBin(args, { cwd: twin })]);
    expect([ran.code, ran.stderr, twinRan.code, twinRan.stderr]).toEqual([0, '', 0, '']);
    const { '.specwright/templates/docs.md.hbs': _d, '.specwright/templates/spec.md.hbs': _s, '.specwright/templates/test-jest.hbs': _t, ...generated } = filesOf(ejected);
    expect(generated).toEqual(filesOf(twin));
    await expectGreen(ejected, jest, '__tests__/cart.test.js');
  }, TIMEOUT);
});

