/** The one rule for what is text: NUL bytes make a file binary; bytes that are not UTF-8 make it readable but not editable. */
import { describe, expect, test } from '@jest/globals';
import { editableText, isBinary } from '../../../src/base/text/text-bytes.js';

describe('text-bytes', () => {
  test('UTF-8 text is editable as it is stored, a BOM kept', () => {
    expect(editableText(Buffer.from('\uFEFFcafé\r\n'))).toEqual({ text: '\uFEFFcafé\r\n' });
    expect(isBinary(Buffer.from('café'))).toBe(false);
  });

  test('a NUL byte: binary, even when the rest is UTF-8', () => {
    expect(isBinary(Buffer.from([0x61, 0, 0x62]))).toBe(true);
    expect(editableText(Buffer.from([0x61, 0, 0x62]))).toEqual({ why: 'binary', readable: 'a\0b' });
  });

  test('Latin-1: not UTF-8, read with U+FFFD for its bad byte', () => {
    expect(editableText(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({ why: 'not-utf8', readable: 'Caf\uFFFD' });
  });
});
