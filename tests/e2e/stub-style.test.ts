/**
 * The built bin in repositories with a formatter or a linter of their own:
 * `specwright new` writes a stub that the repository's runner runs green
 * (its todos reported) and that its format or lint check passes; `config`
 * shows the style with its evidence, and the stubStyle key overrides it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { runTool } from '../helpers/run-tool.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo, TOOLCHAIN_MODULES } from '../helpers/toolchains.js';

afterAll(removeTempDirs);

const TIMEOUT = 90_000;

/** Long texts (broken at the width), both quotes, a backslash, `${}` and East Asian text. */
const NEW = [
  'new', 'Export "quoted" reports',
  '--owner=Ada',
  '--requirement', 'The export writes every visible column of the current table view into one CSV file named after it',
  '--requirement', "A cell that holds the user's own 'single quotes' keeps them in the file",
  '--requirement', 'A template such as ${user} stays text; C:\\exports too',
  '--story', '日本語の列名はそのままエクスポートされ、文字化けせずに表計算ソフトで開けること。',
  '--phase', 'Build: stream rows; check',
  '--yes',
];
const TODOS = 3 + 1 + 2;

const repository = (files: Record<string, unknown>): string =>
  fixtureRepo(Object.fromEntries(Object.entries(files).map(([file, contents]) => [file, typeof contents === 'string' ? contents : JSON.stringify(contents)])), { ownModulesFolder: true });

const bin = (name: string): string => path.join(TOOLCHAIN_MODULES, name);

async function written(root: string): Promise<string> {
  const result = await runBin(NEW, { cwd: root });
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  // The summary lists the spec, the stub and the docs stub, in that order; the stub may have no `.test` (named as the tests beside it).
  const stub = /^\s+created\s+(\S+)$/.exec(result.stdout.split('\n').filter((line) => /^\s+created\s/.test(line))[1] ?? '')?.[1];
  if (!stub) throw new Error(`no test stub among what new wrote:\n${result.stdout}`);
  return stub;
}

describe('new writes a stub the repository\'s own tools accept', () => {
  test(
    'node --test with prettier (single quotes, no semicolons, tabs, width 60): green with its todos, prettier --check clean',
    async () => {
      const root = repository({
        'package.json': { name: 'fixture', type: 'module', scripts: { test: 'node --test' }, devDependencies: { prettier: '3.10.1' } },
        '.prettierrc': 'singleQuote: true\nsemi: false\nuseTabs: true\nprintWidth: 60\n',
      });
      const stub = await written(root);
      expect(readFileSync(path.join(root, stub), 'utf8')).toContain("import { describe, test } from 'node:test'\n");
      const ran = await runTool(process.execPath, ['--test', '--test-reporter=tap'], root);
      expect({ code: ran.code, todo: /^# todo (\d+)$/m.exec(ran.output)?.[1] }).toEqual({ code: 0, todo: String(TODOS) });
      expect(await runTool(process.execPath, [bin('prettier/bin/prettier.cjs'), '--check', stub], root)).toMatchObject({ code: 0 });
    },
    TIMEOUT,
  );

  test(
    'mocha in CommonJS with neostandard: green with its pending tests, eslint clean',
    async () => {
      const root = repository({
        'package.json': { name: 'fixture', scripts: { test: 'mocha' }, devDependencies: { mocha: '12.0.3', neostandard: '0.13.0', eslint: '9.39.1' } },
        'eslint.config.mjs': "import neostandard from 'neostandard'\n\nexport default neostandard()\n",
        'test/existing.js': "const assert = require('node:assert')\n\nit('adds', () => {\n  assert.strictEqual(1 + 1, 2)\n})\n",
      });
      const stub = await written(root);
      expect(readFileSync(path.join(root, stub), 'utf8')).toContain("const { describe, it } = require('mocha')\n");
      const ran = await runTool(bin('.bin/mocha'), [], root);
      expect({ code: ran.code, pending: /(\d+) pending/.exec(ran.output)?.[1] }).toEqual({ code: 0, pending: String(TODOS) });
      expect(await runTool(process.execPath, [bin('eslint/bin/eslint.js'), '--max-warnings', '0', stub], root)).toEqual({ code: 0, output: '' });
    },
    TIMEOUT,
  );

  test(
    'vitest with biome (quoteStyle single): green with its todos, biome format clean',
    async () => {
      const root = repository({
        'package.json': { name: 'fixture', type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12', '@biomejs/biome': '2.6.9' } },
        'biome.json': { javascript: { formatter: { quoteStyle: 'single' } } },
      });
      const stub = await written(root);
      const ran = await runTool(process.execPath, [bin('vitest/vitest.mjs'), 'run', '--no-cache'], root);
      expect({ code: ran.code, todo: /Tests\s+(\d+) todo/.exec(ran.output)?.[1] }).toEqual({ code: 0, todo: String(TODOS) });
      expect(await runTool(bin('.bin/biome'), ['format', stub], root)).toMatchObject({ code: 0 });
    },
    TIMEOUT,
  );

  test(
    'jest with xo (JavaScript, ESM): green with its todos, xo clean',
    async () => {
      const root = repository({
        'package.json': { name: 'fixture', type: 'module', scripts: { test: 'xo && jest' }, devDependencies: { jest: '30.5.2', '@jest/globals': '30.5.2', xo: '1.2.3' } },
      });
      const stub = await written(root);
      expect(readFileSync(path.join(root, stub), 'utf8')).toContain("import {describe, test} from '@jest/globals';\n");
      const ran = await runTool(process.execPath, [bin('jest/bin/jest.js'), '--ci'], root, { NODE_OPTIONS: '--experimental-vm-modules' });
      expect({ code: ran.code, todo: /^Tests:\s+(\d+) todo/m.exec(ran.output)?.[1] }).toEqual({ code: 0, todo: String(TODOS) });
      expect(await runTool(process.execPath, [bin('xo/dist/cli.js'), stub], root)).toMatchObject({ code: 0 });
    },
    TIMEOUT,
  );
});

describe('specwright config shows the style and where it came from', () => {
  test('each field with its file and key; the stubStyle key wins field by field', async () => {
    const root = repository({
      'package.json': { name: 'fixture', type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12' }, prettier: { singleQuote: true, printWidth: 100 } },
      '.editorconfig': '[*]\nindent_style = tab\n',
      'specwright.config.json': { stubStyle: { width: 120 } },
    });
    const result = await runBin(['config', '--json'], { cwd: root });
    const { settings } = JSON.parse(result.stdout) as { settings: Record<string, unknown> };
    expect(settings).toMatchObject({
      quotes: { value: 'single', source: 'detected', evidence: 'package.json "prettier" singleQuote' },
      indent: { value: 'tab', source: 'detected', evidence: '.editorconfig [*] indent_style' },
      semicolons: { value: 'yes', source: 'detected', evidence: "prettier 3's default (package.json \"prettier\" does not set it)" },
      width: { value: '120', source: 'config', file: 'specwright.config.json stubStyle.width' },
    });
    const text = await runBin(['config'], { cwd: root });
    expect(text.stdout).toMatch(/^ {2}quotes +single +detected: package\.json "prettier" singleQuote$/m);
  });
});
