/**
 * milestone's edit, pure: one milestone line ticked, unticked, unstruck or
 * redated, Last Updated set, every other byte kept (CRLF, CR, a BOM, no
 * final newline, a milestone prettier wrapped over two lines); the reader
 * reads back what was asked; what it cannot find is refused.
 */
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../src/base/errors.js';
import { milestoneEdit } from '../../src/specs/milestone-edit.js';
import { readSpec } from '../../src/specs/read-spec.js';

const SPEC = [
  '# Feature Specification: Dark mode',
  '',
  '### Milestones',
  '',
  '1. **Design sign-off** - 2026-12-10',
  '2. **Public beta** - 2027-01-15',
  '3. ~~**Public launch** - 2027-03-01~~',
  '',
  '## Status',
  '',
  '- [ ] Specification review',
  '',
  '- Created: 2026-11-01',
  '- Last Updated: 2026-11-01',
  '- Owner: Ada Lovelace',
  '',
].join('\n');

const NAME = '0007-dark-mode.md';
const ID = '0007-dark-mode';
const TODAY = '2026-11-27';

const milestonesOf = (text: string) => readSpec(NAME, text).milestones.map(({ name, date, done }) => ({ name, date, done }));

describe('milestoneEdit', () => {
  test('--done ticks the line and dates the spec; nothing else changes; the reader sees it done', () => {
    const edit = milestoneEdit(NAME, ID, SPEC, { name: 'design', done: true, today: TODAY });
    expect(edit.changed).toBe(true);
    expect(edit.lines).toEqual([
      { line: 5, before: '1. **Design sign-off** - 2026-12-10', after: '1. [x] **Design sign-off** - 2026-12-10' },
      { line: 14, before: '- Last Updated: 2026-11-01', after: '- Last Updated: 2026-11-27' },
    ]);
    expect(edit.text).toBe(SPEC.replace('1. **Design', '1. [x] **Design').replace('Updated: 2026-11-01', 'Updated: 2026-11-27'));
    expect(milestonesOf(edit.text)[0]).toEqual({ name: 'Design sign-off', date: '2026-12-10', done: true });
  });

  test('--undone takes the strike off and the box it added; the round trip gives the original lines back', () => {
    const unstruck = milestoneEdit(NAME, ID, SPEC, { name: 'public launch', done: false, today: '2026-11-01' });
    expect(unstruck.text).toBe(SPEC.replace('3. ~~**Public launch** - 2027-03-01~~', '3. **Public launch** - 2027-03-01'));
    const ticked = milestoneEdit(NAME, ID, SPEC, { name: 'Public beta', done: true, today: '2026-11-01' }).text;
    expect(milestoneEdit(NAME, ID, ticked, { name: 'Public beta', done: false, today: '2026-11-01' }).text).toBe(SPEC);
    // Ticked and struck, with a capital X: both taken off.
    const both = SPEC.replace('3. ~~**Public', '3. [X] ~~**Public');
    expect(milestoneEdit(NAME, ID, both, { name: 'public launch', done: false, today: '2026-11-01' }).text).toBe(unstruck.text);
  });

  test('in a list written with boxes, --undone leaves an open box', () => {
    const boxed = SPEC.replace('1. **Design', '1. [ ] **Design').replace('2. **Public', '2. [x] **Public');
    const edit = milestoneEdit(NAME, ID, boxed, { name: 'public beta', done: false, today: '2026-11-01' });
    expect(edit.lines.map((l) => l.after)).toEqual(['2. [ ] **Public beta** - 2027-01-15']);
    expect(milestoneEdit(NAME, ID, boxed, { name: 'design', done: true, today: '2026-11-01' }).lines.map((l) => l.after)).toEqual(['1. [x] **Design sign-off** - 2026-12-10']);
  });

  test('--date replaces the day only (a name holding the same day keeps it), with --done too', () => {
    const named = SPEC.replace('**Public beta** - 2027-01-15', '**Beta of 2027-01-15** (2027-01-15)');
    const edit = milestoneEdit(NAME, ID, named, { name: 'beta', date: '2027-02-01', done: true, today: TODAY });
    expect(edit.lines[0]).toEqual({ line: 6, before: '2. **Beta of 2027-01-15** (2027-01-15)', after: '2. [x] **Beta of 2027-01-15** (2027-02-01)' });
    expect(milestonesOf(edit.text)[1]).toEqual({ name: 'Beta of 2027-01-15', date: '2027-02-01', done: true });
  });

  test('a milestone prettier wrapped over two lines: its date and its strike are found on the second', () => {
    const wrapped = SPEC.replace('3. ~~**Public launch** - 2027-03-01~~', '3. ~~**Public launch in every region we serve** -\n   2027-03-01~~');
    const moved = milestoneEdit(NAME, ID, wrapped, { name: 'public launch', date: '2027-04-01', done: false, today: TODAY });
    expect(moved.lines.slice(0, 2)).toEqual([
      { line: 7, before: '3. ~~**Public launch in every region we serve** -', after: '3. **Public launch in every region we serve** -' },
      { line: 8, before: '   2027-03-01~~', after: '   2027-04-01' },
    ]);
    expect(milestonesOf(moved.text)[2]).toEqual({ name: 'Public launch in every region we serve', date: '2027-04-01', done: false });
  });

  test('CRLF, CR, a BOM and no final newline stay as they were', () => {
    for (const [eol, bom, end] of [['\r\n', '', '\r\n'], ['\r', '\uFEFF', ''], ['\n', '\uFEFF', '']] as const) {
      const text = bom + SPEC.trimEnd().replace(/\n/g, eol) + end;
      const edit = milestoneEdit(NAME, ID, text, { name: 'design sign-off', done: true, today: TODAY });
      const expected = bom + SPEC.trimEnd().replace('1. **Design', '1. [x] **Design').replace('Updated: 2026-11-01', `Updated: ${TODAY}`).replace(/\n/g, eol) + end;
      expect(edit.text).toBe(expected);
    }
  });

  test('as asked already: nothing changes, not even Last Updated', () => {
    const edit = milestoneEdit(NAME, ID, SPEC, { name: 'public launch', done: true, date: '2027-03-01', today: TODAY });
    expect(edit).toMatchObject({ changed: false, text: SPEC, lines: [] });
  });

  test('refused: an unknown or ambiguous name (the milestones listed), no Last Updated line, a strike not closed at the end of the line', () => {
    expect(() => milestoneEdit(NAME, ID, SPEC, { name: 'public', done: true, today: TODAY })).toThrow('"public" starts 2 milestones of 0007-dark-mode: Public beta, Public launch');
    expect(() => milestoneEdit(NAME, ID, SPEC, { name: 'gamma', done: true, today: TODAY })).toThrow(
      'no milestone "gamma" in 0007-dark-mode; its milestones: Design sign-off (2026-12-10), Public beta (2027-01-15), Public launch (2027-03-01)',
    );
    expect(() => milestoneEdit(NAME, ID, SPEC.replace('- Last Updated: 2026-11-01\n', ''), { name: 'design', done: true, today: TODAY })).toThrow('no readable "Last Updated: YYYY-MM-DD" line');
    // The reader sees the strike through the comment; the line's end is not where the edit would take it off.
    const commented = SPEC.replace('2027-03-01~~', '2027-03-01~~ <!-- moved -->');
    expect(() => milestoneEdit(NAME, ID, commented, { name: 'public launch', done: false, today: TODAY })).toThrow('line 7: the strike-through of milestone "Public launch" is not closed where it ends; nothing was written');
    const none = SPEC.replace(/^\d\. .*\n/gm, '');
    expect(() => milestoneEdit(NAME, ID, none, { name: 'beta', done: true, today: TODAY })).toThrow(UsageError);
    expect(() => milestoneEdit(NAME, ID, none, { name: 'beta', done: true, today: TODAY })).toThrow('0007-dark-mode has no milestones');
  });
});
