/**
 * The index's text: golden output for a folder of generated and hand-edited
 * specs, the same bytes whatever the order or the day, cells that stay text
 * (one cell each, no Markdown or HTML), links that stay links to the file,
 * rows for specs that could not be read, markdownlint and prettier content,
 * and a chart Mermaid parses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { readSpec, unreadSpec } from '../../src/specs/read-spec.js';
import { readSpecsFolder, type SpecFile } from '../../src/specs/read-specs-folder.js';
import { INDEX_MARKER, isGeneratedIndex, renderIndex, type RequirementTests } from '../../src/views/spec-index.js';
import { rowCells } from '../../src/views/list-table.js';
import { summarize } from '../../src/specs/spec-summary.js';
import { markdownlintFindings, nodesOfType, parseCommonMark, prettierFormat, textOf } from '../helpers/markdown-checks.js';
import { mermaidBlock, parseGantts } from '../helpers/mermaid-parse.js';
import { typedOf } from '../helpers/typed-text.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/index/', import.meta.url));
const GOLDEN = readFileSync(`${FIXTURE}README.md`, 'utf8');

function fixtureSpecs(): SpecFile[] {
  return readSpecsFolder(FIXTURE, 'specs');
}

/** What tracing finds in a repository without tests: every requirement untested. */
function untested(files: readonly SpecFile[]): RequirementTests {
  return new Map(files.map((f) => [f.path, { tested: 0, todo: 0, untested: f.reading.requirements.length }]));
}

/** A spec with this title, owner and next milestone, as the reader gives it. */
function spec(fileName: string, title: string, owner: string, milestone = 'Beta'): SpecFile {
  const text = [`# Feature Specification: ${title}`, '', '### Milestones', '', `1. **${milestone}** - 2027-01-15`, '', '## Status', '', '- [ ] Specification review', '', 'Created: 2026-11-01', 'Last Updated: 2026-11-01', `Owner: ${owner}`, ''].join('\n');
  return { path: `docs/specs/${fileName}`, reading: readSpec(fileName, text), read: true };
}

/** The table's rows, each split into its cells at the pipes that are not escaped. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.trim()));
}

/** What CommonMark makes of one cell: its text, and the kinds of inline nodes in it. */
function cellReading(cell: string): { text: string; kinds: string[] } {
  // Read mid-line, as a cell's text is: in a cell nothing can start a block, so a leading `#` needs no escape.
  const root = parseCommonMark(`x ${cell.replace(/\\\|/g, '|')}`);
  const kinds = new Set<string>();
  const walker = root.walker();
  for (let e = walker.next(); e; e = walker.next()) if (e.entering) kinds.add(e.node.type);
  // Inline code reads back between its backticks, as it was typed.
  return { text: typedOf(root).slice(2), kinds: [...kinds].filter((k) => k !== 'document' && k !== 'paragraph') };
}

