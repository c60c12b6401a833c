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
