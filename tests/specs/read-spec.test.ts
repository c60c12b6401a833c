/**
 * The spec reader: a generated spec reads back as the answers were typed,
 * every fact with its line; the same spec edited by hand in the ways people
 * edit reads the same; what is not data is not read; what cannot be read is
 * a problem with a line; and no input makes it throw or take long.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { readSpec, type SpecReading } from '../../src/specs/read-spec.js';
import { specFileName } from '../../src/specs/spec-file-name.js';

const EXAMPLE = readFileSync(new URL('../../examples/dark-mode/docs/specs/0001-dark-mode.md', import.meta.url), 'utf8');
const NAME = '0001-dark-mode.md';

/** The reading without line numbers: what edits that move lines must keep. */
/** What a spec states, wherever it states it: lines left out, and the headings (their order is the edit). */
function facts(reading: SpecReading): unknown {
  return JSON.parse(JSON.stringify({ ...reading, headings: undefined }, (key, value: unknown) => (key === 'line' ? undefined : value)));
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line holds ${needle}`);
  return index + 1;
}

/** Replaces the section under `## heading` (up to the next `## `) with `body`. */
function replaceSection(text: string, heading: string, body: string): string {
  const start = text.indexOf(`## ${heading}\n`);
  const next = text.indexOf('\n## ', start + 3);
  return `${text.slice(0, start)}${body}${next < 0 ? '' : text.slice(next + 1)}`;
}

function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}\n`);
  const next = text.indexOf('\n## ', start + 3);
  return text.slice(start, next < 0 ? undefined : next + 1);
}

describe('a spec written by specwright new', () => {
  test('the committed example reads completely, each fact on its line', () => {
    const reading = readSpec(NAME, EXAMPLE);
    expect(reading.problems).toEqual([]);
    expect(reading).toMatchObject({
      id: '0001-dark-mode',
      number: '0001',
      slug: 'dark-mode',
      title: { value: 'Dark mode', line: 1 },
      owner: { value: 'Ada Lovelace', line: lineOf(EXAMPLE, 'Owner:') },
      created: { value: '2026-11-26', line: lineOf(EXAMPLE, 'Created:') },
      lastUpdated: { value: '2026-11-26', line: lineOf(EXAMPLE, 'Last Updated:') },
      currentStatus: undefined,
      links: [],
    });
    expect(reading.status.map((s) => [s.step, s.label, s.done, s.line])).toEqual([
      ['review', 'Specification review', false, lineOf(EXAMPLE, 'Specification review')],
      ['design', 'Design review', false, lineOf(EXAMPLE, 'Design review')],
      ['implementation', 'Implementation started', false, lineOf(EXAMPLE, 'Implementation started')],
      ['code-review', 'Code review', false, lineOf(EXAMPLE, 'Code review')],
      ['testing', 'Testing complete', false, lineOf(EXAMPLE, 'Testing complete')],
      ['docs', 'Documentation complete', false, lineOf(EXAMPLE, 'Documentation complete')],
      ['deployed', 'Deployed to production', false, lineOf(EXAMPLE, 'Deployed to production')],
    ]);
    expect(reading.milestones).toEqual([
      { name: 'Design sign-off', date: '2026-12-10', done: false, line: lineOf(EXAMPLE, '**Design sign-off**') },
      { name: 'Public beta', date: '2027-01-15', done: false, line: lineOf(EXAMPLE, '**Public beta**') },
    ]);
    expect(reading.phases).toEqual([
      {
        number: 1,
        name: 'Design',
        line: lineOf(EXAMPLE, '### Phase 1: Design'),
        done: 0,
        tasks: [
          { text: 'Colour tokens for both themes', done: false, line: lineOf(EXAMPLE, 'Colour tokens') },
          { text: 'Contrast audit of every screen', done: false, line: lineOf(EXAMPLE, 'Contrast audit') },
        ],
      },
      {
        number: 2,
        name: 'Build',
        line: lineOf(EXAMPLE, '### Phase 2: Build'),
        done: 0,
        tasks: [
          { text: 'Theme provider', done: false, line: lineOf(EXAMPLE, 'Theme provider') },
          { text: 'Settings toggle', done: false, line: lineOf(EXAMPLE, 'Settings toggle') },
          { text: 'Persist the choice per device', done: false, line: lineOf(EXAMPLE, 'Persist the choice') },
        ],
      },
    ]);
    // FR-2 is wrapped across two lines in the file: read as one.
    expect(reading.requirements).toEqual([
      { id: 'FR-1', text: 'The app follows the OS colour scheme on first start', line: lineOf(EXAMPLE, '**FR-1**') },
      { id: 'FR-2', text: 'A toggle in Settings overrides the OS scheme, and the choice survives restarts', line: lineOf(EXAMPLE, '**FR-2**') },
      { id: 'FR-3', text: 'Every screen keeps a contrast ratio of at least 4.5:1 in both themes', line: lineOf(EXAMPLE, '**FR-3**') },
    ]);
  });
});

describe('edited by hand', () => {
  const original = readSpec(NAME, EXAMPLE);

  test.each([
    ['CRLF line endings', EXAMPLE.replace(/\n/g, '\r\n')],
    ['CR line endings', EXAMPLE.replace(/\n/g, '\r')],
    ['a byte order mark', `\uFEFF${EXAMPLE}`],
    ['no final line ending', EXAMPLE.trimEnd()],
    ['trailing spaces and tabs on every line', EXAMPLE.replace(/\n/g, ' \t  \n')],
    ['headings with closing hashes', EXAMPLE.replace(/^(#+ .*)$/gm, '$1 ##')],
  ])('%s: the same facts on the same lines', (_, edited) => {
    expect(readSpec(NAME, edited)).toEqual(original);
  });

  test('tabs: tab-indented lists, tabs after markers, checkboxes and heading hashes', () => {
    const edited = EXAMPLE.replace(/^- \[ \] /gm, '-\t[ ]\t').replace(/^## Status$/m, '##\tStatus').replace(/^(\d)\. \*\*/gm, '$1.\t**').replace(/^ {3}/gm, '\t');
    expect(facts(readSpec(NAME, edited))).toEqual(facts(original));
  });

  test('sections reordered: Status first, Milestones before the phases, Requirements last', () => {
    const status = sectionOf(EXAMPLE, 'Status');
    const requirements = sectionOf(EXAMPLE, 'Requirements');
    const milestones = EXAMPLE.slice(EXAMPLE.indexOf('### Milestones'), EXAMPLE.indexOf('## Testing Strategy'));
    let edited = replaceSection(EXAMPLE, 'Status', '').replace(requirements, '').replace(milestones, '');
    edited = edited.replace('## Overview\n', `${status}\n## Overview\n`).replace('## Implementation Plan\n', `## Implementation Plan\n\n${milestones}`);
    edited = `${edited.trimEnd()}\n\n${requirements}`;
    const reading = readSpec(NAME, edited);
    expect(facts(reading)).toEqual(facts(original));
    expect(reading.status[0]!.line).toBe(lineOf(edited, 'Specification review'));
    expect(reading.requirements[0]!.line).toBe(lineOf(edited, '**FR-1**'));
  });

  test('sections added: a new section with checkboxes and links, a sub-heading inside a phase', () => {
    const edited = EXAMPLE.replace('## Open Questions', '## Risks\n\n- [x] Vendor lock-in\n- [ ] See [the runbook](../ops/runbook.md)\n\n## Open Questions').replace(
      '- [ ] Theme provider',
      '#### Notes\n\n- [x] Theme provider',
    );
    const reading = readSpec(NAME, edited);
    expect(reading.problems).toEqual([]);
    expect(reading.phases[1]!.tasks.map((t) => [t.text, t.done])).toEqual([
      ['Theme provider', true],
      ['Settings toggle', false],
      ['Persist the choice per device', false],
    ]);
    expect(reading.links).toEqual([{ text: 'the runbook', target: '../ops/runbook.md', image: false, line: lineOf(edited, 'runbook') }]);
    expect(reading.currentStatus).toBeUndefined();
  });

  test('optional sections missing: no Requirements, Implementation Plan or Milestones, and no problem', () => {
    let edited = replaceSection(EXAMPLE, 'Requirements', '');
    edited = replaceSection(edited, 'Implementation Plan', '');
    const reading = readSpec(NAME, edited);
    expect(reading.problems).toEqual([]);
    expect(reading).toMatchObject({ requirements: [], phases: [], milestones: [], owner: { value: 'Ada Lovelace' } });
  });

  test('ticked with [x] and [X]: the status is the furthest step ticked, tasks are counted', () => {
    const edited = EXAMPLE.replace('- [ ] Specification review', '- [x] Specification review')
      .replace('- [ ] Design review', '- [X] Design review')
      .replace('- [ ] Code review', '- [x] Code review')
      .replace('- [ ] Colour tokens', '- [X] Colour tokens')
      .replace('- [ ] Settings toggle', '* [x] Settings toggle');
    const reading = readSpec(NAME, edited);
    expect(reading.currentStatus).toMatchObject({ step: 'code-review', label: 'Code review', line: lineOf(edited, 'Code review') });
    expect(reading.status.filter((s) => s.done).map((s) => s.step)).toEqual(['review', 'design', 'code-review']);
    expect(reading.phases.map((p) => [p.done, p.tasks.length])).toEqual([
      [1, 2],
      [1, 3],
    ]);
    // Checkboxes outside the phases (Documentation) are not tasks.
    expect(readSpec(NAME, EXAMPLE.replace('- [ ] User guide', '- [x] User guide')).phases.map((p) => p.done)).toEqual([0, 0]);
  });

  test('wording edited: status labels, title prefix, heading levels and footer keys', () => {
    const edited = EXAMPLE.replace('# Feature Specification: Dark mode', '# Feature Spec - Dark mode')
      .replace('- [ ] Specification review', '- [x] Spec reviewed by the team')
      .replace('- [ ] Deployed to production', '- [x] Released to prod')
      .replace('## Status', '### Status checklist')
      .replace('### Phase 2: Build', '## Phase 2 - Build')
      .replace('### Milestones', '#### Milestone')
      .replace('- Owner: Ada Lovelace', '**Owner:** Ada Lovelace')
      .replace('- Last Updated: 2026-11-26', '- **Last updated**: 2026-11-26')
      .replace('1. **Design sign-off** - 2026-12-10', '- Design sign-off: 2026-12-10')
      .replace('2. **Public beta** - 2027-01-15', '- [x] **Public beta** (2027-01-15)');
    const reading = readSpec(NAME, edited);
    expect(reading.problems).toEqual([]);
    expect(reading.title?.value).toBe('Dark mode');
    expect(reading.currentStatus?.step).toBe('deployed');
    expect(reading.phases.map((p) => [p.number, p.name, p.tasks.length])).toEqual([
      [1, 'Design', 2],
      [2, 'Build', 3],
    ]);
    expect(reading.milestones.map((m) => [m.name, m.date, m.done])).toEqual([
      ['Design sign-off', '2026-12-10', false],
      ['Public beta', '2027-01-15', true],
    ]);
    expect([reading.owner?.value, reading.lastUpdated?.value]).toEqual(['Ada Lovelace', '2026-11-26']);
  });

  test('notes nested under milestones and status items are not milestones or steps themselves', () => {
    const edited = EXAMPLE.replace('1. **Design sign-off** - 2026-12-10', '1. **Design sign-off** - 2026-12-10\n   - with the brand team\n\t- and legal')
      .replace('- [ ] Code review', '- [x] Code review\n  - [x] by two people');
    const reading = readSpec(NAME, edited);
    expect(reading.problems).toEqual([]);
    expect(reading.milestones.map((m) => m.name)).toEqual(['Design sign-off', 'Public beta']);
    expect(reading.status).toHaveLength(7);
    expect(reading.currentStatus?.step).toBe('code-review');
  });

  test('a spec written by hand in the same shape, with a dated id', () => {
    const text = [
      '# Export to CSV',
      '',
      '## Requirements',
      '',
      '- **FR-001:** Exports the current view',
      '- FR-2 - Keeps the column order',
      '- Not a requirement',
      '',
      '## Plan',
      '',
      '### Phase: Build it',
      '',
      '1. [x] Writer',
      '2. [ ] Button',
      '   - [x] Icon',
      '',
      '### Milestones',
      '',
      '- ~~Alpha - 2026-11-01~~',
      '- Beta — 2026-12-01',
      '',
      '## Status',
      '',
      '- [x] Specification review',
      '- [x] Implementation started',
      '',
      'Created: 2026-10-01  ',
      'Last Updated: 2026-11-20',
      'Owner: grace hopper',
    ].join('\n');
    const reading = readSpec('20261001-export-to-csv.md', text);
    expect(reading.problems).toEqual([]);
    expect(reading).toMatchObject({ id: '20261001-export-to-csv', number: '20261001', slug: 'export-to-csv', title: { value: 'Export to CSV', line: 1 }, owner: { value: 'grace hopper', line: 29 } });
    expect(reading.requirements.map((r) => [r.id, r.text, r.line])).toEqual([
      ['FR-001', 'Exports the current view', 5],
      ['FR-2', 'Keeps the column order', 6],
    ]);
    expect(reading.phases).toEqual([
      {
        number: undefined,
        name: 'Build it',
        line: 11,
        done: 2,
        tasks: [
          { text: 'Writer', done: true, line: 13 },
          { text: 'Button', done: false, line: 14 },
          { text: 'Icon', done: true, line: 15 },
        ],
      },
    ]);
    expect(reading.milestones.map((m) => [m.name, m.date, m.done, m.line])).toEqual([
      ['Alpha', '2026-11-01', true, 19],
      ['Beta', '2026-12-01', false, 20],
    ]);
    expect(reading.currentStatus?.step).toBe('implementation');
  });
});

