import { describe, expect, test } from '@jest/globals';
import { linterStyle } from '../../../src/detect/style/linter-style.js';

const values = (manifest: Record<string, unknown>) => {
  const found = linterStyle([[manifest, 'package.json']]);
  return found && Object.fromEntries(Object.entries(found).map(([field, detected]) => [field, detected.value]));
};

describe('linters whose style is fixed', () => {
  test('xo: tabs, single quotes always, semicolons, no spaces in braces, and the rules a todo\'s text may break', () => {
    expect(values({ devDependencies: { xo: '1' } })).toEqual({
      quotes: 'single', avoidEscape: false, semicolons: true, indent: 'tab', trailingCommas: 'all', bracketSpacing: false, arrowParens: 'avoid',
      lintRules: ['no-template-curly-in-string', 'unicorn/prefer-string-raw'],
    });
    expect(linterStyle([[{ scripts: { test: 'xo && ava' } }, 'package.json']])?.quotes?.evidence).toBe('xo\'s rule (the "test" script of package.json runs xo)');
  });

  test('xo\'s "xo" key: space (true: 2, or a number) and semicolon false', () => {
    expect(values({ devDependencies: { xo: '1' }, xo: { space: true, semicolon: false } })).toMatchObject({ indent: 2, semicolons: false });
    expect(values({ devDependencies: { xo: '1' }, xo: { space: 4 } })).toMatchObject({ indent: 4, semicolons: true });
    expect(linterStyle([[{ devDependencies: { xo: '1' }, xo: { space: 4 } }, 'package.json']])?.indent?.evidence).toBe('package.json "xo" space');
  });

  test.each(['standard', 'neostandard', 'ts-standard'])('%s: single quotes, no semicolons, two spaces', (tool) => {
    expect(values({ devDependencies: { [tool]: '1' } })).toMatchObject({ quotes: 'single', avoidEscape: true, semicolons: false, indent: 2, lintRules: ['no-template-curly-in-string'] });
  });

  test('semistandard keeps semicolons; a script that only names a longer word is no evidence', () => {
    expect(values({ devDependencies: { semistandard: '1' } })).toMatchObject({ semicolons: true });
    expect(values({ scripts: { lint: 'xox && standardize' } })).toBeUndefined();
  });
});