describe('renderIndex', () => {
  test('golden: generated specs, hand-edited ones (CRLF, ticked, struck through, deployed), one written by hand, one without a title', () => {
    const specs = fixtureSpecs();
    expect(renderIndex(specs, untested(specs))).toBe(GOLDEN);
  });

  test('tasks and tests as `list` shows them: ticked of all, requirements tested / todo only / untested', () => {
    const specs = fixtureSpecs();
    const tests: RequirementTests = new Map([[specs[0]!.path, { tested: 1, todo: 2, untested: 3 }]]);
    const rows = tableRows(renderIndex(specs, tests));
    expect(rows[0]!.slice(4, 6)).toEqual(['Tasks', 'Tests']);
    for (const [i, file] of [...specs].entries()) {
      const listed = rowCells({ ...summarize(file, '2026-12-01'), tests: tests.get(file.path) });
      expect(rows[i + 2]!.slice(4, 6)).toEqual(listed.slice(4, 6));
    }
    expect(rows[2]!.slice(4, 6)).toEqual(['0/2', '1/2/3']);
    expect(rows[3]!.slice(4, 6)).toEqual(['1/2', '-']);
  });

  test('the same bytes whatever order the specs come in; nothing depends on today', () => {
    const specs = fixtureSpecs();
    expect(renderIndex([...specs].reverse(), untested(specs))).toBe(GOLDEN);
    expect(GOLDEN).not.toMatch(/\bin \d+ days?\b|\btoday\b|overdue/);
  });

  test('markdownlint finds nothing; prettier changes nothing; the chart parses as Mermaid wrote it', async () => {
    expect(markdownlintFindings(GOLDEN)).toEqual([]);
    expect(await prettierFormat(GOLDEN)).toBe(GOLDEN);
    const [chart] = parseGantts([mermaidBlock(GOLDEN)!]);
    expect(chart).toMatchObject({ ok: true, title: '', sections: ['0001 Dark mode', '0002 Export to CSV', '0003 Offline: sync; queue #2', '0005 Search across every wo…'] });
    expect(chart!.ok && chart!.tasks.map((t) => `${t.date} ${t.name}${t.done ? ' (done)' : ''}`)).toEqual([
      '2026-12-10 Design sign-off',
      '2027-01-15 Public beta',
      '2026-11-20 Beta (done)',
      '2026-11-26 Launch',
      '2027-02-01 Title review',
      '2027-03-01 5% rollout; "staged"',
      '2027-04-01 Ελληνικά: έκδοση',
      '2026-11-26 Beta (done)',
      '2027-01-10 GA',
    ]);
  });

  test('it says it is generated, and how to update it', () => {
    expect(GOLDEN.split('\n').slice(0, 4)).toEqual(['# Specifications', '', '<!-- markdownlint-disable MD013 -->', INDEX_MARKER]);
    expect(INDEX_MARKER).toContain('`specwright index`');
    expect(isGeneratedIndex(GOLDEN)).toBe(true);
    expect(isGeneratedIndex(GOLDEN.replace(INDEX_MARKER, ''))).toBe(false);
  });

  test('only the marker where index puts it makes a README generated; one that quotes it is somebody\'s own', () => {
    expect(isGeneratedIndex(GOLDEN.replace(/\n/g, '\r\n'))).toBe(true);
    const quoting = ['# Our specs', '', 'The index starts with this line:', '', '```markdown', INDEX_MARKER, '```', ''].join('\n');
    expect(isGeneratedIndex(quoting)).toBe(false);
    // The marker alone, first or with another title, is not where index puts it.
    expect(isGeneratedIndex(`${INDEX_MARKER}\n`)).toBe(false);
    expect(isGeneratedIndex(GOLDEN.replace('# Specifications', '# Team specifications'))).toBe(false);
    expect(isGeneratedIndex(`Intro\n\n${GOLDEN}`)).toBe(false);
    expect(isGeneratedIndex(GOLDEN.split('\n').slice(0, 4).join('\n'))).toBe(false);
  });

  test('hostile titles, owners and milestone names stay one cell of plain text each', async () => {
    const hostile = [
      ['a | b || c', 'x|y'],
      ['`code` and `more`', '<script>alert(1)</script>'],
      ['[link](javascript:alert(1)) ![img](x.png)', '<b>bold</b> &amp; &copy;'],
      ['*em* _em_ **strong** __strong__ ~~del~~', 'https://example.com www.example.com a@b.co'],
      ['# not a heading', '- not a list'],
      ['1. not a list', '+ plus'],
      ['back\\slash \\| pipe', '<img src=x onerror=alert(1)>'],
      ['日本語のタイトル', 'Ελληνικά'],
    ];
    const files = hostile.map(([title, owner], i) => spec(`${String(i + 1).padStart(4, '0')}-x.md`, title!, owner!, `${owner!} milestone`));
    const index = renderIndex(files);
    const rows = tableRows(index);
    expect(rows).toHaveLength(hostile.length + 2);
    for (const row of rows) expect(row).toHaveLength(8);
    for (const [i, [title]] of hostile.entries()) {
      const row = rows[i + 2]!;
      const reading = files[i]!.reading;
      // Backticks typed in pairs are inline code in the spec's heading, and so in its row.
      expect(cellReading(row[1]!)).toEqual({ text: reading.title!.value, kinds: title!.includes('`') ? ['text', 'code'] : ['text'] });
      expect(cellReading(row[2]!)).toEqual({ text: reading.owner!.value, kinds: ['text'] });
      const milestone = reading.milestones[0];
      if (milestone) expect(cellReading(row[6]!)).toEqual({ text: milestone.name, kinds: ['text'] });
      else expect(row[6]).toBe('-');
      expect(reading.title!.value).toBe(title!.replace(/\\(?=[\\|])/g, '')); // as the reader reads the heading
    }
    // The document as a whole: one link per spec (the id), no HTML, no heading but ours.
    const root = parseCommonMark(index);
    expect(nodesOfType(root, 'link').map((l) => (l as unknown as { destination: string }).destination)).toEqual(files.map((f) => f.reading.fileName));
    expect(nodesOfType(root, 'html_inline')).toEqual([]);
    expect(nodesOfType(root, 'heading').map(textOf)).toEqual(['Specifications', 'Milestones']);
    expect(markdownlintFindings(index)).toEqual([]);
    expect(await prettierFormat(index)).toBe(index);
    expect(parseGantts([mermaidBlock(index)!])[0]).toMatchObject({ ok: true, title: '' });
  });

  test('text the reader never gives (line breaks, control characters) still cannot break a row', () => {
    const file = spec('0001-x.md', 'T', 'O');
    const forged: SpecFile = { ...file, reading: { ...file.reading, title: { value: 'two\nlines\r\n| --- |', line: 1 }, owner: { value: 'tab\there\u0007\u202E', line: 2 } } };
    const rows = tableRows(renderIndex([forged]));
    expect(rows[2]).toEqual(['[0001](0001-x.md)', 'two lines \\| --- \\|', 'tab here\u2407\\<U+202E>', 'draft', '-', '-', 'Beta', '2027-01-15']);
  });

  test('a file name that is not a plain slug is still one link to that file, percent-encoded', () => {
    const name = '0007-a](javascript:alert(1)) |<x> b.md';
    const index = renderIndex([{ path: `docs/specs/${name}`, reading: readSpec(name, '# T\n'), read: true }]);
    const rows = tableRows(index);
    expect(rows[2]![0]).toBe('[0007](0007-a%5D%28javascript%3Aalert%281%29%29%20%7C%3Cx%3E%20b.md)');
    expect(rows[2]).toHaveLength(8);
    const links = nodesOfType(parseCommonMark(index), 'link') as unknown as { destination: string }[];
    expect(links.map((l) => decodeURIComponent(l.destination))).toEqual([name]);
  });

  test('a spec that could not be read keeps its row with what its name says', () => {
    const index = renderIndex([spec('0001-a.md', 'A', 'Ada'), { path: 'docs/specs/0009-x.md', reading: unreadSpec('0009-x.md', 'not a regular file'), read: false }]);
    expect(tableRows(index)[3]).toEqual(['[0009](0009-x.md)', '(not read)', '-', '-', '-', '-', '-', '-']);
  });

  test('a spec without a title, owner or milestone: placeholders; no dated milestone anywhere: no chart, a line says so', () => {
    const index = renderIndex([{ path: 'docs/specs/0001-notes.md', reading: readSpec('0001-notes.md', 'Just notes.\n'), read: true }]);
    expect(index).toBe(
      [
        '# Specifications',
        '',
        '<!-- markdownlint-disable MD013 -->',
        INDEX_MARKER,
        '',
        '| ID                    | Title      | Owner | Status | Tasks | Tests | Next milestone | Date |',
        '| --------------------- | ---------- | ----- | ------ | ----- | ----- | -------------- | ---- |',
        '| [0001](0001-notes.md) | (no title) | -     | draft  | -     | -     | -              | -    |',
        '',
        '## Milestones',
        '',
        'No spec has a dated milestone yet.',
        '',
      ].join('\n'),
    );
  });

  test('no specs: a line says how to write the first', async () => {
    const index = renderIndex([]);
    expect(index).toBe(['# Specifications', '', '<!-- markdownlint-disable MD013 -->', INDEX_MARKER, '', 'No specs yet. Write the first one with `specwright new "Feature name"`.', ''].join('\n'));
    expect(markdownlintFindings(index)).toEqual([]);
    expect(await prettierFormat(index)).toBe(index);
  });
});

describe('the README', () => {
  test('its index example is what `specwright index` writes for the specs of its `list` example', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /^## index\n[\s\S]*?^````markdown\n([\s\S]*?)^````$/m.exec(readme)?.[1];
    const specs = [
      ['0001-dark-mode.md', '0001-dark-mode.md'],
      ['0002-export-to-csv.md', '0002-export-to-csv.md'],
      ['0005-search.md', '0003-search.md'],
    ].map(([from, to]) => ({ path: `docs/specs/${to}`, reading: readSpec(to!, readFileSync(`${FIXTURE}specs/${from}`, 'utf8')), read: true }));
    // As the bin writes it in a repository without tests.
    expect(example).toBe(renderIndex(specs, untested(specs)));
    // Apart from line length (the README keeps long table rows and commands on one line), markdownlint finds nothing.
    expect(markdownlintFindings(readme).filter((f) => !f.includes('MD013'))).toEqual([]);
  });
});
