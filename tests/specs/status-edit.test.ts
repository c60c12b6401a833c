/**
 * status's edit, pure: ticks up to the state, sets Last Updated, appends one
 * Changelog row; every other byte kept (CRLF, no final newline, sections
 * reordered); what it cannot find is refused, naming the file and the part.
 */
import { describe, expect, test } from '@jest/globals';
import { statusEdit } from '../../src/specs/status-edit.js';
import { UsageError } from '../../src/base/errors.js';

const SPEC = [
  '# Feature Specification: Dark mode',
  '',
  '## Status',
  '',
  '- [ ] Specification review',
  '- [ ] Design review',
  '- [ ] Implementation started',
  '- [ ] Code review',
  '- [ ] Testing complete',
  '- [ ] Documentation complete',
  '- [ ] Deployed to production',
  '',
  '## Changelog',
  '',
  '| Date       | Author       | Changes       |',
  '| ---------- | ------------ | ------------- |',
  '| 2026-11-01 | Ada Lovelace | Initial draft |',
  '',
  '---',
  '',
  'Created: 2026-11-01',
  'Last Updated: 2026-11-01',
  'Owner: Ada Lovelace',
  '',
].join('\n');

const NAME = '0007-dark-mode.md';
const change = { step: 'implementation' as const, today: '2026-11-27', author: 'Grace Hopper' };

/** Lines of `after` that `before` does not hold. */
function changedLines(before: string, after: string): string[] {
  const a = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !a.has(line));
}

