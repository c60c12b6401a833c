import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { findPrettierConfig, prettierDefaults, prettierMajor, prettierOptions, prettierUsed } from '../../../src/detect/style/prettier-style.js';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { projectWith } from '../../helpers/project-files.js';
import { removeTempDirs } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

const find = (files: Record<string, string | object>, manifest?: Record<string, unknown>) => {
  const root = projectWith(files);
  return findPrettierConfig(new ProjectFiles(), [{ dir: root, manifest }], () => '');
};

describe('prettier\'s configuration, where it is data', () => {
  test('.prettierrc in JSON, .prettierrc in YAML, .prettierrc.json, the "prettier" key', () => {
    expect(find({ '.prettierrc': '{ "semi": false }' })).toEqual({ options: { semi: false }, label: '.prettierrc' });
    expect(find({ '.prettierrc': 'semi: false\nsingleQuote: true\n' })).toEqual({ options: { semi: false, singleQuote: true }, label: '.prettierrc' });
    expect(find({ '.prettierrc.json': { useTabs: true } })).toEqual({ options: { useTabs: true }, label: '.prettierrc.json' });
    expect(find({}, { prettier: { printWidth: 100 } })).toEqual({ options: { printWidth: 100 }, label: 'package.json "prettier"' });
  });

  test('a shared config package or a config that is code: named, not read, never run', () => {
    expect(find({}, { prettier: '@acme/prettier-config' })).toEqual({ options: undefined, label: 'package.json "prettier"', unread: 'package.json "prettier" names the shared config "@acme/prettier-config", which is not read' });
    expect(find({ '.prettierrc': '"@acme/prettier-config"\n' })?.unread).toBe('.prettierrc names the shared config "@acme/prettier-config", which is not read');
    expect(find({ 'prettier.config.js': 'throw new Error("ran")' })).toEqual({ options: undefined, label: 'prettier.config.js', unread: 'prettier.config.js is code, which specwright does not run' });
    expect(find({ '.prettierrc.json': '{ nope' })?.unread).toBe('.prettierrc.json could not be read as JSON or flat YAML');
  });

  test('the nearest first: a package\'s own configuration before the root\'s', () => {
    const root = projectWith({ '.prettierrc': 'semi: false\n', 'packages/a/.prettierrc.json': '{ "semi": true }' });
    const found = findPrettierConfig(new ProjectFiles(), [{ dir: path.join(root, 'packages/a'), manifest: {} }, { dir: root, manifest: {} }], (dir) => (dir === root ? '' : 'packages/a/'));
    expect(found).toEqual({ options: { semi: true }, label: 'packages/a/.prettierrc.json' });
  });

  test('each option it sets, with its key as evidence; tabWidth gives the spaces unless useTabs', () => {
    expect(prettierOptions({ singleQuote: true, semi: false, tabWidth: 4, printWidth: 100, trailingComma: 'none', bracketSpacing: false, arrowParens: 'avoid', endOfLine: 'lf' }, '.prettierrc')).toEqual({
      quotes: { value: 'single', evidence: '.prettierrc singleQuote' },
      semicolons: { value: false, evidence: '.prettierrc semi' },
      tabWidth: { value: 4, evidence: '.prettierrc tabWidth' },
      indent: { value: 4, evidence: '.prettierrc tabWidth' },
      width: { value: 100, evidence: '.prettierrc printWidth' },
      trailingCommas: { value: 'none', evidence: '.prettierrc trailingComma' },
      bracketSpacing: { value: false, evidence: '.prettierrc bracketSpacing' },
      arrowParens: { value: 'avoid', evidence: '.prettierrc arrowParens' },
    });
    expect(prettierOptions({ useTabs: true, tabWidth: 8 }, 'x').indent).toEqual({ value: 'tab', evidence: 'x useTabs' });
    expect(prettierOptions({ trailingComma: 'sometimes', printWidth: '80' }, 'x')).toEqual({});
  });

  test('its defaults by major version: trailing commas es5 in 2, all in 3', () => {
    expect(prettierDefaults(2, 'why').trailingCommas).toEqual({ value: 'es5', evidence: "prettier 2's default (why)" });
    expect(prettierDefaults(3, 'why')).toMatchObject({ quotes: { value: 'double' }, semicolons: { value: true }, indent: { value: 2 }, width: { value: 80 }, trailingCommas: { value: 'all' } });
  });

  test('the major version: the installed one, else the declared range, else 3', () => {
    const pkg = (root: string, manifest: Record<string, unknown>) => ({ dir: root, manifest, rootManifest: manifest, nested: false });
    const installed = projectWith({ 'node_modules/prettier/package.json': { version: '2.8.8' } });
    expect(prettierMajor(new ProjectFiles(), pkg(installed, { devDependencies: { prettier: '^3.0.0' } }), installed)).toBe(2);
    const declared = projectWith({});
    expect(prettierMajor(new ProjectFiles(), pkg(declared, { devDependencies: { prettier: '~2.3.0' } }), declared)).toBe(2);
    expect(prettierMajor(new ProjectFiles(), pkg(declared, {}), declared)).toBe(3);
  });

  test('prettier in use without a configuration: in the dependencies or run by a script', () => {
    expect(prettierUsed([[{ devDependencies: { prettier: '3' } }, 'package.json']])).toBe('prettier in the dependencies of package.json');
    expect(prettierUsed([[{ scripts: { format: 'prettier --write .' } }, 'package.json']])).toBe('the "format" script of package.json runs prettier');
    expect(prettierUsed([[{ scripts: { lint: 'eslint-config-prettier x' } }, 'package.json']])).toBeUndefined();
  });
});
