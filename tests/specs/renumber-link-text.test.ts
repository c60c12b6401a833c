import { describe, expect, test } from '@jest/globals';
import { renumberLinkTexts } from '../../src/specs/renumber-link-text.js';

const edit = (text: string): string => renumberLinkTexts(text, '0005', '0016', '0016-audit-log.md').text;

describe('renumberLinkTexts', () => {
  test.each([
    ['[0005](0016-audit-log.md)', '[0016](0016-audit-log.md)'],
    ['[`0005`](../specs/0016-audit-log.md#status)', '[`0016`](../specs/0016-audit-log.md#status)'],
    ['[0005]( <0016-audit-log.md> "Audit")', '[0016]( <0016-audit-log.md> "Audit")'],
    ['![0005](0016-audit-log.md)', '![0016](0016-audit-log.md)'],
  ])('a link to the moved spec reading its old number: %s', (before, after) => {
    expect(edit(before)).toBe(after);
  });

  test.each([
    ['a text in words', '[the audit log](0016-audit-log.md)'],
    ['the other spec that keeps the number', '[0005](0005-billing.md)'],
    ['a longer file name', '[0005](0016-audit-log.md.bak)'],
    ['an escaped bracket, which opens no link', '\\[0005](0016-audit-log.md)'],
    ['a number that only starts the text', '[0005 and more](0016-audit-log.md)'],
  ])('%s stays', (_, text) => {
    expect(edit(text)).toBe(text);
  });

  test('CRLF and the changed lines kept', () => {
    const result = renumberLinkTexts('a\r\nsee [0005](0016-audit-log.md)\r\n', '0005', '0016', '0016-audit-log.md');
    expect(result.text).toBe('a\r\nsee [0016](0016-audit-log.md)\r\n');
    expect(result.lines).toEqual([{ line: 2, before: 'see [0005](0016-audit-log.md)', after: 'see [0016](0016-audit-log.md)' }]);
  });
});