describe('statusEdit', () => {
  test('ticks every item up to the state, sets Last Updated, appends a changelog row after the last one', () => {
    const edit = statusEdit(NAME, SPEC, { ...change, note: 'PR #42 | *fast*' });
    expect(edit.changed).toBe(true);
    expect(edit.item.label).toBe('Implementation started');
    expect(edit.ticked.map((i) => i.label)).toEqual(['Specification review', 'Design review', 'Implementation started']);
    const expected = SPEC.replace('- [ ] Specification review', '- [x] Specification review')
      .replace('- [ ] Design review', '- [x] Design review')
      .replace('- [ ] Implementation started', '- [x] Implementation started')
      .replace('Last Updated: 2026-11-01', 'Last Updated: 2026-11-27')
      // The table was padded, as `new` wrote it before: guarded and written compactly once, its new row added.
      .replace(
        '| Date       | Author       | Changes       |\n| ---------- | ------------ | ------------- |\n| 2026-11-01 | Ada Lovelace | Initial draft |\n',
        [
          '<!-- markdownlint-disable MD013 -->',
          '<!-- prettier-ignore-start -->',
          '<!-- biome-ignore format: a log, one row per change -->',
          '| Date | Author | Changes |',
          '| --- | --- | --- |',
          '| 2026-11-01 | Ada Lovelace | Initial draft |',
          '| 2026-11-27 | Grace Hopper | Status: Implementation started — PR #42 \\| \\*fast\\* |',
          '',
          '<!-- prettier-ignore-end -->',
          '<!-- markdownlint-enable MD013 -->',
          '',
        ].join('\n'),
      );
    expect(edit.text).toBe(expected);
    expect(changedLines(SPEC, edit.text)).toHaveLength(12);
  });

  test('a table as new writes it (compact, guarded) gains its row and nothing else, however long the note', () => {
    const guarded = statusEdit(NAME, SPEC, { ...change, step: 'review' }).text;
    const note = 'PR #57 by @ada, reviewed with the security team, the design folks and 山田 太郎 from QA';
    const edit = statusEdit(NAME, guarded, { ...change, note });
    expect(changedLines(guarded, edit.text)).toEqual([
      '- [x] Design review',
      '- [x] Implementation started',
      expect.stringMatching(/^\| 2026-11-27 \| Grace Hopper \| Status: Implementation started — PR .*QA \|$/),
    ]);
    expect(edit.text.split('\n')).toHaveLength(guarded.split('\n').length + 1);
  });

  test('a Changelog table written compactly by hand stays compact: only the new row is added', () => {
    const compact = SPEC.replace('| Date       | Author       | Changes       |\n| ---------- | ------------ | ------------- |\n| 2026-11-01 | Ada Lovelace | Initial draft |', '| Date | Author | Changes |\n| --- | --- | --- |\n| 2026-11-01 | Ada Lovelace | Initial draft |');
    const edit = statusEdit(NAME, compact, change);
    expect(edit.text).toContain('| Date | Author | Changes |\n| --- | --- | --- |\n| 2026-11-01 | Ada Lovelace | Initial draft |\n| 2026-11-27 | Grace Hopper | Status: Implementation started |\n');
  });

  test('only the items not yet ticked are ticked; a later state after an earlier one', () => {
    const first = statusEdit(NAME, SPEC, { ...change, step: 'review' });
    const second = statusEdit(NAME, first.text, { ...change, step: 'deployed' });
    expect(second.ticked.map((i) => i.step)).toEqual(['design', 'implementation', 'code-review', 'testing', 'docs', 'deployed']);
    expect(second.text.match(/\| Status: /g)).toHaveLength(2);
    expect(second.text).not.toContain('[ ]');
  });

  test('CRLF stays CRLF, the new row included', () => {
    const crlf = SPEC.replace(/\n/g, '\r\n');
    const edit = statusEdit(NAME, crlf, change);
    expect(edit.text).toBe(statusEdit(NAME, SPEC, change).text.replace(/\n/g, '\r\n'));
    expect(edit.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('a missing final newline stays missing, also when the table is the last line', () => {
    const noFinal = SPEC.slice(0, -1);
    expect(statusEdit(NAME, noFinal, change).text).toBe(statusEdit(NAME, SPEC, change).text.slice(0, -1));
    const tableLast = [...SPEC.split('\n').slice(0, 12), 'Last Updated: 2026-11-01', '', ...SPEC.split('\n').slice(12, 17)].join('\n');
    const edit = statusEdit(NAME, tableLast, change);
    expect(edit.text.endsWith('| 2026-11-01 | Ada Lovelace | Initial draft |\n| 2026-11-27 | Grace Hopper | Status: Implementation started |\n\n<!-- prettier-ignore-end -->\n<!-- markdownlint-enable MD013 -->')).toBe(true);
  });

  test('a hand-edited spec: sections reordered, [X], bold footer, another list marker', () => {
    const hand = [
      '# Dark mode',
      '',
      '**Last Updated:** 2026-10-02',
      '',
      '### Changelog',
      '',
      '|Date|Who|What|',
      '|-|-|-|',
      '|2026-10-01|ada|start|',
      'After the table.',
      '',
      '### Status',
      '',
      '* [X] Spec reviewed',
      '* [ ] Design review',
      '* [ ] Implementation started',
      '',
      'Created: 2026-10-01',
      'Owner: ada',
    ].join('\n');
    const edit = statusEdit(NAME, hand, change);
    const lines = edit.text.split('\n');
    expect(lines[2]).toBe('**Last Updated:** 2026-11-27');
    expect(lines[9]).toBe('| 2026-11-27 | Grace Hopper | Status: Implementation started |');
    expect(lines[10]).toBe('After the table.');
    expect(lines.slice(14, 17)).toEqual(['* [X] Spec reviewed', '* [x] Design review', '* [x] Implementation started']);
    expect(edit.ticked.map((i) => i.step)).toEqual(['design', 'implementation']);
  });

  test('already ticked: nothing changes, the text is the same', () => {
    const done = statusEdit(NAME, SPEC, { ...change, step: 'testing' }).text;
    const again = statusEdit(NAME, done, change);
    expect(again.changed).toBe(false);
    expect(again.text).toBe(done);
  });

  test('a state before the current one, with items not ticked: refused, naming the current state', () => {
    const skipped = SPEC.replace('- [ ] Code review', '- [x] Code review');
    expect(() => statusEdit(NAME, skipped, change)).toThrow(UsageError);
    expect(() => statusEdit(NAME, skipped, change)).toThrow(/at "Code review" already/);
  });

  test.each([
    ['no Status items', SPEC.replace(/- \[ \] [^\n]*\n/g, ''), /Status checklist has no/],
    ['an item missing', SPEC.replace('- [ ] Design review\n', ''), /no "Design review" item/],
    ['no Last Updated line', SPEC.replace('Last Updated: 2026-11-01\n', ''), /Last Updated/],
    ['a Last Updated date not read', SPEC.replace('Last Updated: 2026-11-01', 'Last Updated: soon'), /Last Updated/],
    ['no Changelog table', SPEC.replace(/\| [^\n]*\n/g, ''), /no Changelog table/],
    ['no Changelog heading', SPEC.replace('## Changelog', '## History'), /no Changelog table/],
    ['a table in a code block', SPEC.replace('| Date ', '```\n| Date ').replace('Initial draft |\n', 'Initial draft |\n```\n'), /no Changelog table/],
  ])('%s: refused, naming the file', (_, text, message) => {
    expect(() => statusEdit(NAME, text, change)).toThrow(message);
    expect(() => statusEdit(NAME, text, change)).toThrow(new RegExp(`^${NAME}: .*nothing was written`));
  });

  test('a note of two lines is refused', () => {
    expect(() => statusEdit(NAME, SPEC, { ...change, note: 'a\nb' })).toThrow(UsageError);
  });
});
