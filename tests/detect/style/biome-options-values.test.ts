/**
 * Each of biome's formatter values read as the stub's style, and values
 * biome does not have (or of the wrong type) ignored rather than guessed.
 */
import { describe, expect, test } from '@jest/globals';
import { biomeOptions } from '../../../src/detect/style/biome-style.js';

const options = (formatter: Record<string, unknown>) => biomeOptions({ config: { formatter }, label: 'biome.jsonc' });

describe("biome's formatter values", () => {
  test('double quotes, semicolons always, tabs, arrow parentheses always, no trailing commas', () => {
    expect(options({ quoteStyle: 'double', semicolons: 'always', indentStyle: 'tab', arrowParentheses: 'always', trailingCommas: 'none' })).toEqual({
      quotes: { value: 'double', evidence: 'biome.jsonc formatter.quoteStyle' },
      semicolons: { value: true, evidence: 'biome.jsonc formatter.semicolons' },
      indent: { value: 'tab', evidence: 'biome.jsonc formatter.indentStyle' },
      arrowParens: { value: 'always', evidence: 'biome.jsonc formatter.arrowParentheses' },
      trailingCommas: { value: 'none', evidence: 'biome.jsonc formatter.trailingCommas' },
    });
  });

  test('spaces without a width: two', () => {
    expect(options({ indentStyle: 'space' }).indent).toEqual({ value: 2, evidence: 'biome.jsonc formatter.indentStyle' });
  });

  test('trailing commas everywhere', () => {
    expect(options({ trailingCommas: 'all' }).trailingCommas?.value).toBe('all');
  });

  test('values biome does not have are not read', () => {
    expect(options({ quoteStyle: 'backtick', semicolons: 'never', indentStyle: 'both', arrowParentheses: 'never', trailingCommas: 'some', indentWidth: 17, lineWidth: 0, bracketSpacing: 'yes' })).toEqual({});
  });

  test('a width that is not a whole number is not read', () => {
    expect(options({ indentWidth: 2.5, lineWidth: 99.5 })).toEqual({});
    expect(options({ indentWidth: 16, lineWidth: 1 })).toEqual({ tabWidth: { value: 16, evidence: 'biome.jsonc formatter.indentWidth' }, width: { value: 1, evidence: 'biome.jsonc formatter.lineWidth' } });
  });

  test('a javascript section that is not an object is passed over', () => {
    expect(biomeOptions({ config: { javascript: { formatter: null }, formatter: { quoteStyle: 'single' } }, label: 'biome.json' }).quotes).toEqual({ value: 'single', evidence: 'biome.json formatter.quoteStyle' });
  });
});
