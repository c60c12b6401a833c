import { describe, expect, test } from '@jest/globals';
import { wrapMarkdown } from '../../../src/base/text/markdown-wrap.js';
import { nodesOfType, parseCommonMark, textOf } from '../../helpers/markdown-checks.js';

describe('wrapMarkdown', () => {
  test('keeps short text on one line after the lead', () => {
    expect(wrapMarkdown('1. **FR-1**: ', 'Short text', 3)).toBe('1. **FR-1**: Short text');
  });

  test('wraps at 80 columns and indents continuation lines into the item', () => {
    const text = 'word '.repeat(40).trim();
    const lines = wrapMarkdown('- ', text, 2).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.slice(1).every((l) => l.startsWith('  word'))).toBe(true);
  });

  test('a word longer than a line stays whole', () => {
    const long = 'x'.repeat(100);
    expect(wrapMarkdown('- ', `a ${long} b`, 2)).toBe(`- a\n  ${long}\n  b`);
  });

  test('text that wraps onto a new line never starts a list, heading or underline there', () => {
    const filler = 'f'.repeat(74);
    for (const start of ['-', '+', '=', '1.', '2)', '#', '>', '*']) {
      const input = `${filler} ${start} tail`;
      const markdown = wrapMarkdown('- ', input, 2);
      expect(markdown.split('\n')).toHaveLength(2);
      const doc = parseCommonMark(`${markdown}\n`);
      expect(nodesOfType(doc, 'item')).toHaveLength(1);
      expect(nodesOfType(doc, 'heading')).toHaveLength(0);
      expect(textOf(doc)).toBe(input);
    }
  });
});
