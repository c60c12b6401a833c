import { describe, expect, test } from '@jest/globals';
import { alignedTable } from '../../../src/base/text/aligned-table.js';

describe('alignedTable', () => {
  test('cells kept as given, columns padded to the widest (at least 3), wide characters counted as 2', () => {
    expect(alignedTable([['ID', 'Title'], ['[1](a.md)', '日本語'], ['2', 'a \\| b']])).toBe(
      ['| ID        | Title  |', '| --------- | ------ |', '| [1](a.md) | 日本語 |', '| 2         | a \\| b |'].join('\n'),
    );
  });

  test('a short row is padded with empty cells; no rows, no table', () => {
    expect(alignedTable([['A', 'B'], ['x']])).toBe('| A   | B   |\n| --- | --- |\n| x   |     |');
    expect(alignedTable([])).toBe('');
  });
});
