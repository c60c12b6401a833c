import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { DIFF_CELL_BUDGET, DIFF_LINE_BUDGET, unifiedDiff } from '../../src/plan/unified-diff.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => `${f(i)}\n`).join('');

const CASES: [string, string, string][] = [
  ['one changed line', 'a\nb\nc\n', 'a\nB\nc\n'],
  ['appended lines', 'a\nb\n', 'a\nb\nc\nd\n'],
  ['removed first line', 'a\nb\nc\n', 'b\nc\n'],
  ['from empty', '', 'x\ny\n'],
  ['to empty', 'x\ny\n', ''],
  ['two distant hunks', lines(30, (i) => `line ${i}`), lines(30, (i) => (i === 2 || i === 25 ? `changed ${i}` : `line ${i}`))],
  ['close changes merge into one hunk', lines(12, (i) => `l${i}`), lines(12, (i) => (i === 3 || i === 7 ? `x${i}` : `l${i}`))],
  ['insertions and deletions', lines(20, (i) => `l${i}`), lines(22, (i) => (i % 5 === 0 ? `new ${i}` : `l${i}`))],
  // Equal lines at the start and end are set aside before the LCS: hunks must still be placed right.
  ['a change after a long equal prefix', lines(5000, (i) => `l${i}`), lines(5000, (i) => (i === 4000 ? 'changed' : `l${i}`))],
  ['a change before a long equal suffix', lines(5000, (i) => `l${i}`), lines(5000, (i) => (i === 1 ? 'changed' : `l${i}`))],
  ['lines inserted after a long prefix, before a long suffix', lines(4000, (i) => `l${i}`), lines(4000, (i) => (i === 2000 ? `l${i}\nnew a\nnew b` : `l${i}`))],
  ['lines removed from the middle of a long text', lines(4000, (i) => `l${i}`), lines(4000, (i) => `l${i}`).replace('l2000\nl2001\nl2002\n', '')],
  ['changes at both ends of a long text (nothing to trim)', lines(1500, (i) => `l${i}`), lines(1500, (i) => (i === 0 || i === 1499 ? `x${i}` : `l${i}`))],
  ['only appended lines after a long prefix', lines(3000, (i) => `l${i}`), `${lines(3000, (i) => `l${i}`)}tail 1\ntail 2\n`],
  ['only the first lines removed before a long suffix', lines(3000, (i) => `l${i}`), lines(2990, (i) => `l${i + 10}`)],
  // A final newline added or removed is a change, and `patch` must reproduce the exact bytes.
  ['a final newline added', 'a\nb', 'a\nb\n'],
  ['a final newline removed', 'a\nb\n', 'a\nb'],
  ['a last line changed, neither ending in a newline', 'a\nb', 'a\nc'],
  // Repeated lines: the prefix and the suffix must not overlap.
  ['a repeated line added', 'a\na\n', 'a\na\na\n'],
  ['a repeated line removed', 'a\na\na\n', 'a\na\n'],
  ['a line between repeats removed', 'x\ny\nx\n', 'x\n'],
  ['a repeated block grown in the middle', 'a\nb\na\nb\n', 'a\nb\na\nb\na\nb\n'],
  ['a text replaced by a repeat of its end', 'p\nq\nr\n', 'r\nr\n'],
  // Just within the budget: every other line differs, from the first line to the last.
  [
    'a middle of 1999 × 1999 lines, just within the cell budget',
    lines(1999, (i) => `l${i}`),
    lines(1999, (i) => (i % 2 === 0 ? `m${i}` : `l${i}`)),
  ],
];

