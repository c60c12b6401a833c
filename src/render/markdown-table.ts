import { logTableLines } from '../base/text/log-table.js';
import { markdownCell } from '../base/text/markdown-text.js';

/**
 * The Changelog table as `new` writes it: cells escaped, rows compact and
 * guarded so that `status` can add rows of any length without re-padding
 * the others (why: base/text/log-table.ts).
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return logTableLines(header.map(markdownCell), rows.map((row) => row.map(markdownCell))).join('\n');
}
