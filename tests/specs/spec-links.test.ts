/**
 * The links of one line (linksOf), as CommonMark reads them: inline links
 * and images with a destination in `<…>` or bare (balanced parentheses, up to
 * a blank), an optional title in quotes or parentheses, reference
 * definitions (not footnotes); URLs and empty targets are not paths.
 */
import { describe, expect, test } from '@jest/globals';
import { linksOf, type SpecLink } from '../../src/specs/spec-links.js';

/** The links of a line with no code or escapes hidden (`data` is the text itself). */
const links = (line: string): string[] => {
  const out: SpecLink[] = [];
  linksOf(7, line, line, out);
  return out.map((link) => `${link.image ? '!' : ''}[${link.text}](${link.target})@${link.line}`);
};

describe('inline links', () => {
  test.each([
    ['see [a](x.md).', ['[a](x.md)@7']],
    ['[a](  x.md  )', ['[a](x.md)@7']],
    ['[a](\tx.md\t)', ['[a](x.md)@7']],
    ['[a](<x y.md>)', ['[a](x y.md)@7']],
    ['[a]( <x y.md> "t")', ['[a](x y.md)@7']],
    ['[a](x(1).md)', ['[a](x(1).md)@7']],
    ['[a](x.md "title")', ['[a](x.md)@7']],
    ["[a](x.md 'title')", ['[a](x.md)@7']],
    ['[a](x.md (title))', ['[a](x.md)@7']],
    ['[a](x.md\t"t" )', ['[a](x.md)@7']],
    ['[a](x\\_y.md)', ['[a](x_y.md)@7']],
    ['![alt](i.png)', ['![alt](i.png)@7']],
    ['[![alt](i.png)](x.md)', ['![alt](i.png)@7', '[![alt](i.png)](x.md)@7']],
    ['[a [b](x.md)](y.md)', ['[b](x.md)@7']],
    ['[a](x.md) and [b](y.md)', ['[a](x.md)@7', '[b](y.md)@7']],
  ])('%j', (line, expected) => {
    expect(links(line)).toEqual(expected);
  });

  test.each([
    '[a](<x.md',
    '[a](x.md "title)',
    '[a](x.md (title)',
    '[a](x.md y)',
    '[a](x.md',
    '[a]()',
    '[a](https://example.com/x.md)',
    '[a](mailto:ada@example.com)',
    '[a](//host/x.md)',
    '- [x] done',
  ])('%j holds no link to a path', (line) => {
    expect(links(line)).toEqual([]);
  });

  test('a one-letter scheme is a path (a Windows drive is not a URL)', () => {
    expect(links('[a](C:x.md)')).toEqual(['[a](C:x.md)@7']);
  });
});

describe('reference definitions', () => {
  test.each([
    ['[label]: target.md', ['[label](target.md)@7']],
    ['   [label]: target.md "title"', ['[label](target.md)@7']],
    ['[label]:target.md', ['[label](target.md)@7']],
    ['[label]: <a b.md>', ['[label](a b.md)@7']],
    ['[label]: <a.md', ['[label](<a.md)@7']],
    ['[label]: a\\_b.md', ['[label](a_b.md)@7']],
    ['[label]: \ta.md\tx', ['[label](a.md)@7']],
  ])('%j', (line, expected) => {
    expect(links(line)).toEqual(expected);
  });

  test.each(['[^1]: a footnote', '[]: x.md', '[label] x.md', '    [label]: x.md'])('%j defines no link', (line) => {
    expect(links(line)).toEqual([]);
  });
});