describe('unifiedDiff', () => {
  test('equal texts give no diff', () => {
    expect(unifiedDiff('x.md', 'a\n', 'a\n')).toEqual({ text: '', summarized: false });
  });

  test('shows a changed line with its context', () => {
    expect(unifiedDiff('docs/x.md', 'a\nb\nc\n', 'a\nB\nc\n')).toEqual({
      text: '--- a/docs/x.md\n+++ b/docs/x.md\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n',
      summarized: false,
    });
  });

  test('a change after 3,996 equal lines is numbered from the start of the file', () => {
    const before = lines(5000, (i) => `l${i + 1}`);
    const after = before.replace('\nl4000\n', '\nchanged\n');
    expect(unifiedDiff('x.md', before, after).text).toBe(
      '--- a/x.md\n+++ b/x.md\n@@ -3997,7 +3997,7 @@\n l3997\n l3998\n l3999\n-l4000\n+changed\n l4001\n l4002\n l4003\n',
    );
  });

  test('a one-line change in a 1,000,000-line text gives one small hunk (the equal lines are never tabled)', () => {
    const before = lines(1_000_000, (i) => `l${i + 1}`);
    const after = before.replace('\nl500000\n', '\nchanged\n');
    expect(unifiedDiff('x.md', before, after)).toEqual({
      text: '--- a/x.md\n+++ b/x.md\n@@ -499997,7 +499997,7 @@\n l499997\n l499998\n l499999\n-l500000\n+changed\n l500001\n l500002\n l500003\n',
      summarized: false,
    });
  });

  test('two changes far apart in a 1,000,000-line text: everything between them is the middle, so a summary', () => {
    const before = lines(1_000_000, (i) => `l${i + 1}`);
    const after = `${before.replace('\nl500000\n', '\nchanged\n')}end\n`;
    expect(unifiedDiff('x.md', before, after)).toEqual({
      text:
        '--- a/x.md\n+++ b/x.md\n' +
        'Too large to diff here: the files differ within lines 500000-1000000 of the existing file (1000000 lines) and lines 500000-1000001 of the new one (1000001 lines).\n',
      summarized: true,
    });
  });

  test('past the cell budget: the two headers and a summary of where the files differ, no hunks', () => {
    const before = `keep\n${lines(3000, (i) => `old ${i}`)}same end\n`;
    const after = `keep\n${lines(2500, (i) => `new ${i}`)}same end\n`;
    expect(3001 * 2501).toBeGreaterThan(DIFF_CELL_BUDGET);
    expect(unifiedDiff('docs/x.md', before, after)).toEqual({
      text:
        '--- a/docs/x.md\n+++ b/docs/x.md\n' +
        'Too large to diff here: the files differ within lines 2-3001 of the existing file (3002 lines) and lines 2-2501 of the new one (2502 lines).\n',
      summarized: true,
    });
  });

  test('past the line budget: lines only removed (no table needed) are summarized too, an empty side named as such', () => {
    const head = lines(10, (i) => `spec ${i}`);
    const before = `${head}${lines(DIFF_LINE_BUDGET + 1, () => 'x')}`;
    expect(unifiedDiff('x.md', before, head)).toEqual({
      text: `--- a/x.md\n+++ b/x.md\nToo large to diff here: the files differ within lines 11-20011 of the existing file (20011 lines) and no line (after line 10) of the new one (10 lines).\n`,
      summarized: true,
    });
  });

  test('within the line budget, lines only removed give hunks', () => {
    const head = lines(10, (i) => `spec ${i}`);
    const diff = unifiedDiff('x.md', `${head}${lines(DIFF_LINE_BUDGET, () => 'x')}`, head);
    expect(diff.summarized).toBe(false);
    expect(diff.text.split('\n').slice(0, 6)).toEqual(['--- a/x.md', '+++ b/x.md', '@@ -8,20003 +8,3 @@', ' spec 7', ' spec 8', ' spec 9']);
  });

  // GNU patch is the judge: applying the diff to the old text must give the new text.
  test.each(CASES)('%s: patch(1) turns the old text into the new one', (_, before, after) => {
    const diff = unifiedDiff('x.md', before, after);
    expect(diff.summarized).toBe(false);
    const dir = tempDir();
    const file = path.join(dir, 'x.md');
    writeFileSync(file, before);
    execFileSync('patch', ['--quiet', '--force', file], { input: diff.text });
    expect(readFileSync(file, 'utf8')).toBe(after);
  });
});
