import { describe, expect, test } from '@jest/globals';
import { cleanSingleLine } from '../../src/base/single-line-text.js';

const rule = { field: '--purpose', maxLength: 10 };

describe('cleanSingleLine', () => {
  test('trims and NFC-normalises', () => {
    expect(cleanSingleLine('  cafe\u0301  ', rule)).toBe('café');
    expect(cleanSingleLine('cafe\u0301', rule)).toBe(cleanSingleLine('café', rule));
  });

  test.each([
    ['newline', 'a\nb'],
    ['carriage return', 'a\rb'],
    ['NUL', 'a\0b'],
    ['escape', 'a\x1b[31mb'],
    ['DEL', 'a\x7fb'],
    ['tab', 'a\tb'],
    ['C1 control', 'a\u0085b'],
    ['line separator', 'a\u2028b'],
    ['paragraph separator', 'a\u2029b'],
    ['right-to-left override', 'a\u202eb'],
    ['isolate', 'a\u2066b'],
    ['zero-width space', 'a\u200bb'],
    ['zero-width joiner', 'a\u200db'],
    ['BOM', '\ufeffab'],
  ])('refuses a %s, naming the field and the code point', (_, text) => {
    expect(() => cleanSingleLine(text, rule)).toThrow(/^--purpose contains a control or invisible character \(U\+[0-9A-F]{4}\)/);
  });

  test('refuses U+FFFD, where bytes that were not UTF-8 stood, naming the field', () => {
    expect(() => cleanSingleLine('Caf\uFFFD cr\uFFFDme', rule)).toThrow(
      '--purpose is not valid UTF-8: a replacement character (U+FFFD) stands where bytes could not be decoded; type it again in UTF-8',
    );
  });

  test('accepts the same text typed in UTF-8', () => {
    expect(cleanSingleLine('Café', rule)).toBe('Café');
  });

  test('counts characters, not UTF-16 units, against the limit', () => {
    expect(cleanSingleLine('😀'.repeat(10), rule)).toBe('😀'.repeat(10));
    expect(() => cleanSingleLine('😀'.repeat(11), rule)).toThrow('--purpose is 11 characters long; at most 10 are allowed');
  });

  test('required fields refuse blank text; optional ones return an empty string', () => {
    expect(() => cleanSingleLine('   ', { ...rule, required: true })).toThrow('--purpose is required');
    expect(cleanSingleLine('   ', rule)).toBe('');
  });

  test.each([[42], [null], [['a']], [{}]])('refuses the non-string %j', (value) => {
    expect(() => cleanSingleLine(value, rule)).toThrow(/^--purpose must be a string/);
  });
});