describe('what is not data', () => {
  test('code fences, inline code and HTML comments (also across lines) hold no facts', () => {
    const text = [
      '# Feature Specification: Real',
      '',
      '## Requirements',
      '',
      '```markdown',
      '1. **FR-8**: in a fence',
      '## Status',
      '- [x] Deployed to production',
      'Owner: Mallory',
      '```',
      '',
      '~~~~',
      '1. **FR-9**: in a tilde fence ```',
      '~~~~',
      '',
      '1. **FR-1**: real, with `[a](b.md)` and `<!--` in code',
      '2. `**FR-2**: in code`',
      '<!--',
      '3. **FR-3**: in a comment',
      '[link](c.md)',
      '-->',
      '4. **FR-4**: after <!-- [a comment](d.md) --> the comment',
      '',
      '## Status',
      '',
      '- [ ] Specification review <!-- - [x] Deployed to production -->',
      '',
      'Created: 2026-01-01',
      'Last Updated: 2026-01-01',
      'Owner: Ada <!-- Mallory -->',
      '<!-- Owner: Mallory -->',
    ].join('\n');
    const reading = readSpec(NAME, text);
    expect(reading.problems).toEqual([]);
    expect(reading.requirements.map((r) => [r.id, r.text, r.line])).toEqual([
      ['FR-1', 'real, with `[a](b.md)` and `<!--` in code', 16],
      ['FR-4', 'after the comment', 22],
    ]);
    expect(reading.links).toEqual([]);
    expect(reading.owner).toEqual({ value: 'Ada', line: 30 });
    expect(reading.currentStatus).toBeUndefined();
    expect(reading.status.map((s) => s.line)).toEqual([26]);
  });

  test('an unclosed fence or comment is a problem on its line, and what follows is not read', () => {
    const fence = readSpec(NAME, EXAMPLE.replace('## Status', '```\n## Status'));
    expect(fence.problems).toContainEqual({ line: lineOf(EXAMPLE, '## Status'), message: expect.stringContaining('code block is never closed'), rule: 'unclosed' });
    expect(fence.status).toEqual([]);
    // Opened after the Changelog table's closing comment, whose `-->` would close it otherwise.
    const comment = readSpec(NAME, EXAMPLE.replace('\n---\n', '\n<!-- TODO\n---\n'));
    expect(comment.problems).toContainEqual({ line: lineOf(EXAMPLE, 'markdownlint-enable') + 2, message: expect.stringContaining('never closed'), rule: 'unclosed' });
    expect(comment.owner).toBeUndefined();
  });
});

