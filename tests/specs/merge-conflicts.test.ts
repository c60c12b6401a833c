/**
 * Which lines are git's conflict markers: a block `<<<<<<< ` … `=======` …
 * `>>>>>>> ` (with diff3's `||||||| ` base inside), in any line ending; a
 * `=======` setext underline, or a marker line outside a whole block, is text.
 */
import { describe, expect, test } from '@jest/globals';
import { mergeConflicts, refuseConflicted } from '../../src/specs/merge-conflicts.js';
import { UsageError } from '../../src/base/errors.js';

const block = ['<<<<<<< HEAD', '- [x] Design review', '=======', '- [ ] Design review', '>>>>>>> review'];

describe('mergeConflicts', () => {
  test('a block as git writes it, at its lines, with LF, CRLF or CR endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(mergeConflicts(['# Spec', '', ...block, 'after'].join(eol))).toEqual([{ start: 3, end: 7 }]);
    }
  });

  test("diff3's base section, and two blocks in one file", () => {
    const diff3 = ['<<<<<<< HEAD', 'ours', '||||||| base', 'base', '=======', 'theirs', '>>>>>>> other'];
    expect(mergeConflicts([...diff3, 'text', ...block].join('\n'))).toEqual([{ start: 1, end: 7 }, { start: 9, end: 13 }]);
  });

  test('a setext heading underlined with ======= is no conflict, nor are markers outside a whole block', () => {
    expect(mergeConflicts('Title\n=======\n\ntext\n')).toEqual([]);
    expect(mergeConflicts('a\n=======\n>>>>>>> x\n')).toEqual([]);
    expect(mergeConflicts('<<<<<<< HEAD\nours\n>>>>>>> other\n')).toEqual([]);
    // Not at the start of the line, or eight characters: not git's marker.
    expect(mergeConflicts(' <<<<<<< HEAD\n=======\n>>>>>>> x\n')).toEqual([]);
    expect(mergeConflicts('<<<<<<<< HEAD\n=======\n>>>>>>> x\n')).toEqual([]);
  });
});

describe('refuseConflicted', () => {
  test('throws a usage error (exit 2) naming the file, the line and what to do; passes a clean file', () => {
    expect(() => refuseConflicted('docs/specs/0001-x.md', 'no conflict\n')).not.toThrow();
    let thrown: unknown;
    try {
      refuseConflicted('docs/specs/0001-x.md', ['text', ...block].join('\n'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).exitCode).toBe(2);
    expect((thrown as UsageError).message).toBe('docs/specs/0001-x.md:2: an unresolved merge conflict (<<<<<<< at line 2, >>>>>>> at line 6): resolve the merge first; nothing was written');
  });
});
