import { describe, expect, test } from '@jest/globals';
import { displayWidth } from '../../../src/base/text/display-width.js';
import { markdownTable } from '../../../src/render/markdown-table.js';
import { prettierFormat } from '../../helpers/markdown-checks.js';

const OWNERS = ['Ada Lovelace', 'Zoë Ångström', '山田 太郎', '김민준', 'Ｆｕｌｌｗｉｄｔｈ', 'Rocket 🚀 team', 'a|b', 'x_y *z*', 'Ελένη'];

describe('displayWidth', () => {
  test('counts ASCII as 1, CJK and emoji as 2, combining marks as 0', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('山田')).toBe(4);
    expect(displayWidth('🚀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  test('an emoji sequence is one glyph of 2 columns; U+FE0F widens only a pictograph; ambiguous characters are narrow', () => {
    // A family joined by zero-width joiners: one glyph, not three emoji and two joiners.
    expect(displayWidth('👨\u200D👩\u200D👧')).toBe(2);
    // ☺ is text by default (1 column) and emoji with U+FE0F (2); after a letter U+FE0F adds nothing.
    expect(displayWidth('\u263A')).toBe(1);
    expect(displayWidth('\u263A\uFE0F')).toBe(2);
    expect(displayWidth('a\uFE0F')).toBe(1);
    // East Asian Ambiguous (±, °): one column, as prettier counts them.
    expect(displayWidth('±°')).toBe(2);
    // A control character takes no column.
    expect(displayWidth('a\u0007b')).toBe(2);
  });
});

describe('markdownTable', () => {
  test.each(OWNERS)('a changelog row for %j is already in prettier\'s shape', async (owner) => {
    const table = `${markdownTable(['Date', 'Author', 'Changes'], [['2026-11-26', owner, 'Initial draft']])}\n`;
    await expect(prettierFormat(table)).resolves.toBe(table);
  });

  test('escapes a pipe so the row keeps three cells', () => {
    expect(markdownTable(['A', 'B'], [['x|y', 'z']]).split('\n')[5]).toBe('| x\\|y | z |');
  });
});