describe('links', () => {
  test('relative links and images with their lines; URLs, escaped and broken links are not read', () => {
    const text = [
      '# Feature Specification: Links',
      'See [the docs](../features/links.md), [a section](#status) and ![a diagram](img/flow.png "Flow").',
      '[Home](https://example.com) <https://example.com> [mail](mailto:a@b.c) [net](//cdn.example.com/x)',
      '\\[not](a.md) [also not]\\(b.md) [empty]() [spaced](<my file.md>) [parens](a_(b).md) [esc](my\\_file.md)',
      '[![badge](badge.svg)](status.md) [a [nested] text](n.md) [unclosed](never',
      '[ref]: ./reference.md',
      '[url-ref]: https://example.com/x',
    ].join('\n');
    expect(readSpec(NAME, text).links).toEqual([
      { text: 'the docs', target: '../features/links.md', image: false, line: 2 },
      { text: 'a section', target: '#status', image: false, line: 2 },
      { text: 'a diagram', target: 'img/flow.png', image: true, line: 2 },
      { text: 'spaced', target: 'my file.md', image: false, line: 4 },
      { text: 'parens', target: 'a_(b).md', image: false, line: 4 },
      { text: 'esc', target: 'my_file.md', image: false, line: 4 },
      { text: 'badge', target: 'badge.svg', image: true, line: 5 },
      { text: '![badge](badge.svg)', target: 'status.md', image: false, line: 5 },
      { text: 'a [nested] text', target: 'n.md', image: false, line: 5 },
      { text: 'ref', target: './reference.md', image: false, line: 6 },
    ]);
  });
});

