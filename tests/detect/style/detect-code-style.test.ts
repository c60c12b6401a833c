import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectCodeStyle } from '../../../src/detect/style/detect-code-style.js';
import { findPackage } from '../../../src/detect/find-package.js';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { projectWith } from '../../helpers/project-files.js';
import { removeTempDirs } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

const SINGLE_NO_SEMI_TEST = "import test from 'node:test'\n\ntest('a', () => {\n    x('b')\n    y('c')\n})\n";

/** Each field's value and evidence, as `config` would show where it came from. */
function detected(files: Record<string, string | object>) {
  const root = projectWith(files);
  const project = new ProjectFiles();
  const { findings } = detectCodeStyle(project, findPackage(project, root, root), root, () => '', { testsDir: path.join(root, 'test'), extension: 'js' });
  return Object.fromEntries(Object.entries(findings).map(([field, found]) => [field, `${JSON.stringify(found.value)} from ${found.evidence}`]));
}

describe('detectCodeStyle: the strongest evidence first, field by field', () => {
  test('prettier\'s configuration, then .editorconfig for what it leaves out, then prettier\'s defaults; biome, xo and the tests ignored', () => {
    const style = detected({
      'package.json': { devDependencies: { prettier: '3', xo: '1' } },
      '.prettierrc': 'singleQuote: true\n',
      'biome.json': { javascript: { formatter: { quoteStyle: 'double' } } },
      '.editorconfig': '[*]\nindent_style = tab\n',
      'test/a.test.js': SINGLE_NO_SEMI_TEST,
    });
    expect(style).toMatchObject({
      quotes: '"single" from .prettierrc singleQuote',
      indent: '"tab" from .editorconfig [*] indent_style',
      semicolons: "true from prettier 3's default (.prettierrc does not set it)",
      width: "80 from prettier 3's default (.prettierrc does not set it)",
    });
  });

  test('biome: its configuration, .editorconfig only where biome reads it, then biome\'s defaults', () => {
    const files = { 'package.json': { devDependencies: { '@biomejs/biome': '2' } }, '.editorconfig': '[*]\nindent_style = space\nindent_size = 4\n' };
    expect(detected({ ...files, 'biome.json': { javascript: { formatter: { quoteStyle: 'single' } } } })).toMatchObject({
      quotes: '"single" from biome.json javascript.formatter.quoteStyle',
      indent: '"tab" from biome\'s default (biome.json does not set it)',
    });
    expect(detected({ ...files, 'biome.json': { formatter: { useEditorconfig: true } } })).toMatchObject({ indent: '4 from .editorconfig [*] indent_size' });
  });

  test('prettier with a shared config: the neighbours say, each noting the config not read, then prettier\'s defaults', () => {
    const style = detected({ 'package.json': { prettier: '@acme/prettier-config', devDependencies: { prettier: '3' } }, 'test/a.test.js': SINGLE_NO_SEMI_TEST });
    expect(style.quotes).toBe('"single" from the existing tests in test/ (4 of 4 strings single-quoted, 1 file); package.json "prettier" names the shared config "@acme/prettier-config", which is not read');
    expect(style.width).toBe('80 from prettier 3\'s default (package.json "prettier" names the shared config "@acme/prettier-config", which is not read)');
  });

  test('prettier installed without a configuration: its defaults, indentation from .editorconfig', () => {
    expect(detected({ 'package.json': { devDependencies: { prettier: '^2.8.0' } }, '.editorconfig': '[*]\nindent_size = 4\n', 'test/a.test.js': SINGLE_NO_SEMI_TEST })).toMatchObject({
      quotes: '"double" from prettier 2\'s default (prettier in the dependencies of package.json, with no configuration)',
      trailingCommas: '"es5" from prettier 2\'s default (prettier in the dependencies of package.json, with no configuration)',
      indent: '4 from .editorconfig [*] indent_size',
    });
  });

  test('no formatter: the linter\'s fixed style over .editorconfig, which still gives the width', () => {
    expect(detected({ 'package.json': { devDependencies: { xo: '1' } }, '.editorconfig': '[*]\nindent_style = space\nindent_size = 2\nmax_line_length = 100\n' })).toMatchObject({
      indent: '"tab" from xo\'s rule (xo in the dependencies of package.json)',
      width: '100 from .editorconfig [*] max_line_length',
    });
  });

  test('nothing but the existing tests: their style; nothing at all: nothing', () => {
    expect(detected({ 'package.json': {}, 'test/a.test.js': SINGLE_NO_SEMI_TEST })).toEqual({
      quotes: '"single" from the existing tests in test/ (4 of 4 strings single-quoted, 1 file)',
      semicolons: 'false from the existing tests in test/ (4 of 4 statements without a semicolon, 1 file)',
    });
    expect(detected({ 'package.json': {} })).toEqual({});
  });

  test('whatever formats, the linter\'s rules on strings still apply', () => {
    expect(detected({ 'package.json': { devDependencies: { prettier: '3', neostandard: '1' } }, '.prettierrc': '{}' }).lintRules).toBe('["no-template-curly-in-string"] from standard\'s rule (neostandard in the dependencies of package.json)');
  });
});
