import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { unifiedDiff } from '../../src/plan/unified-diff.js';
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
];

describe('unifiedDiff', () => {
  test('equal texts give no diff', () => {
    expect(unifiedDiff('x.md', 'a\n', 'a\n')).toBe('');
  });

  test('shows a changed line with its context', () => {
    expect(unifiedDiff('docs/x.md', 'a\nb\nc\n', 'a\nB\nc\n')).toBe('--- a/docs/x.md\n+++ b/docs/x.md\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  });

  // GNU patch is the judge: applying the diff to the old text must give the new text.
  test.each(CASES)('%s: patch(1) turns the old text into the new one', (_, before, after) => {
    const dir = tempDir();
    const file = path.join(dir, 'x.md');
    writeFileSync(file, before);
    execFileSync('patch', ['--quiet', '--force', file], { input: unifiedDiff('x.md', before, after) });
    expect(readFileSync(file, 'utf8')).toBe(after);
  });
});