test('numbered or decorated section headings are read as their sections', () => {
  const edited = EXAMPLE.replace('## Status', '## 7. Status').replace('### Milestones', '### 📅 Milestones').replace('### Functional Requirements', '### 2.1 Functional Requirements');
  expect(facts(readSpec(NAME, edited))).toEqual(facts(readSpec(NAME, EXAMPLE)));
});

describe('problems, each with its line, never thrown', () => {
  test.each([
    ['a milestone on a day that does not exist', EXAMPLE.replace('2026-12-10', '2026-02-30'), '**Design sign-off**', 'milestone "Design sign-off": "2026-02-30" is not a day of the calendar', 'milestone-date'],
    ['a milestone date in another format', EXAMPLE.replace('2026-12-10', '10/12/2026'), '**Design sign-off**', 'milestone "Design sign-off": "10/12/2026" is not a YYYY-MM-DD date', 'milestone-date'],
    ['a milestone without a date', EXAMPLE.replace(' - 2026-12-10', ''), '**Design sign-off**', 'milestone "Design sign-off" has no date', 'milestone-date'],
    ['a milestone date in inline code', EXAMPLE.replace('2026-12-10', '`2026-12-10`'), '**Design sign-off**', 'is not a YYYY-MM-DD date', 'milestone-date'],
    ['a Created date that is no day', EXAMPLE.replace('Created: 2026-11-26', 'Created: 2026-13-01'), 'Created:', 'Created: "2026-13-01" is not a day of the calendar', 'dates'],
    ['an empty owner', EXAMPLE.replace('Owner: Ada Lovelace', 'Owner:'), 'Owner:', 'the Owner line names no one', 'owner'],
    ['an empty title', EXAMPLE.replace('Dark mode\n', '\n'), '# Feature', 'the title is empty', 'title'],
    ['an unknown status item', EXAMPLE.replace('- [ ] Code review', '- [ ] QA sign-off'), 'QA sign-off', 'status item "QA sign-off" is none of', 'status-item'],
    ['a status item twice', EXAMPLE.replace('- [ ] Code review', '- [ ] Code review\n- [x] Code reviewed'), 'Code reviewed', 'repeats "Code review"', 'status-item'],
    ['a requirement id twice', EXAMPLE.replace('**FR-3**', '**FR-1**'), 'every screen', 'FR-1 is used twice (first on line 22)', 'requirement'],
  ])('%s', (_, text, needle, message, rule) => {
    const reading = readSpec(NAME, text);
    const line = text.toLowerCase().split('\n').findIndex((l) => l.includes(needle.toLowerCase())) + 1;
    expect(reading.problems).toEqual([{ line, message: expect.stringContaining(message), rule }]);
  });

  test('missing title, Status, owner and dates are named; the file name is checked', () => {
    const reading = readSpec('notes.md', 'Just some notes.\n\n- [x] a\n');
    expect(reading.problems.map((p) => [p.line, p.message])).toEqual([
      [0, expect.stringContaining("the file name is not a spec's")],
      [1, expect.stringContaining('no title')],
      [3, expect.stringContaining('no Status section')],
      [3, 'no "Owner:" line'],
      [3, 'no "Created:" line'],
      [3, 'no "Last Updated:" line'],
    ]);
    expect(reading).toMatchObject({ id: undefined, number: undefined, slug: undefined });
    expect(readSpec(NAME, '').problems.map((p) => p.line)).toEqual([1, 1, 1, 1, 1]);
  });

  test('file names: numbered, dated, any case of .md; others are not specs', () => {
    expect(specFileName('0007-dark-mode.md')).toEqual({ id: '0007-dark-mode', number: '0007', slug: 'dark-mode' });
    expect(specFileName('docs/specs/123456-x.MD')).toEqual({ id: '123456-x', number: '123456', slug: 'x' });
    expect(specFileName('20261127-dark-mode.md')?.number).toBe('20261127');
    for (const name of ['README.md', '007-x.md', '1234567-x.md', '0001-.md', '0001-x.txt']) expect(specFileName(name)).toBeUndefined();
  });
});

