/**
 * `status`'s edit of a spec, pure: the text in, the text out with the Status
 * items up to a step ticked, the Last Updated value set and one Changelog row
 * appended. Lines are found by the reader (read-spec.ts) and edited by number;
 * every other byte stays as it was (line endings, a missing final newline).
 * What it cannot find it refuses (UsageError, exit 2), naming what is missing.
 */
import { UsageError } from '../base/errors.js';
import { displayWidth } from '../base/text/display-width.js';
import { compactDelimiter, compactRow, isFormatterIgnore, LOG_TABLE_AFTER, LOG_TABLE_BEFORE } from '../base/text/log-table.js';
import { markdownCell } from '../base/text/markdown-text.js';
import { eachMarkdownLine } from './markdown-lines.js';
import { readSpec, type StatusItem } from './read-spec.js';
import { BUILT_IN_LIFECYCLE, isEndState, stepPosition, type Lifecycle } from './lifecycle.js';

export interface StatusChange {
  /** A step or an end state of the lifecycle (an end state's item must be in the file: end-state-edit.ts appends it). */
  readonly step: string;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly author: string;
  readonly note?: string | undefined;
}

export interface StatusEdit {
  /** The new text; equal to the old one when `changed` is false. */
  readonly text: string;
  readonly changed: boolean;
  /** The item of the step set, as labelled in the file. */
  readonly item: StatusItem;
  /** The items ticked by this edit, in checklist order. */
  readonly ticked: readonly StatusItem[];
}

/** An unticked checkbox right after the list marker. */
const OPEN_BOX = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ \t]\]/;

/** The text's lines and the ending after each ('' for a last line without one). */
export function splitLines(text: string): { lines: string[]; endings: string[] } {
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines: string[] = [];
  const endings: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i]!);
    endings.push(parts[i + 1] ?? '');
  }
  return { lines, endings };
}

