import { describe, expect, test } from '@jest/globals';
import { barePattern, chainEdits, idPattern, linesMatching, replaceInLines } from '../../src/specs/renumber-edit.js';

describe('idPattern: the full id as a whole word', () => {
  test.each([
    ['[0007-dark-mode](../specs/0007-dark-mode.md)', '[0008-dark-mode](../specs/0008-dark-mode.md)'],
    ['// Specification: docs/specs/0007-dark-mode.md (0007-dark-mode); docs: x.', '// Specification: docs/specs/0008-dark-mode.md (0008-dark-mode); docs: x.'],
    ['see 0007-dark-mode-v2 and 10007-dark-mode and x0007-dark-mode', 'see 0007-dark-mode-v2 and 10007-dark-mode and x0007-dark-mode'],
    ['"0007-dark-mode" FR-3', '"0008-dark-mode" FR-3'],
  ])('%s', (line, expected) => {
    expect(replaceInLines(line, idPattern('0007-dark-mode'), '0008-dark-mode').text).toBe(expected);
  });

  test('characters of a regular expression in an id are plain text', () => {
    expect(replaceInLines('0007-a.b 0007-aXb', idPattern('0007-a.b'), '0008-a.b').text).toBe('0008-a.b 0007-aXb');
  });
});

describe('barePattern: the number citing a requirement', () => {
  test.each([
    ['// 0007 FR-3', true],
    ['test("0007:FR-3 works")', true],
    ['// 0007 fr-2', true],
    ['spec 0007.', false],
    ['(0007)', false],
    ['expect(pad(7)).toBe("0007")', false],
    ['0007-other FR-1', false],
    ['10007 or 00071', false],
    ['2026-0007 and v1.0007', false],
    ['docs/0007 or a0007', false],
    ['0007.5', false],
  ])('%s → %s', (line, cited) => {
    expect(linesMatching(line, barePattern('0007')).length > 0).toBe(cited);
  });
});

describe('replaceInLines', () => {
  test('line endings (CRLF, CR, LF), a BOM and every other byte stay; the changed lines are listed', () => {
    const text = '\uFEFFa 0007-x\r\nb\rc 0007-x\n\r\nlast 0007-x';
    const edit = replaceInLines(text, idPattern('0007-x'), '0008-x');
    expect(edit.text).toBe('\uFEFFa 0008-x\r\nb\rc 0008-x\n\r\nlast 0008-x');
    expect(edit.lines).toEqual([
      { line: 1, before: '\uFEFFa 0007-x', after: '\uFEFFa 0008-x' },
      { line: 3, before: 'c 0007-x', after: 'c 0008-x' },
      { line: 5, before: 'last 0007-x', after: 'last 0008-x' },
    ]);
  });

  test('nothing matched: the text itself, no lines', () => {
    const text = 'nothing\r\n';
    expect(replaceInLines(text, idPattern('0007-x'), '0008-x')).toEqual({ text, lines: [] });
  });

  test('a replacement with $ signs is inserted as it is', () => {
    expect(replaceInLines('0007-x', idPattern('0007-x'), '$&$1').text).toBe('$&$1');
  });
});

test('chainEdits: the full id, then the bare number; each line once, with its original text', () => {
  const text = '// 0007-x\n// 0007 FR-1 of 0007-x\n// 0007 FR-2\n';
  const edit = chainEdits(text, replaceInLines(text, idPattern('0007-x'), '0008-x'), (t) => replaceInLines(t, barePattern('0007'), '0008'));
  expect(edit.text).toBe('// 0008-x\n// 0008 FR-1 of 0008-x\n// 0008 FR-2\n');
  expect(edit.lines).toEqual([
    { line: 1, before: '// 0007-x', after: '// 0008-x' },
    { line: 2, before: '// 0007 FR-1 of 0007-x', after: '// 0008 FR-1 of 0008-x' },
    { line: 3, before: '// 0007 FR-2', after: '// 0008 FR-2' },
  ]);
});