describe('hostile input', () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x80000000;
    };
  }
  const TOKENS = ['#', '## ', '### Phase 1: ', '## Status\n', '### Milestones\n', '## Requirements\n', '- ', '1. ', '   ', '\t', '[ ]', '[x]', '[X]', '**', '__', '~~', '`', '``', '```', '~~~', '<!--', '-->', '\\', '[', ']', '(', ')', '](', ': ', ' - ', 'FR-1', 'Owner:', 'Created: ', 'Last Updated:', '2026-02-30', '2026-12-10', '\n', '\r\n', '\r', '---', '|', '!', '<', '>', '"', 'word', 'é', '山', '🚀', '\u0000', '\u001b[31m', '\uFFFD', '\u202E'];

  test('random Markdown-like token soup: never throws, always a complete reading', () => {
    const next = random(42);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const count = Math.floor(next() * 120);
      for (let k = 0; k < count; k++) text += TOKENS[Math.floor(next() * TOKENS.length)];
      const reading = readSpec(NAME, text);
      expect(Array.isArray(reading.problems) && Array.isArray(reading.phases) && Array.isArray(reading.links)).toBe(true);
      for (const problem of reading.problems) expect(problem.line).toBeGreaterThanOrEqual(0);
    }
  });

  test('random bytes, decoded as UTF-8 with replacement', () => {
    const next = random(7);
    const decoder = new TextDecoder();
    for (let i = 0; i < 500; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 4000) }, () => Math.floor(next() * 256));
      expect(() => readSpec(NAME, decoder.decode(bytes))).not.toThrow();
    }
  });

  test.each([
    ['[a](', ''],
    ['[', '## Milestones\n1. '],
    ['](', '- '],
    ['`', ''],
    ['``` ', '### Phase 1: x\n- [ ] '],
    ['<!--', 'text '],
    ['\\', '# '],
    ['**', '## Requirements\n1. **FR-1**: '],
    ['[a](b(c', ''],
    [' ', 'Owner: '],
    ['- ', '## Status\n- [x] '],
    ['# ', ''],
  ])('a 1 MiB line of %j after %j is read in linear time', (unit, prefix) => {
    const text = prefix + unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    // Quadratic work on 1 MiB would take minutes: the test's own time limit catches it (no timing is asserted).
    const reading = readSpec(NAME, text);
    expect(reading.problems.length).toBeGreaterThan(0);
  }, 20_000);

  test('deeply nested lists and 100,000 short lines', () => {
    let nested = '### Phase 1: Deep\n';
    for (let depth = 0; depth < 1000; depth++) nested += `${' '.repeat(depth)}- [x] task ${depth}\n`;
    const deep = readSpec(NAME, nested);
    expect(deep.phases[0]!.done).toBe(1000);
    const many = readSpec(NAME, `## Status\n${'- [x] Design review\n'.repeat(100_000)}`);
    expect(many.problems.filter((p) => p.message.includes('repeats'))).toHaveLength(99_999);
  }, 20_000);

  test('very long titles and tasks are kept short', () => {
    const long = 'x'.repeat(100_000);
    const reading = readSpec(NAME, `# Feature Specification: ${long}\n### Phase 1: P\n- [ ] ${long}\n`);
    expect(reading.title!.value.length).toBeLessThan(2100);
    expect(reading.phases[0]!.tasks[0]!.text.length).toBeLessThan(2100);
  });
});
