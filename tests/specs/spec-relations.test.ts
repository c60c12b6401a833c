/**
 * The footer's relation items read into `reading.relations`: each link a
 * relation of its item's kind, with its target's id and number and its line;
 * in bold or not, continued on the next line, CRLF; other list items are none.
 */
import { describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';

const spec = (footer: string[], eol = '\n') =>
  [
    '# Feature Specification: New auth',
    '',
    '## Status',
    '',
    '- [ ] Specification review',
    '',
    '## Changelog',
    '',
    '| Date | Author | Changes |',
    '| --- | --- | --- |',
    '| 2026-11-01 | Ada | Initial draft |',
    '',
    '---',
    '',
    '- Created: 2026-11-01',
    '- Last Updated: 2026-11-02',
    '- Owner: Ada Lovelace',
    ...footer,
    '',
  ].join(eol);

describe('relations in the footer', () => {
  test('each kind, one line each, read with its target and line; the footer facts still read', () => {
    const reading = readSpec('0012-new-auth.md', spec([
      '- Supersedes: [0003](0003-old-auth.md)',
      '- Superseded by: [0014](0014-newer-auth.md)',
      '- Depends on: [0004](0004-x.md), [0007](0007-y.md)',
      '- Depended on by: [0020](0020-z.md)',
      '- Relates to: [0005](0005-z.md)',
    ], '\r\n'));
    expect(reading.problems).toEqual([]);
    expect(reading.owner?.value).toBe('Ada Lovelace');
    expect(reading.relations.map((r) => [r.kind, r.id, r.number, r.file, r.line])).toEqual([
      ['supersedes', '0003-old-auth', '0003', '0003-old-auth.md', 18],
      ['superseded-by', '0014-newer-auth', '0014', '0014-newer-auth.md', 19],
      ['depends-on', '0004-x', '0004', '0004-x.md', 20],
      ['depends-on', '0007-y', '0007', '0007-y.md', 20],
      ['depended-on-by', '0020-z', '0020', '0020-z.md', 21],
      ['relates-to', '0005-z', '0005', '0005-z.md', 22],
    ]);
  });

  test('in bold, hyphenated, continued on the next line, and as a path', () => {
    const reading = readSpec('0012-new-auth.md', spec(['- **Depends on:** [0004](./0004-x.md),', '  [0007](../specs/0007-y.md)', '* relates-to: [five](0005-z.md)']));
    expect(reading.relations.map((r) => [r.kind, r.id, r.line])).toEqual([
      ['depends-on', '0004-x', 18],
      ['depends-on', '0007-y', 19],
      ['relates-to', '0005-z', 20],
    ]);
  });

  test('a list item that only mentions a spec, or a link elsewhere, is no relation', () => {
    const reading = readSpec('0012-new-auth.md', spec(['- See also [0003](0003-old-auth.md)', '- Supersedes nothing yet']));
    expect(reading.relations).toEqual([]);
  });
});