/** The lines (1-based) of the first and last row of the first table under a Changelog heading, or undefined. */
function changelogTable(text: string): { start: number; last: number } | undefined {
  let level = 0;
  let tableStart = 0;
  let lastRow: number | undefined;
  let done = false;
  eachMarkdownLine(text, (number, _text, data, code) => {
    if (done) return;
    const trimmed = data.trimStart();
    const hashes = /^(#{1,6})(?:[ \t]|$)/.exec(trimmed);
    if (hashes && !code) {
      const headingLevel = hashes[1]!.length;
      if (level > 0 && headingLevel <= level) {
        if (lastRow !== undefined) done = true;
        level = 0;
      }
      if (level === 0 && /^changelog\b|^change log\b/i.test(trimmed.slice(headingLevel).trim())) level = headingLevel;
      return;
    }
    if (level === 0) return;
    if (!code && trimmed.startsWith('|')) {
      if (tableStart === 0) tableStart = number;
      lastRow = number;
    } else if (tableStart > 0) done = true;
  });
  // A header and its delimiter row at least.
  return lastRow !== undefined && lastRow > tableStart ? { start: tableStart, last: lastRow } : undefined;
}

/** A table row's cells, trimmed (an escaped `\|` stays inside its cell). */
function cellsOf(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Is the table padded as `new` used to write it (every column as wide as its widest cell, as prettier pads)? */
function isAligned(rows: readonly string[]): boolean {
  const cells = rows.map(cellsOf);
  const columns = cells[0]!.length;
  // Another column count, or alignment colons in the delimiter row: not a table this edit may reshape.
  if (cells.some((row) => row.length !== columns) || cells[1]!.some((cell) => !/^-+$/.test(cell))) return false;
  const widths = Array.from({ length: columns }, (_, c) => Math.max(3, ...cells.filter((_, r) => r !== 1).map((row) => displayWidth(row[c]!))));
  const padded = cells.map((row, r) =>
    r === 1 ? `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |` : `| ${row.map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell))).join(' | ')} |`,
  );
  return padded.every((line, i) => line === rows[i]!.trimEnd());
}

/**
 * The table's new lines, its new row last. A table guarded as `new` writes it
 * (base/text/log-table.ts says why) only gains the row. One padded as `new`
 * wrote it before is guarded and written compactly once, so that no later row
 * re-pads it and prettier and markdownlint stay content. Any other table,
 * written by hand, only gains the row.
 */
function tableWithRow(table: readonly string[], above: string | undefined, row: string): string[] {
  if ((above !== undefined && isFormatterIgnore(above)) || !isAligned(table)) return [...table, row];
  const cells = table.map(cellsOf);
  return [...LOG_TABLE_BEFORE, ...cells.map((r, i) => (i === 1 ? compactDelimiter(r.length) : compactRow(r))), row, ...LOG_TABLE_AFTER];
}

function refuse(fileName: string, what: string): never {
  throw new UsageError(`${fileName}: ${what}; nothing was written`, 'Fix the spec by hand (the template shows the shape), then run the command again.');
}

/** The edit of `text` (the spec `fileName`) that sets its status to `change.step`. */
export function statusEdit(fileName: string, text: string, change: StatusChange, lifecycle: Lifecycle = BUILT_IN_LIFECYCLE): StatusEdit {
  const reading = readSpec(fileName, text, lifecycle);
  const ending = isEndState(lifecycle, change.step);
  const target = stepPosition(lifecycle, change.step);
  // An end state ticks its own item only; a step, every step up to it.
  const wanted = ending ? lifecycle.endStates.filter((s) => s.name === change.step) : lifecycle.steps.slice(0, target + 1);
  const missing = wanted.filter((step) => !reading.status.some((item) => item.step === step.name));
  if (missing.length > 0) refuse(fileName, `the Status checklist has no ${missing.map((s) => `"${s.label}"`).join(', ')} item${missing.length > 1 ? 's' : ''}`);
  const items = wanted.map((step) => reading.status.find((item) => item.step === step.name)!);
  const item = items[items.length - 1]!;
  const toTick = items.filter((i) => !i.done);
  if (toTick.length === 0) return { text, changed: false, item, ticked: [] };
  const current = reading.currentStatus;
  refuseEnded(fileName, current);
  if (!ending && current && stepPosition(lifecycle, current.step) > target) {
    throw new UsageError(`${fileName} is at "${current.label}" already, past "${item.label}": status never unticks items; nothing was written`);
  }
  if (!reading.lastUpdated) refuse(fileName, 'no readable "Last Updated: YYYY-MM-DD" line');
  const table = changelogTable(text);
  if (table === undefined) refuse(fileName, 'no Changelog table (## Changelog, then | Date | Author | Changes |)');
  const lastRow = table.last;
  const note = change.note?.trim();
  if (/[\r\n]/.test(change.author) || (note !== undefined && /[\r\n]/.test(note))) throw new UsageError('--note and the author must be one line each');

  const { lines, endings } = splitLines(text);
  for (const open of toTick) {
    const line = lines[open.line - 1]!;
    const box = OPEN_BOX.exec(line);
    if (!box) refuse(fileName, `line ${open.line}: the checkbox of "${open.label}" is not where it should be`);
    lines[open.line - 1] = `${box[1]}[x]${line.slice(box[0].length)}`;
  }
  const updatedAt = reading.lastUpdated.line - 1;
  const updated = lines[updatedAt]!;
  const at = lastUpdatedValueAt(updated, reading.lastUpdated.value);
  if (at < 0) refuse(fileName, `line ${reading.lastUpdated.line}: the Last Updated date is not written plainly`);
  lines[updatedAt] = `${updated.slice(0, at)}${change.today}${updated.slice(at + reading.lastUpdated.value.length)}`;

  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  // The label is Markdown already (as the checklist holds it: `Superseded by [0012](…)` stays a link); only a bare `|` would end the cell.
  const label = item.label.replace(/(?<!\\)\|/g, '\\|');
  const changes = `Status: ${label}${note ? ` — ${markdownCell(note)}` : ''}`;
  const row = compactRow([change.today, markdownCell(change.author), changes]);
  const above = lines.slice(0, table.start - 1).reverse().find((line) => line.trim() !== '');
  const block = tableWithRow(lines.slice(table.start - 1, lastRow), above, row);
  // Every new line ends as the file's lines do; the block's last one as the old last row did.
  lines.splice(table.start - 1, lastRow - table.start + 1, ...block);
  endings.splice(table.start - 1, lastRow - table.start + 1, ...block.map((_, i) => (i === block.length - 1 ? endings[lastRow - 1]! : eol)));

  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) out.push(lines[i]!, endings[i]!);
  return { text: out.join(''), changed: true, item, ticked: toTick };
}

/** A spec in an end state stays there: leaving it is a person's decision, made by unticking its item by hand. */
function refuseEnded(fileName: string, current: StatusItem | undefined): void {
  if (!current?.end) return;
  throw new UsageError(
    `${fileName} is "${current.label}" (line ${current.line}), an end state: status does not move a spec out of one; nothing was written`,
    `To take it up again, untick "${current.label}" by hand (- [ ]), then run the command again.`,
  );
}

/**
 * Where the Last Updated value starts on its line: after the last "Updated"
 * key, since a footer joined into one line also holds the Created date (often
 * the same day); -1 when it is not written plainly there.
 */
export function lastUpdatedValueAt(line: string, value: string): number {
  let keyEnd = -1;
  for (const key of line.matchAll(/updated[^:]{0,4}:/gi)) keyEnd = key.index + key[0].length;
  return keyEnd < 0 ? -1 : line.indexOf(value, keyEnd);
}
