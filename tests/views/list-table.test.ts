/**
 * What `list` shows of a spec (status, progress, next milestone, filters)
 * and the table it prints: columns that fit the terminal, measured as the
 * terminal shows them, titles cut with an ellipsis, nothing that drives the terminal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { displayWidth } from '../../src/base/text/display-width.js';
import { listTable, truncate } from '../../src/views/list-table.js';
import { terminalText } from '../../src/base/text/terminal-text.js';
import { readSpec, unreadSpec } from '../../src/specs/read-spec.js';
import { dueText, matchesFilter, summarize, type SpecSummary } from '../../src/specs/spec-summary.js';

const EXAMPLE = readFileSync(new URL('../../examples/dark-mode/docs/specs/0001-dark-mode.md', import.meta.url), 'utf8');
const TODAY = '2026-11-26';

function summary(name: string, text: string, today = TODAY): SpecSummary {
  return summarize({ path: `docs/specs/${name}`, reading: readSpec(name, text), read: true }, today);
}

describe('summarize', () => {
  test('a fresh spec: draft, no task done, the earliest milestone next', () => {
    expect(summary('0001-dark-mode.md', EXAMPLE)).toEqual({
      path: 'docs/specs/0001-dark-mode.md',
      id: '0001-dark-mode',
      number: '0001',
      slug: 'dark-mode',
      title: 'Dark mode',
      owner: 'Ada Lovelace',
      created: '2026-11-26',
      lastUpdated: '2026-11-26',
      status: 'draft',
      progress: { done: 0, total: 5 },
      nextMilestone: { name: 'Design sign-off', date: '2026-12-10', days: 14 },
      problems: [],
      read: true,
      requirements: [
        { id: 'FR-1', line: 22 },
        { id: 'FR-2', line: 23 },
        { id: 'FR-3', line: 25 },
      ],
      relations: [],
    });
  });

  test('the furthest step ticked; tasks done; a milestone done is skipped, one passed is overdue', () => {
    const edited = EXAMPLE.replace('- [ ] Specification review', '- [x] Specification review')
      .replace('- [ ] Implementation started', '- [x] Implementation started')
      .replace('- [ ] Theme provider', '- [x] Theme provider')
      .replace('1. **Design sign-off**', '1. [x] **Design sign-off**');
    const spec = summary('0001-dark-mode.md', edited, '2027-01-20');
    expect(spec).toMatchObject({ status: 'implementation', progress: { done: 1, total: 5 }, nextMilestone: { name: 'Public beta', date: '2027-01-15', days: -5 } });
  });

  test('milestones are taken by date, not by their order in the file', () => {
    const swapped = EXAMPLE.replace('1. **Design sign-off** - 2026-12-10', '1. **Public beta** - 2027-01-15').replace('2. **Public beta** - 2027-01-15', '2. **Design sign-off** - 2026-12-10');
    expect(summary('0001-dark-mode.md', swapped).nextMilestone?.name).toBe('Design sign-off');
  });

  test('deployed: no next milestone; unread: no status', () => {
    expect(summary('0001-dark-mode.md', EXAMPLE.replace('- [ ] Deployed to production', '- [x] Deployed to production')).nextMilestone).toBeUndefined();
    const unread = summarize({ path: 'docs/specs/0002-x.md', reading: unreadSpec('0002-x.md', 'the file is a symbolic link'), read: false }, TODAY);
    expect(unread).toMatchObject({ status: undefined, title: undefined, progress: { done: 0, total: 0 }, nextMilestone: undefined, problems: [{ line: 0 }] });
  });

  test.each([
    [0, 'today'],
    [1, 'in 1 day'],
    [14, 'in 14 days'],
    [-1, 'overdue by 1 day'],
    [-30, 'overdue by 30 days'],
  ])('%i days: %s', (days, text) => {
    expect(dueText(days)).toBe(text);
  });
});

describe('matchesFilter', () => {
  const spec = summary('0001-dark-mode.md', EXAMPLE.replace('- [ ] Design review', '- [x] Design review'));
  test.each([
    [{}, true],
    [{ statuses: ['design' as const] }, true],
    [{ statuses: ['review' as const, 'design' as const] }, true],
    [{ statuses: ['draft' as const] }, false],
    [{ owner: 'ada lovelace' }, true],
    [{ owner: '  ADA   LOVELACE ' }, true],
    [{ owner: 'Ada' }, false],
    [{ owner: 'ada lovelace', statuses: ['deployed' as const] }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(spec, filter)).toBe(expected);
  });
});

describe('listTable', () => {
  const specs = [
    summary('0001-dark-mode.md', EXAMPLE),
    {
      ...summary('0002-export.md', EXAMPLE.replace('Dark mode', 'Export every report to CSV, Excel and PDF with the filters kept').replace('Owner: Ada Lovelace', 'Owner: Grace Hopper').replace('- [ ] Code review', '- [x] Code review').replace(/- \[ \] (Theme|Settings)/g, '- [x] $1')),
      tests: { tested: 1, todo: 1, untested: 1 },
    },
    summarize({ path: 'docs/specs/0003-link.md', reading: unreadSpec('0003-link.md', 'the file is a symbolic link'), read: false }, TODAY),
  ];

  test('columns padded to the widest cell; the last column is not padded', () => {
    expect(listTable(specs, 160)).toBe(
      [
        'ID    TITLE                                                            OWNER         STATUS       TASKS  TESTS  NEXT MILESTONE              DUE',
        '0001  Dark mode                                                        Ada Lovelace  draft        0/5    -      2026-12-10 Design sign-off  in 14 days',
        '0002  Export every report to CSV, Excel and PDF with the filters kept  Grace Hopper  code-review  2/5    1/1/1  2026-12-10 Design sign-off  in 14 days',
        '0003  (not read)                                                       -             -            -      -      -                           -',
        '',
      ].join('\n'),
    );
  });

  test.each([100, 80])('at %i columns every line fits: the title is cut first, then the milestone name, never its date', (width) => {
    const lines = listTable(specs, width).trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines[2]).toMatch(/^0002 {2}Export [^…]+… /);
    expect(lines[1]).toContain('Dark mode');
    expect(lines[1]).toContain('2026-12-10');
  });

  test('at 80 columns, the golden table', () => {
    expect(listTable(specs, 80)).toBe(
      [
        'ID    TITLE       OWNER    STATUS       TASKS  TESTS  NEXT MILESTONE  DUE',
        '0001  Dark mode   Ada Lo…  draft        0/5    -      2026-12-10 De…  in 14 days',
        '0002  Export ev…  Grace …  code-review  2/5    1/1/1  2026-12-10 De…  in 14 days',
        '0003  (not read)  -        -            -      -      -               -',
        '',
      ].join('\n'),
    );
  });

  test('narrower than the columns can give: the shrinkable columns at their least, the rest whole', () => {
    const lines = listTable(specs, 40).trimEnd().split('\n');
    expect(lines[1]).toBe('0001  Dark mode   Ada L…  draft        0/5    -      2026-12-10 De…  in 14 days');
  });

  test('wide characters and emoji are measured as the terminal shows them', () => {
    const wide = summary('0004-wide.md', EXAMPLE.replace('Dark mode', '暗いモードと明るいモードを切り替える設定画面 🚀 の全面的な作り直し'));
    const lines = listTable([wide], 90).trimEnd().split('\n');
    expect(lines.map(displayWidth)).toEqual([expect.any(Number), 90]);
    expect(lines[1]).toContain('…');
    // The columns after the title line up with the header's.
    const headerOwner = lines[0]!.indexOf('OWNER');
    expect(displayWidth(lines[1]!.slice(0, lines[1]!.indexOf('Ada Lovelace')))).toBe(headerOwner);
  });

  test('control characters and bidi overrides in a spec never reach the terminal', () => {
    const hostile = summary('0005-x.md', EXAMPLE.replace('Dark mode', 'Red \u001b[31malert\u001b[0m \u202Eevil').replace('Ada Lovelace', 'A\u0007da'));
    const table = listTable([hostile], 200);
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(table).toContain('Red \u241B[31malert\u241B[0m <U+202E>evil');
  });

  test('truncate cuts whole graphemes and keeps within the width', () => {
    expect(truncate('Dark mode', 20)).toBe('Dark mode');
    expect(truncate('Dark mode', 5)).toBe('Dark…');
    expect(truncate('山田太郎', 5)).toBe('山田…');
    expect(truncate('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
    expect(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 3)).toBe('👩‍👩‍👧‍👦…');
    expect(terminalText('a\tb\u2028c')).toBe('a\u2409b<U+2028>c');
  });
});
