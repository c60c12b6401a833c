/**
 * withRelation writes one relation into a spec's footer: a new kind as one
 * more list item, a kind listed already gets the link on its line (past 80
 * columns, on a continuation line), Last Updated set; every other line kept
 * byte for byte, CRLF kept; a spec that passes markdownlint's defaults and
 * prettier --check before passes both after; a relation there already is no change.
 */
import { describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import { withRelation } from '../../src/specs/relation-edit.js';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';

const BODY = [
  '# Feature Specification: New auth',
  '',
  '## Status',
  '',
  '- [ ] Specification review',
  '',
  '## Changelog',
  '',
  '| Date       | Author | Changes       |',
  '| ---------- | ------ | ------------- |',
  '| 2026-11-01 | Ada    | Initial draft |',
  '',
  '---',
  '',
];
const LIST_FOOTER = ['- Created: 2026-11-01', '- Last Updated: 2026-11-02', '- Owner: Ada Lovelace'];
const text = (footer: string[], eol = '\n') => [...BODY, ...footer, ''].join(eol);
const today = '2026-12-01';

describe('withRelation', () => {
  test('a new kind: one list item after the footer, Last Updated set, nothing else changed, CRLF kept', () => {
    const before = text(LIST_FOOTER, '\r\n');
    const edit = withRelation('0012-new-auth.md', before, { kind: 'supersedes', other: { number: '0003', file: '0003-old-auth.md' }, today });
    expect(edit.changed).toBe(true);
    expect(edit.text).toBe(text(['- Created: 2026-11-01', '- Last Updated: 2026-12-01', '- Owner: Ada Lovelace', '- Supersedes: [0003](0003-old-auth.md)'], '\r\n'));
    expect(readSpec('0012-new-auth.md', edit.text).relations.map((r) => [r.kind, r.id])).toEqual([['supersedes', '0003-old-auth']]);
  });

  test('the same relation again changes nothing', () => {
    const once = withRelation('0012-new-auth.md', text(LIST_FOOTER), { kind: 'relates-to', other: { number: '0005', file: '0005-z.md' }, today }).text;
    const twice = withRelation('0012-new-auth.md', once, { kind: 'relates-to', other: { number: '0005', file: '0005-z.md' }, today: '2026-12-24' });
    expect(twice).toEqual({ text: once, changed: false });
  });

  test('a kind listed already: the link joins its line, then a continuation line past 80 columns; every target reads', async () => {
    let current = text(LIST_FOOTER);
    const others = ['0004-export-to-csv', '0007-dark-mode', '0009-single-sign-on-for-admins', '0011-audit-log'];
    for (const id of others) current = withRelation('0012-new-auth.md', current, { kind: 'depends-on', other: { number: id.slice(0, 4), file: `${id}.md` }, today }).text;
    expect(current.split('\n').slice(-4, -1)).toEqual([
      '- Owner: Ada Lovelace',
      '- Depends on: [0004](0004-export-to-csv.md), [0007](0007-dark-mode.md),',
      '  [0009](0009-single-sign-on-for-admins.md), [0011](0011-audit-log.md)',
    ]);
    expect(readSpec('0012-new-auth.md', current).relations.map((r) => r.id)).toEqual(others);
    expect(markdownlintFindings(current)).toEqual([]);
    expect(await prettierFormat(current)).toBe(current);
  });

  test('after the seed\'s plain footer lines: a blank line, then the list; markdownlint and prettier clean before and after', async () => {
    const before = text(['Created: 2026-11-01', 'Last Updated: 2026-11-02', 'Owner: Ada Lovelace']);
    expect(markdownlintFindings(before)).toEqual([]);
    expect(await prettierFormat(before)).toBe(before);
    const edit = withRelation('0003-old-auth.md', before, { kind: 'superseded-by', other: { number: '0012', file: '0012-new-auth.md' }, today });
    expect(edit.text).toBe(text(['Created: 2026-11-01', 'Last Updated: 2026-12-01', 'Owner: Ada Lovelace', '', '- Superseded by: [0012](0012-new-auth.md)']));
    expect(markdownlintFindings(edit.text)).toEqual([]);
    expect(await prettierFormat(edit.text)).toBe(edit.text);
    const reading = readSpec('0003-old-auth.md', edit.text);
    expect([reading.owner?.value, reading.lastUpdated?.value, reading.relations.map((r) => r.kind)]).toEqual(['Ada Lovelace', today, ['superseded-by']]);
  });

  test('a spec without a Last Updated line is refused, naming what is missing', () => {
    expect(() => withRelation('0012-new-auth.md', text(['- Owner: Ada']), { kind: 'relates-to', other: { number: '0005', file: '0005-z.md' }, today })).toThrow(/no readable "Last Updated: YYYY-MM-DD" line/);
  });
});
