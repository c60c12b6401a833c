import { describe, expect, test } from '@jest/globals';
import { markdownText } from '../../../src/base/text/markdown-text.js';
import { nodesOfType, parseCommonMark, textOf } from '../../helpers/markdown-checks.js';

/** Each input, placed where user text goes, must render as exactly itself. */
const INPUTS = [
  'Users & Groups',
  '&amp; &#x27; &copy;',
  '*bold* _it_ **x** __y__',
  '`code` ``x``',
  '<b>html</b> <!-- c --> <https://x.dev>',
  '[link](http://x) ![img](y.png) [ref][1]',
  '# not a heading',
  '- not a list',
  '+ not a list',
  '1. not a list',
  '2) not a list',
  '> not a quote',
  '=== not an underline',
  '| a | b |',
  'back\\slash \\* and trailing \\',
  '~~strike~~ ~x~',
  'C# and F#',
  '{{handlebars}} ${template}',
  'see https://example.com/a_b, www.example.org and ada@example.com',
];

describe('markdownText', () => {
  test.each(INPUTS)('%j renders as typed in a heading, a paragraph and a list item', (input) => {
    const escaped = markdownText(input);
    const doc = parseCommonMark(`# Title: ${escaped}\n\n${escaped}\n\n- ${escaped}\n`);
    const [heading, ...moreHeadings] = nodesOfType(doc, 'heading');
    expect(moreHeadings).toEqual([]);
    expect(textOf(heading!)).toBe(`Title: ${input}`);
    const paragraphs = nodesOfType(doc, 'paragraph');
    expect(paragraphs.map(textOf)).toEqual([input, input]);
    expect(nodesOfType(doc, 'list')).toHaveLength(1);
    for (const type of ['html_inline', 'html_block', 'link', 'image', 'emph', 'strong', 'code', 'block_quote', 'code_block']) {
      expect(nodesOfType(doc, type)).toEqual([]);
    }
  });

  test('leaves ordinary text readable: no escapes without a reason', () => {
    expect(markdownText('Users & Groups, v2.0 (beta): done!')).toBe('Users & Groups, v2.0 (beta): done!');
  });
});
