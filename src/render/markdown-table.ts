import { alignedTable } from '../base/text/aligned-table.js';
import { markdownText } from '../base/text/markdown-text.js';

/**
 * A GFM table with cells escaped and columns padded, so the file is already
 * in the shape formatters such as prettier would give it.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return alignedTable([header, ...rows].map((row) => row.map(markdownText)));
}
