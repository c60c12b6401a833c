import { displayWidth } from './display-width.js';

/**
 * A GFM table of cells that are Markdown already (escaped by the caller),
 * columns padded to the widest cell as terminals and formatters measure it
 * (wide CJK and emoji count 2), so the file is already in the shape prettier
 * would give it. The first row is the header.
 */
export function alignedTable(rows: readonly (readonly string[])[]): string {
  const [head, ...body] = rows;
  if (!head) return '';
  const widths = head.map((_, column) => Math.max(3, ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const pad = (cell: string, width: number): string => cell + ' '.repeat(width - displayWidth(cell));
  const line = (row: readonly string[]): string => `| ${widths.map((width, column) => pad(row[column] ?? '', width)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}
