/**
 * Invariant 9, by the real formatters: in a repository whose prettier or
 * biome is configured a given way, specwright detects the style from that
 * configuration (resolveConfig, as a run does), renders every built-in stub
 * form in it, and the formatter's own check finds nothing to change. One
 * formatter run per configuration, over all the stubs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { CodeStyle } from '../../src/config/code-style.js';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { stubFiles } from '../helpers/stub-forms.js';
import { runTool as run } from '../helpers/run-tool.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo, TOOLCHAIN_MODULES } from '../helpers/toolchains.js';

afterAll(removeTempDirs);

const TIMEOUT = 60_000;

/** A repository with these files, its style detected as a run detects it, and every stub form written in that style. */
function repositoryWithStubs(files: Record<string, string>): { root: string; style: CodeStyle } {
  const root = fixtureRepo({ 'package.json': JSON.stringify({ name: 'fixture', private: true, type: 'module', devDependencies: { prettier: '3.10.1' } }), ...files });
  const style = resolveConfig(root, root).layout.testStub.codeStyle!;
  for (const [file, contents] of Object.entries(stubFiles(style))) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return { root, style };
}

const PRETTIER = path.join(TOOLCHAIN_MODULES, 'prettier', 'bin', 'prettier.cjs');

/** Each: the repository's prettier configuration, and the style specwright must read from it. */
const PRETTIER_CASES: readonly { readonly title: string; readonly files: Record<string, string>; readonly expected: Partial<CodeStyle> }[] = [
  { title: 'no configuration (prettier 3 defaults)', files: {}, expected: { quotes: 'double', semicolons: true, indent: 2, width: 80, trailingCommas: 'all' } },
  { title: '.prettierrc JSON: singleQuote, no semi', files: { '.prettierrc': '{ "singleQuote": true, "semi": false }\n' }, expected: { quotes: 'single', semicolons: false, width: 80 } },
  { title: '.prettierrc YAML: useTabs', files: { '.prettierrc': 'useTabs: true\n' }, expected: { indent: 'tab', quotes: 'double' } },
  { title: '.prettierrc.json: printWidth 100, trailingComma es5', files: { '.prettierrc.json': '{ "printWidth": 100, "trailingComma": "es5" }' }, expected: { width: 100, trailingCommas: 'es5' } },
  { title: '.prettierrc YAML: printWidth 120, trailingComma none, tabWidth 4', files: { '.prettierrc': '# ours\nprintWidth: 120\ntrailingComma: "none"\ntabWidth: 4\n' }, expected: { width: 120, trailingCommas: 'none', indent: 4 } },
  { title: 'package.json "prettier": singleQuote, useTabs, bracketSpacing false, width 60', files: { 'package.json': JSON.stringify({ name: 'fixture', type: 'module', prettier: { singleQuote: true, useTabs: true, tabWidth: 4, bracketSpacing: false, printWidth: 60 } }) }, expected: { quotes: 'single', indent: 'tab', tabWidth: 4, bracketSpacing: false, width: 60 } },
  {
    title: 'singleQuote, no semi, and neostandard: its eslint-disable comments inside broken calls',
    files: { 'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { prettier: '3.10.1', neostandard: '0.13.0' } }), '.prettierrc': 'singleQuote: true\nsemi: false\n' },
    expected: { quotes: 'single', semicolons: false, width: 80, lintRules: ['no-template-curly-in-string'] },
  },
  { title: '.editorconfig only: tabs, max_line_length 70', files: { '.editorconfig': 'root = true\n\n[*]\nindent_style = tab\nindent_size = 3\nmax_line_length = 70\n' }, expected: { indent: 'tab', tabWidth: 3, width: 70 } },
];

describe('prettier --check passes every stub form in the style detected from its configuration', () => {
  test.each(PRETTIER_CASES.map((c) => [c.title, c] as const))(
    '%s',
    async (_, { files, expected }) => {
      const { root, style } = repositoryWithStubs(files);
      expect(style).toMatchObject(expected);
      const checked = await run(process.execPath, [PRETTIER, '--check', 'tests'], root);
      expect(checked).toEqual({ code: 0, output: expect.stringContaining('All matched files use Prettier code style!') });
    },
    TIMEOUT,
  );
});

const BIOME = path.join(TOOLCHAIN_MODULES, '.bin', 'biome');

const BIOME_CASES: readonly { readonly title: string; readonly config: object; readonly expected: Partial<CodeStyle> }[] = [
  { title: 'defaults (tabs, double quotes, semicolons, width 80)', config: {}, expected: { indent: 'tab', quotes: 'double', semicolons: true, width: 80, trailingCommas: 'all' } },
  { title: 'javascript.formatter.quoteStyle single', config: { javascript: { formatter: { quoteStyle: 'single' } } }, expected: { quotes: 'single', indent: 'tab' } },
  { title: 'javascript.formatter.semicolons asNeeded, trailingCommas none', config: { javascript: { formatter: { semicolons: 'asNeeded', trailingCommas: 'none' } } }, expected: { semicolons: false, trailingCommas: 'none' } },
  { title: 'formatter.indentStyle space, indentWidth 4, lineWidth 100 (jsonc with comments)', config: { formatter: { indentStyle: 'space', indentWidth: 4, lineWidth: 100 } }, expected: { indent: 4, width: 100 } },
];

describe('biome format passes every stub form in the style detected from biome.json', () => {
  test.each(BIOME_CASES.map((c, i) => [c.title, c, i] as const))(
    '%s',
    async (_, { config }, i) => {
      // The last one as biome.jsonc, with the comments biome allows there.
      const file: Record<string, string> = i === BIOME_CASES.length - 1 ? { 'biome.jsonc': `// the team's settings\n${JSON.stringify(config, null, 2).replace('{', '{ /* formatter */')}\n` } : { 'biome.json': JSON.stringify(config) };
      const { root, style } = repositoryWithStubs({ 'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { '@biomejs/biome': '2.6.9' } }), ...file });
      expect(style).toMatchObject(BIOME_CASES[i]!.expected);
      const checked = await run(BIOME, ['format', 'tests'], root);
      expect(checked).toEqual({ code: 0, output: expect.stringMatching(/Checked \d+ files? in/) });
    },
    TIMEOUT,
  );
});

const OXFMT = path.join(TOOLCHAIN_MODULES, '.bin', 'oxfmt');

/** oxfmt (prettier-compatible, its own file and a width of 100 by default): unjs/defu and changesets format with it. */
const OXFMT_CASES: readonly { readonly title: string; readonly files: Record<string, string>; readonly expected: Partial<CodeStyle> }[] = [
  { title: 'an empty .oxfmtrc.json (oxfmt defaults: width 100)', files: { '.oxfmtrc.json': '{ "$schema": "./node_modules/oxfmt/configuration_schema.json" }\n' }, expected: { quotes: 'double', semicolons: true, width: 100, trailingCommas: 'all' } },
  { title: '.oxfmtrc.jsonc: singleQuote, no semi, printWidth 80, trailingComma es5 (with comments)', files: { '.oxfmtrc.jsonc': '{\n  // as prettier\n  "singleQuote": true, "semi": false, "printWidth": 80, "trailingComma": "es5"\n}\n' }, expected: { quotes: 'single', semicolons: false, width: 80, trailingCommas: 'es5' } },
  { title: 'oxfmt in a script, no configuration, tabs from .editorconfig', files: { 'package.json': JSON.stringify({ name: 'fixture', type: 'module', scripts: { format: 'oxfmt --check' }, devDependencies: { oxfmt: '0.80.0' } }), '.editorconfig': 'root = true\n\n[*]\nindent_style = tab\n' }, expected: { indent: 'tab', width: 100 } },
];

describe('oxfmt --check passes every stub form in the style detected from its configuration', () => {
  test.each(OXFMT_CASES.map((c) => [c.title, c] as const))(
    '%s',
    async (_, { files, expected }) => {
      const { root, style } = repositoryWithStubs({ 'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { oxfmt: '0.80.0' } }), ...files });
      expect(style).toMatchObject(expected);
      const checked = await run(OXFMT, ['--check', 'tests'], root);
      expect(checked).toMatchObject({ code: 0 });
    },
    TIMEOUT,
  );
});
