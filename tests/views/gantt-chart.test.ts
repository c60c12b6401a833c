/**
 * The milestone chart: names that Mermaid's gantt grammar would read as
 * syntax (`:`, `;`, `#`, `%`, keywords at the start of a line) reach the chart
 * as text, written as the entities Mermaid decodes, checked by Mermaid's own
 * parser; milestones on no real day and specs without milestones are left
 * out; done milestones and those of deployed specs are drawn done; the axis
 * and the paddings follow the dates and the names (drawn in a real browser
 * in tests/e2e/index-chart-browser.test.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { ganttChart, ganttText } from '../../src/views/gantt-chart.js';
import { MAX_LABEL_COLUMNS, MAX_MEASURED_COLUMNS, MAX_SECTION_COLUMNS, measuredColumns } from '../../src/views/gantt-layout.js';
import { truncate } from '../../src/views/list-table.js';
import { readSpec } from '../../src/specs/read-spec.js';
import type { SpecFile } from '../../src/specs/read-specs-folder.js';
import { parseGantts } from '../helpers/mermaid-parse.js';

const WJ = '\u2060';
const NBSP = '\u00A0';

/** A spec read from the usual shape: a title and dated milestones. */
function spec(fileName: string, title: string, milestones: readonly (readonly [string, string, boolean?])[]): SpecFile {
  const text = [
    `# Feature Specification: ${title}`,
    '',
    '### Milestones',
    '',
    ...milestones.map(([name, date, done], i) => `${i + 1}. ${done ? '[x] ' : ''}**${name}** - ${date}`),
    '',
  ].join('\n');
  return { path: `docs/specs/${fileName}`, reading: readSpec(fileName, text), read: true };
}

/** What a person reads in a label: no word joiner, no padding. */
function asRead(label: string): string {
  return label.replaceAll(WJ, '').trim();
}

/** The chart's lines from the first section on (after the init directive and the settings). */
function body(chart: string): string[] {
  return chart.split('\n').slice(5);
}

const HOSTILE = [
  'Title review',
  'title',
  'Section 2 done',
  'Click here',
  'call back',
  'href "x"',
  'excludes weekends',
  'todayMarker off',
  'dateFormat X',
  'accTitle: hi',
  'accDescr { x }',
  'gantt',
  '2026-12-24 launch',
  '5% rollout',
  '%% not a comment',
  '%%{init: {"theme": "dark"}}%%',
  'Beta: the one; #1',
  'a #quot; b',
  'He said "go" and \'went\'',
  '`code` <b>bold</b> <script>alert(1)</script>',
  '}{ braces',
  '日本語のマイルストーン',
  'Ελληνικά: έκδοση',
];

describe('ganttText', () => {
  test('syntax characters become the numeric entities Mermaid decodes; blanks, breaks and controls one space', () => {
    expect(ganttText('a:b;c#d%e<f>g`h{i}j')).toBe('a#58;b#59;c#35;d#37;e#60;f#62;g#96;h#123;i#125;j');
    // Mermaid's own placeholders for entities, and an entity typed as text, stay text.
    expect(ganttText('\uFB02\u00B0\u00B058\u00B6\u00DF #quot;')).toBe('#64258;\u00B0\u00B058#182;\u00DF #35;quot#59;');
    expect(ganttText('  two\n lines\r\n\tand\u0000a\u202Ebidi  ')).toBe('two lines and a bidi');
    expect(ganttText(' \n ')).toBe('(no name)');
  });

  test('a name that begins with a statement of the grammar gets a word joiner in front; one that only looks like it does not', () => {
    for (const name of ['Title review', 'SECTION x', 'click', 'Excludes: weekends', 'todaymarker', '2026-12-24 launch', 'href "x"', 'weekday monday']) {
      expect(ganttText(name).startsWith(WJ)).toBe(true);
    }
    for (const name of ['Titles', 'Sectional review', 'Clicker', 'Beta', '20261224 launch', '日本語']) {
      expect(ganttText(name)).toBe(name);
    }
  });
});

