import { describe, expect, test } from '@jest/globals';
import { terminalJson, terminalLines, terminalText } from '../../../src/base/text/terminal-text.js';

/** Every character a terminal acts on, or that reorders what it shows. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = 'a\u001b[31mred\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u009b2J\u0007\u202Eevil\u2066iso\u2069\u007f\u2028end';

describe('terminal text: shows every unsafe character visibly, keeps every other', () => {
  test('ESC, OSC ended by BEL, CSI as 0x9b, DEL and bidi controls become pictures or code points', () => {
    expect(terminalLines(HOSTILE)).toBe(
      'a\u241B[31mred\u241B]8;;https://evil.example\u2407link\u241B]8;;\u2407<U+009B>2J\u2407<U+202E>evil<U+2066>iso<U+2069>\u2421<U+2028>end',
    );
    expect(terminalLines(HOSTILE)).not.toMatch(RAW_CONTROL);
    expect(terminalText(HOSTILE)).not.toMatch(RAW_CONTROL);
  });

  test('UTF-8 text, CJK, emoji and combining marks pass unchanged; lines keep their breaks and tabs', () => {
    const legit = 'Café crème\t山田太郎 👩‍👩‍👧‍👦 e\u0301 — “quoted”\nnext line\n';
    expect(terminalLines(legit)).toBe(legit);
    expect(terminalText('one\ttwo\nthree\r')).toBe('one\u2409two\u240Athree\u240D');
    expect(terminalLines('crlf\r\n')).toBe('crlf\u240D\n');
  });

  test('JSON: no raw control or bidi character, and every reader gets the same data back', () => {
    const value = { title: HOSTILE, owner: 'Zoë 山田 🚀', tab: '\t' };
    const line = terminalJson(value);
    expect(line.endsWith('}\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(RAW_CONTROL);
    expect(line).toContain('\\u009b2J');
    expect(line).toContain('\\u202eevil');
    expect(JSON.parse(line)).toEqual(value);
  });

  test('plain JSON.stringify lets C1, DEL and bidi controls through: why terminalJson exists', () => {
    expect(JSON.stringify('\u009b\u007f\u202e')).toMatch(RAW_CONTROL);
  });
});
