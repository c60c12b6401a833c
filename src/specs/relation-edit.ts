/**
 * The edit that writes one relation into a spec's footer, pure: the text in,
 * the text out with the relation's link added and Last Updated set. A kind
 * the footer lists already gets the link at the end of its line (on a
 * continuation line past 80 columns, so markdownlint's MD013 holds); a new
 * kind is one more list item after the footer's last. Every other byte stays
 * as it was (line endings, a missing final newline). A relation the spec has
 * already changes nothing.
 */
import { UsageError } from '../base/errors.js';
import { displayWidth } from '../base/text/display-width.js';
import { readSpec } from './read-spec.js';
import { RELATION_LABELS, type RelationKind } from './spec-relations.js';
import { lastUpdatedValueAt, splitLines } from './status-edit.js';

/** The spec related to: its number (the link's text) and its file name (the link's target, in the same folder). */
export interface RelatedSpec {
  readonly number: string;
  readonly file: string;
}

export interface RelationChange {
  readonly kind: RelationKind;
  readonly other: RelatedSpec;
  /** YYYY-MM-DD. */
  readonly today: string;
}

export interface RelationEdit {
  /** The new text; equal to the old one when `changed` is false. */
  readonly text: string;
  readonly changed: boolean;
}

/** markdownlint's default line length (MD013). */
const MAX_COLUMNS = 80;
/** A bullet list item's marker and the blanks after it. */
const BULLET = /^[ \t]*[-*+][ \t]+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** The link a relation is written as: `[0003](0003-old-auth.md)`. File names are slugs: nothing in them needs escaping. */
export function relationLink(other: RelatedSpec): string {
  return `[${other.number}](${other.file})`;
}

/** The edit of `text` (the spec `fileName`) that relates it to `change.other`. */
export function withRelation(fileName: string, text: string, change: RelationChange): RelationEdit {
  const reading = readSpec(fileName, text);
  if (reading.relations.some((r) => r.kind === change.kind && r.file === change.other.file)) return { text, changed: false };
  const updated = reading.lastUpdated;
  if (!updated) {
    throw new UsageError(`${fileName}: no readable "Last Updated: YYYY-MM-DD" line in the footer; nothing was written`, 'Fix the footer by hand (- Created / - Last Updated / - Owner after the last ---), then run the command again.');
  }
  const { lines, endings } = splitLines(text);
  // Set first, before lines are inserted (a footer written by hand may list relations above it).
  const updatedAt = updated.line - 1;
  const valueAt = lastUpdatedValueAt(lines[updatedAt]!, updated.value);
  if (valueAt < 0) {
    throw new UsageError(`${fileName}: line ${updated.line}: the Last Updated date is not written plainly; nothing was written`, 'Write it as "- Last Updated: YYYY-MM-DD", then run the command again.');
  }
  lines[updatedAt] = `${lines[updatedAt]!.slice(0, valueAt)}${change.today}${lines[updatedAt]!.slice(valueAt + updated.value.length)}`;
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const link = relationLink(change.other);
  const sameKind = reading.relations.filter((r) => r.kind === change.kind);
  if (sameKind.length > 0) {
    const at = Math.max(...sameKind.map((r) => r.line)) - 1;
    const line = lines[at]!.replace(/[ \t]+$/, '');
    const joined = `${line}, ${link}`;
    if (displayWidth(joined) <= MAX_COLUMNS) lines[at] = joined;
    else {
      lines[at] = `${line},`;
      insert(lines, endings, at, [`${' '.repeat(continuationIndent(line))}${link}`], eol);
    }
  } else {
    const facts = [reading.owner?.line, reading.created?.line, updated.line, ...reading.relations.map((r) => r.line)];
    let at = Math.max(...facts.filter((n): n is number => n !== undefined)) - 1;
    const bullet = BULLET.exec(lines[at]!);
    // The end of the footer's last item or paragraph: its continuation lines belong to it.
    while (at + 1 < lines.length && lines[at + 1]!.trim() !== '' && !LIST_ITEM.test(lines[at + 1]!)) at++;
    const item = `${bullet ? bullet[0] : '- '}${RELATION_LABELS[change.kind]}: ${link}`;
    // After a footer written as plain lines, the list starts after a blank line (markdownlint's MD032).
    insert(lines, endings, at, bullet ? [item] : ['', item], eol);
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) out.push(lines[i]!, endings[i]!);
  return { text: out.join(''), changed: true };
}

/** Lines inserted after line `at` (0-based): the first takes that line's ending, which gets the file's. */
function insert(lines: string[], endings: string[], at: number, added: readonly string[], eol: string): void {
  const last = endings[at]!;
  endings[at] = eol;
  lines.splice(at + 1, 0, ...added);
  endings.splice(at + 1, 0, ...added.map((_, i) => (i === added.length - 1 ? last : eol)));
}

/** Where a list item's text starts (its continuation lines line up there); a continuation line keeps its own indent. */
function continuationIndent(line: string): number {
  const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(line);
  return marker ? displayWidth(marker[0]) : line.length - line.trimStart().length;
}