describe('ganttChart', () => {
  test('one section per spec with milestones, one milestone each, done ones marked; specs without them left out', () => {
    const chart = ganttChart([
      spec('0001-dark-mode.md', 'Dark mode', [['Design sign-off', '2026-12-10'], ['Beta', '2027-01-15', true]]),
      spec('0002-none.md', 'No milestones', []),
      spec('0003-bad-date.md', 'Bad date', [['Alpha', '2026-02-30'], ['GA', '2027-03-01']]),
    ]);
    expect(chart).toBe(
      [
        '%%{init: {"gantt":{"useWidth":830,"leftPadding":123,"rightPadding":75}}}%%',
        'gantt',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %b %d',
        '    tickInterval 2week',
        '    section 0001 Dark mode',
        '    Design sign-off :milestone, 2026-12-10, 0d',
        // Short names padded to leave their diamonds: behind on the right, in front on the left (the last).
        `    Beta${NBSP.repeat(2)} :done, milestone, 2027-01-15, 0d`,
        '    section 0003 Bad date',
        `    ${WJ}${NBSP.repeat(4)}GA :milestone, 2027-03-01, 0d`,
      ].join('\n'),
    );
    const [read] = parseGantts([chart!]);
    expect(read).toEqual({
      ok: true,
      title: '',
      sections: ['0001 Dark mode', '0003 Bad date'],
      tasks: [
        { section: '0001 Dark mode', name: 'Design sign-off', milestone: true, done: false, date: '2026-12-10' },
        { section: '0001 Dark mode', name: 'Beta', milestone: true, done: true, date: '2027-01-15' },
        { section: '0003 Bad date', name: 'GA', milestone: true, done: false, date: '2027-03-01' },
      ],
    });
  });

  test('the milestones of a deployed spec are drawn done, ticked or not; another spec\'s open ones stay open', () => {
    const deployed = spec('0001-a.md', 'A', [['Beta', '2027-01-01'], ['GA', '2027-02-01']]);
    const text = ['# Feature Specification: A', '', '### Milestones', '', '1. **Beta** - 2027-01-01', '2. **GA** - 2027-02-01', '', '## Status', '', '- [x] Deployed to production', ''].join('\n');
    const files = [{ ...deployed, reading: readSpec('0001-a.md', text) }, spec('0002-b.md', 'B', [['Beta', '2027-01-15']])];
    const [read] = parseGantts([ganttChart(files)!]);
    if (!read!.ok) throw new Error(read!.error);
    expect(read!.tasks.map((t) => `${t.section} ${t.name.trim()} ${t.done}`)).toEqual(['0001 A Beta true', '0001 A GA true', '0002 B Beta false']);
  });

  test('the milestones of a spec stopped in an end state (rejected) are drawn done too: they are history', () => {
    const text = ['# Feature Specification: A', '', '### Milestones', '', '1. **Beta** - 2027-01-01', '', '## Status', '', '- [x] Specification review', '- [ ] Design review', '- [x] Rejected', ''].join('\n');
    const files = [{ path: 'docs/specs/0001-a.md', reading: readSpec('0001-a.md', text), read: true }, spec('0002-b.md', 'B', [['Beta', '2027-01-15']])];
    const [read] = parseGantts([ganttChart(files)!]);
    if (!read!.ok) throw new Error(read!.error);
    expect(read!.tasks.map((t) => `${t.section} ${t.name.trim()} ${t.done}`)).toEqual(['0001 A Beta true', '0002 B Beta false']);
  });

  test('names too long for the chart are cut with `…` (entities counted as Mermaid measures them); names too short to leave the diamond are padded', () => {
    const long = 'Public beta for every customer on the enterprise plan';
    const colons = 'a:b:c:d:e:f:g:h:i:j';
    const chart = ganttChart([spec('0001-a.md', 'A', [[long, '2027-01-01'], [colons, '2027-01-02'], ['GA', '2027-01-03'], ['Launch', '2027-01-04']])])!;
    const labels = body(chart).slice(1).map((line) => line.trimStart().replace(/ :.*$/, ''));
    const unpadded = (label: string): string => label.replace(/[\u2060\u00A0]/g, '');
    expect(labels[0]).toBe(`${truncate(long, MAX_LABEL_COLUMNS)}`);
    expect(unpadded(labels[1]!).endsWith('…')).toBe(true);
    expect(measuredColumns(unpadded(labels[1]!))).toBeLessThanOrEqual(MAX_MEASURED_COLUMNS);
    expect(unpadded(labels[2]!)).toBe('GA');
    expect(labels[2]!.length).toBeGreaterThan(4);
    expect(unpadded(labels[3]!)).toBe('Launch');
  });

  test('the init directive: drawn at 830 px, the column of names as wide as the longest, Mermaid\'s right padding; the axis from the span', () => {
    const chart = ganttChart([spec('0001-a.md', 'A', [['Public beta for everyone', '2027-01-01'], ['GA', '2027-06-01']]), spec('0002-b.md', 'Search across every workspace', [['Beta', '2027-03-01']])])!;
    expect(JSON.parse(/^%%\{init: (.*)\}%%$/m.exec(chart)![1]!)).toEqual({ gantt: { useWidth: 830, leftPadding: 10 + 28 * 7 + 15, rightPadding: 75 } });
    expect(chart.split('\n').slice(3, 5)).toEqual(['    axisFormat %b %Y', '    tickInterval 1month']);
    expect(chart).toContain('section 0002 Search across every wo…');
  });

  test('no spec with a dated milestone: no chart', () => {
    expect(ganttChart([])).toBeUndefined();
    expect(ganttChart([spec('0001-a.md', 'A', []), spec('0002-b.md', 'B', [['Alpha', '2026-13-01']])])).toBeUndefined();
  });

  test('a milestone whose date is not a real day is skipped, whoever built the reading', () => {
    const file = spec('0001-a.md', 'A', [['GA', '2027-03-01']]);
    const forged: SpecFile = { ...file, reading: { ...file.reading, milestones: [{ name: 'Ghost', date: '2026-02-30', done: false, line: 5 }, ...file.reading.milestones] } };
    expect(ganttChart([forged])).not.toContain('Ghost');
  });

  test('hostile names, as titles and as milestones: Mermaid parses the chart and reads every name as text, nothing else', () => {
    const files = HOSTILE.map((name, i) => spec(`${String(i + 1).padStart(4, '0')}-x.md`, name, [[name, `2027-01-${String(i + 1).padStart(2, '0')}`]]));
    const chart = ganttChart(files)!;
    const [read] = parseGantts([chart]);
    if (!read!.ok) throw new Error(read!.error);
    expect(read!.title).toBe('');
    // Every section and milestone is there, in order, and reads as the name typed (look-alikes aside).
    // Long ones cut, ending in `…`: what is left is the start of what was typed.
    expect(read!.sections.map(asRead)).toEqual(files.map((f) => truncate(`${f.reading.number} ${f.reading.title!.value}`, MAX_SECTION_COLUMNS)));
    for (const [i, task] of read!.tasks.entries()) {
      const typed = files[i]!.reading.milestones[0]!.name;
      const shown = asRead(task.name);
      expect(shown.endsWith('…') ? typed.startsWith(shown.slice(0, -1)) && shown.length > 1 : shown === typed).toBe(true);
    }
    expect(read!.tasks.map((t) => t.date)).toEqual(files.map((f) => f.reading.milestones[0]!.date));
    expect(read!.tasks.every((t) => t.milestone && !t.done)).toBe(true);
    // The chart lines hold no character the grammar reads as syntax outside a task's data.
    for (const line of body(chart)) expect(line.replace(/ :(done, )?milestone, \d{4}-\d{2}-\d{2}, 0d$/, '').replace(/#\d+;/g, '')).not.toMatch(/[:;#%<>`{}]/);
  });

  test('the check can fail: the same names unescaped are misread or refused by Mermaid', () => {
    const raw = (name: string): string => `gantt\n    dateFormat YYYY-MM-DD\n    section S\n    ${name} :milestone, 2027-01-01, 0d\n`;
    const [title, percent, click, colon] = parseGantts([raw('Title review'), raw('5% rollout'), raw('Click here'), raw('Beta: the one')]);
    expect(title).toMatchObject({ ok: true, title: 'review :milestone, 2027-01-01, 0d', tasks: [] });
    expect(percent).toMatchObject({ ok: true, tasks: [] });
    expect(click).toMatchObject({ ok: false });
    expect(colon).toMatchObject({ ok: true, tasks: [{ name: 'Beta' }] });
  });
});
