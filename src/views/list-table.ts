import { displayWidth } from '../base/text/display-width.js';
import { terminalText } from '../base/text/terminal-text.js';
import { tasksCell, testsCell } from './progress-cells.js';
import { dueText, isConflicted, type SpecSummary } from '../specs/spec-summary.js';
import { supersededByText } from './relation-text.js';

const HEADER = ['ID', 'TITLE', 'OWNER', 'STATUS', 'TASKS', 'TESTS', 'NEXT MILESTONE', 'DUE'] as const;
const GAP = '  ';
/**
 * Columns that give up width when the table is too wide, in this order, down
 * to these widths: the title, then the milestone's name (its date, first,
 * stays), then the owner, then the status, down to the width of `code-review`.
 * Below about 80 columns the table is wider than the terminal.
 */
const SHRINKABLE: readonly (readonly [column: number, min: number])[] = [
  [1, 10],
  [6, 14],
  [2, 6],
  [3, 11],
];
const ASCII_PRINTABLE = /^[\x20-\x7E]*$/;

let segmenter: Intl.Segmenter | undefined;


/** `text` cut to `width` terminal columns, ending in `…` when cut (never through a character or grapheme). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  if (ASCII_PRINTABLE.test(text)) return `${text.slice(0, width - 1)}…`;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let used = 0;
  let cut = '';
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    used += w;
    cut += segment;
  }
  return `${cut}…`;
}

/** The cells of one row, as shown. */
export function rowCells(spec: SpecSummary): string[] {
  const next = spec.nextMilestone;
  const conflicted = isConflicted(spec.problems);
  const cells = [
    spec.number ?? spec.id ?? spec.path,
    spec.title ?? (spec.read ? '(no title)' : '(not read)'),
    spec.owner ?? '-',
    conflicted ? 'conflicted' : (supersededByText(spec.relations) ?? spec.status ?? '-'),
    tasksCell(spec.progress),
    testsCell(spec.tests),
    next ? `${next.date} ${next.name}` : '-',
    next ? dueText(next.days) : '-',
  ];
  return cells.map(terminalText);
}

/**
 * The specs as a table that fits `width` columns (see SHRINKABLE), cut text
 * ending in `…`. Widths are measured as terminals show them (wide CJK and
 * emoji count 2).
 */
export function listTable(specs: readonly SpecSummary[], width: number): string {
  const rows = [[...HEADER], ...specs.map(rowCells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
  let excess = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1) - width;
  for (const [column, min] of SHRINKABLE) {
    if (excess <= 0) break;
    const give = Math.min(excess, Math.max(0, widths[column]! - min));
    widths[column]! -= give;
    excess -= give;
  }
  const last = widths.length - 1;
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const shown = truncate(cell, widths[column]!);
          return column === last ? shown : shown + ' '.repeat(widths[column]! - displayWidth(shown));
        })
        .join(GAP)
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
