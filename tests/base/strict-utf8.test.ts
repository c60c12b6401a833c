import { describe, expect, test } from '@jest/globals';
import { decodeUtf8, firstInvalidUtf8Byte } from '../../src/base/strict-utf8.js';
import { UsageError } from '../../src/base/errors.js';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** What the platform's own strict decoder says, the reference the scanner must agree with. */
const decoderAccepts = (input: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input);
    return true;
  } catch {
    return false;
  }
};

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('decodeUtf8', () => {
  test('decodes UTF-8, multibyte characters and all, and drops a byte order mark', () => {
    expect(decodeUtf8(bytes('Café crème 😀'), 'a.json')).toBe('Café crème 😀');
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{"name": "x"}'), 'a.json')).toBe('{"name": "x"}');
  });

  test('refuses Latin-1 text, saying where the first bad byte is and not what the file holds', () => {
    const latin1 = bytes('{\n  "name": "Caf', [0xe9], ' cr', [0xe8], 'me",\n  "owner": "Ada"\n}\n');
    const message = messageOf(() => decodeUtf8(latin1, 'answers.json'));
    expect(message).toBe('answers.json is not valid UTF-8 (line 2, column 15, byte offset 16)');
  });

  test('columns count characters, not bytes, and a byte order mark takes no column', () => {
    expect(messageOf(() => decodeUtf8(bytes([0xef, 0xbb, 0xbf], '"é😀', [0xff]), 'a.json'))).toBe(
      'a.json is not valid UTF-8 (line 1, column 4, byte offset 10)',
    );
  });

  test('a sequence cut short at the end of the input is found too', () => {
    expect(messageOf(() => decodeUtf8(bytes('ok\n€', [0xe2, 0x82]), 'answers on stdin'))).toBe(
      'answers on stdin is not valid UTF-8 (line 2, column 2, byte offset 6)',
    );
  });
});

describe('firstInvalidUtf8Byte agrees with the strict TextDecoder', () => {
  test.each([
    ['ASCII', [0x61, 0x62], -1],
    ['two-byte é', [0xc3, 0xa9], -1],
    ['three-byte €', [0xe2, 0x82, 0xac], -1],
    ['four-byte 😀', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['U+10FFFF, the last code point', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['Latin-1 é followed by a space', [0x61, 0xe9, 0x20], 1],
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['overlong NUL (C0 80)', [0xc0, 0x80], 0],
    ['overlong three-byte form (E0 80 80)', [0xe0, 0x80, 0x80], 0],
    ['overlong four-byte form (F0 80 80 80)', [0xf0, 0x80, 0x80, 0x80], 0],
    ['a UTF-16 surrogate (ED A0 80)', [0x61, 0xed, 0xa0, 0x80], 1],
    ['past U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5, never a lead byte', [0xf5, 0x80, 0x80, 0x80], 0],
    ['FF', [0xff], 0],
    ['a cut sequence at the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence interrupted by ASCII', [0xe2, 0x41, 0xac], 0],
  ])('%s', (_, input, expected) => {
    const data = Uint8Array.from(input);
    expect(firstInvalidUtf8Byte(data)).toBe(expected);
    expect(decoderAccepts(data)).toBe(expected === -1);
  });

  test('on 20,000 random byte strings: valid exactly when the decoder accepts, and everything before the offset decodes', () => {
    // A fixed-seed generator, so a failure can be replayed.
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    // Bytes that matter: ASCII, continuation bytes, every kind of lead byte and the invalid ones.
    const alphabet = [0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
    let invalid = 0;
    for (let run = 0; run < 20000; run++) {
      const data = Uint8Array.from({ length: 1 + (next() % 6) }, () => alphabet[next() % alphabet.length]!);
      const offset = firstInvalidUtf8Byte(data);
      expect([Array.from(data), offset === -1]).toEqual([Array.from(data), decoderAccepts(data)]);
      if (offset >= 0) {
        invalid++;
        expect([Array.from(data), decoderAccepts(data.subarray(0, offset))]).toEqual([Array.from(data), true]);
      }
    }
    // Both verdicts were exercised.
    expect(invalid).toBeGreaterThan(1000);
    expect(invalid).toBeLessThan(20000);
  });
});
