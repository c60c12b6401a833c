import { describe, expect, test } from '@jest/globals';
import { duplicateNumbers } from '../../src/lint/duplicate-numbers.js';

const spec = (id: string) => ({ path: `docs/specs/${id}.md`, id, number: /^\d+/.exec(id)![0] });

describe('duplicateNumbers', () => {
  test('each spec of a shared number is an error naming the others and the command that fixes it', () => {
    const found = duplicateNumbers([spec('0001-a'), spec('0007-b'), spec('0007-c'), spec('0008-d')]);
    expect(found.map((f) => [f.file, f.line, f.rule, f.severity, f.message, f.hint])).toEqual([
      ['docs/specs/0007-b.md', 0, 'duplicate-number', 'error', 'number 0007 is also the number of docs/specs/0007-c.md', 'Give one of them a free number: specwright renumber 0007-b'],
      ['docs/specs/0007-c.md', 0, 'duplicate-number', 'error', 'number 0007 is also the number of docs/specs/0007-b.md', 'Give one of them a free number: specwright renumber 0007-c'],
    ]);
  });

  test('0007 and 00007 are one number; dated ids may share their day', () => {
    expect(duplicateNumbers([spec('0007-a'), spec('00007-b')])).toHaveLength(2);
    expect(duplicateNumbers([spec('20261127-a'), spec('20261127-b')])).toEqual([]);
  });
});
