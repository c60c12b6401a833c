import { describe, expect, test } from '@jest/globals';
import { escapeInline, markdownCell, markdownText } from '../../../src/base/text/markdown-text.js';
import { wrapMarkdown } from '../../../src/base/text/markdown-wrap.js';
import { markdownlintFindings, nodesOfType, parseCommonMark, prettierFormat } from '../../helpers/markdown-checks.js';
import { typedOf } from '../../helpers/typed-text.js';

/** Each input, placed where user text goes, must render as exactly itself, with no syntax at all. */
const INPUTS = [
  'Users & Groups',
  '&amp; &#x27; &copy;',
  '*bold* _it_ **x** __y__',
  'a*b*c and x__y__z and *',
  'x * y * z and a _ b _ c',
  'unpaired: one ` and two `` and three ```',
  '<b>html</b> <!-- c --> <https://x.dev> <?php ?> </p>',
  '[link](http://x) ![img](y.png) [ref][1] [^1]',
  '[x]: /url "a definition"',
  '[ ] not a task box',
  '# not a heading',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not a list',
  '2) not a list',
  '> not a quote',
  '=== not an underline',
  '***',
  '_ _ _',
  '~~~ not a fence',
  '``` not a fence either',
  '| a | b |',
  'back\\slash \\* and trailing \\',
  '~~strike~~ ~x~',
  'C# and F#',
  'ends with a hash #',
  '#',
  '{{handlebars}} ${template}',
  'see https://example.com/a_b, www.example.org and ada@example.com',
];

/** Text a developer types that CommonMark reads as text already: written as typed, byte for byte. */
const PLAIN = [
  'PR #57 by @ada',
  'snake_case_name and x_y_z',
  'a < b, c > d, x <= y',
  'fix #12, #hashtag, C#',
  '5 * 3 = 15 and a ~ b',
  'rock & roll; AT&T',
  'just a [ bracket',
  'and a ] closing one',
  '--flag and -x',
  'v2.0 (beta): done!',
];

/** Inline code typed in backticks renders as inline code. */
const CODE: [string, string[]][] = [
  ['Support `--json` for scripts', ['--json']],
  ['`*not emphasis*` and `<b>` and `a|b` and `[x](y)`', ['*not emphasis*', '<b>', 'a|b', '[x](y)']],
  ['``a`b`` then `c`', ['a`b', 'c']],
  ['`#` at the start', ['#']],
];

function expectRenderedAsTyped(input: string, escaped: string): void {
  const doc = parseCommonMark(`# Title: ${escaped}\n\n${escaped}\n\n- ${escaped}\n`);
  const [heading, ...moreHeadings] = nodesOfType(doc, 'heading');
  expect(moreHeadings).toEqual([]);
  expect(typedOf(heading!)).toBe(`Title: ${input}`);
  expect(nodesOfType(doc, 'paragraph').map(typedOf)).toEqual([input, input]);
  expect(nodesOfType(doc, 'list')).toHaveLength(1);
  for (const type of ['html_inline', 'html_block', 'link', 'image', 'emph', 'strong', 'block_quote', 'code_block', 'thematic_break']) {
    expect(nodesOfType(doc, type)).toEqual([]);
  }
}

/** The text where the templates put it (a paragraph, a list item, a milestone's bold name) passes markdownlint's defaults and prettier. */
async function expectToolsContent(input: string): Promise<void> {
  const doc = `# Title\n\n${wrapMarkdown('', input, 0)}\n\n${wrapMarkdown('- ', input, 2)}\n\n1. **${markdownText(input)}** - 2026-12-15\n`;
  expect(markdownlintFindings(doc)).toEqual([]);
  await expect(prettierFormat(doc)).resolves.toBe(doc);
}

describe('markdownText', () => {
  test.each(INPUTS)('%j renders as typed in a heading, a paragraph and a list item', async (input) => {
    expectRenderedAsTyped(input, markdownText(input));
    await expectToolsContent(input);
    expect(nodesOfType(parseCommonMark(markdownText(input)), 'code')).toEqual([]);
  });

  test.each(PLAIN)('%j is written as typed: CommonMark needs no escape there', async (input) => {
    expect(markdownText(input)).toBe(input);
    expectRenderedAsTyped(input, input);
    await expectToolsContent(input);
  });

  test.each(CODE)('%j: backticks in pairs make inline code, written as typed', (input, code) => {
    expect(markdownText(input)).toBe(input);
    expectRenderedAsTyped(input, markdownText(input));
    expect(nodesOfType(parseCommonMark(markdownText(input)), 'code').map((node) => node.literal)).toEqual(code);
  });

  test('inline code typed with unusual spacing is written as prettier writes it: the same code', async () => {
    for (const [typed, written] of [['` a `', '`a`'], ['`` a`b ``', '``a`b``'], ['```` `a ````', '`` `a ``'], ['x `  ` y', 'x `  ` y']] as const) {
      expect(markdownText(typed)).toBe(written);
      const code = (markdown: string) => nodesOfType(parseCommonMark(markdown), 'code').map((node) => node.literal);
      expect(code(written)).toEqual(code(typed));
      await expectToolsContent(typed);
    }
  });

  test('escapeInline leaves a line start to the caller, markdownText does not', () => {
    expect(escapeInline('- x')).toBe('- x');
    expect(markdownText('- x')).toBe('\\- x');
  });
});

describe('markdownCell', () => {
  test.each([...INPUTS, ...PLAIN, ...CODE.map(([input]) => input)])('%j keeps a table row at three cells', (input) => {
    const table = `# T\n\n| A | B | C |\n| --- | --- | --- |\n| x | ${markdownCell(input)} | y |\n`;
    expect(markdownlintFindings(table).filter((finding) => /MD056|MD055/.test(finding))).toEqual([]);
  });

  test('escapes a pipe inside inline code too, where GFM would split the cell', () => {
    expect(markdownCell('`a|b` and c|d')).toBe('`a\\|b` and c\\|d');
  });
});
