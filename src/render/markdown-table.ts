import { displayWidth } from '../text/display-width.js';
import { markdownText } from '../text/markdown-text.js';

/**
 * A GFM table with cells escaped and columns padded, so the file is already
 * in the shape formatters such as prettier would give it.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(markdownText));
  const widths = header.map((_, column) =>
    Math.max(3, ...cells.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, column) => cell + ' '.repeat(widths[column]! - displayWidth(cell))).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}
