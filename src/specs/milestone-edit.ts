/**
 * `milestone`'s edit of a spec, pure: the text in, the text out with one
 * milestone line ticked done (`1. [x] **Name** - date`, as the reader and
 * lint's `overdue` hint have it), made not done again (its box cleared, its
 * strike-through taken off) or given another day, and Last Updated set. Only
 * those lines change; line endings and every other byte stay as they were.
 * What it cannot find written plainly it refuses (UsageError, exit 2).
 */
import { UsageError } from '../base/errors.js';
import type { IsoDate } from '../base/text/dates.js';
import { milestoneNamed } from './milestone-named.js';
import { readSpec, type Milestone } from './read-spec.js';
import type { LineChange } from './renumber-edit.js';
import { lastUpdatedValueAt, splitLines } from './status-edit.js';

export interface MilestoneChange {
  /** The milestone's name, or the start of it, as typed. */
  readonly name: string;
  /** true: done; false: not done; undefined: as it is. */
  readonly done?: boolean | undefined;
  /** A calendar day (checked by the caller); undefined: as it is. */
  readonly date?: IsoDate | undefined;
  readonly today: IsoDate;
}

export interface MilestoneEdit {
  /** The new text; equal to the old one when `changed` is false. */
  readonly text: string;
  readonly changed: boolean;
  /** The milestone as it was read before the edit. */
  readonly milestone: Milestone;
  /** Done and its date after the edit. */
  readonly done: boolean;
  readonly date: IsoDate;
  /** The lines that differ, in file order. */
  readonly lines: readonly LineChange[];
}

/** A list item's marker (`1.`, `-`), then an optional checkbox and the blanks after it. */
const ITEM_START = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?:\[([ \txX])\]([ \t]+|$))?/;
/** What ends a list item's first paragraph: a blank line, another item, a heading, a table, HTML, a fence or a rule. */
const NOT_CONTINUATION = /^[ \t]*(?:$|[-*+][ \t]|[-*+]$|\d{1,9}[.)](?:[ \t]|$)|#|\||<|```|~~~|(?:[-*_][ \t]*){3,}$)/;
/** Prettier wraps a long item over a few lines; further than this is not one milestone. */
const MAX_ITEM_LINES = 20;

function refuse(fileName: string, what: string): never {
  throw new UsageError(`${fileName}: ${what}; nothing was written`, 'Edit the line by hand (1. [x] **Name** - YYYY-MM-DD), then run the command again if needed.');
}

/** The index of the last line of the list item starting at `first` (its first paragraph: where the reader finds the milestone). */
function lastLineOfItem(lines: readonly string[], first: number): number {
  let last = first;
  while (last + 1 < lines.length && last + 1 - first < MAX_ITEM_LINES && !NOT_CONTINUATION.test(lines[last + 1]!)) last++;
  return last;
}

/** The edit of `text` (the spec `fileName`, id `id`) that changes one milestone as `change` says. */
export function milestoneEdit(fileName: string, id: string, text: string, change: MilestoneChange): MilestoneEdit {
  const reading = readSpec(fileName, text);
  const milestone = milestoneNamed(reading.milestones, change.name, id);
  const done = change.done ?? milestone.done;
  const date = change.date ?? milestone.date;
  const unchanged = { text, changed: false, milestone, done, date, lines: [] };
  if (done === milestone.done && date === milestone.date) return unchanged;
  if (!reading.lastUpdated) refuse(fileName, 'no readable "Last Updated: YYYY-MM-DD" line');

  const { lines, endings } = splitLines(text);
  const before = [...lines];
  const first = milestone.line - 1;
  const last = lastLineOfItem(lines, first);
  if (date !== milestone.date) moveDate(fileName, lines, first, last, milestone, date);
  if (done !== milestone.done) {
    // A list whose other milestones have boxes keeps an open box; one written without (as generated) goes back to none.
    const boxed = reading.milestones.some((other) => other !== milestone && ITEM_START.exec(lines[other.line - 1]!)?.[2] !== undefined);
    if (done) markDone(fileName, lines, first, milestone);
    else markNotDone(fileName, lines, first, last, milestone, boxed);
  }
  const updatedAt = reading.lastUpdated.line - 1;
  const updated = lines[updatedAt]!;
  const at = lastUpdatedValueAt(updated, reading.lastUpdated.value);
  if (at < 0) refuse(fileName, `line ${reading.lastUpdated.line}: the Last Updated date is not written plainly`);
  lines[updatedAt] = `${updated.slice(0, at)}${change.today}${updated.slice(at + reading.lastUpdated.value.length)}`;

  const changes: LineChange[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i] !== before[i]) changes.push({ line: i + 1, before: before[i]!, after: lines[i]! });
  if (changes.length === 0) return unchanged;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) out.push(lines[i]!, endings[i]!);
  return { text: out.join(''), changed: true, milestone, done, date, lines: changes };
}

/** The date is the last thing of the item: its last occurrence there is replaced. */
function moveDate(fileName: string, lines: string[], first: number, last: number, milestone: Milestone, date: IsoDate): void {
  for (let i = last; i >= first; i--) {
    const at = lines[i]!.lastIndexOf(milestone.date);
    if (at < 0) continue;
    lines[i] = `${lines[i]!.slice(0, at)}${date}${lines[i]!.slice(at + milestone.date.length)}`;
    return;
  }
  refuse(fileName, `line ${milestone.line}: the date of milestone "${milestone.name}" is not written plainly`);
}

/** `1. **Beta** - …` → `1. [x] **Beta** - …`; an open box `[ ]` is ticked. */
function markDone(fileName: string, lines: string[], first: number, milestone: Milestone): void {
  const line = lines[first]!;
  const start = ITEM_START.exec(line);
  if (!start) refuse(fileName, `line ${milestone.line}: milestone "${milestone.name}" is not a list item`);
  const marker = start[1]!;
  lines[first] = start[2] === undefined ? `${marker}[x] ${line.slice(marker.length)}` : `${marker}[x]${line.slice(marker.length + 3)}`;
}

/** A ticked box cleared (or taken off, when `boxed` is false), and a strike-through (`~~…~~`) taken off. */
function markNotDone(fileName: string, lines: string[], first: number, last: number, milestone: Milestone, boxed: boolean): void {
  const start = ITEM_START.exec(lines[first]!);
  if (!start) refuse(fileName, `line ${milestone.line}: milestone "${milestone.name}" is not a list item`);
  const marker = start[1]!;
  const ticked = start[2] !== undefined && start[2] !== ' ' && start[2] !== '\t';
  let rest = lines[first]!.slice(start[0].length);
  const box = ticked ? (boxed ? `[ ]${start[3]}` : '') : start[0].slice(marker.length);
  if (rest.startsWith('~~')) {
    const closing = lines[last]!.trimEnd();
    if (!closing.endsWith('~~') || (first === last && closing.length - start[0].length < 4)) refuse(fileName, `line ${milestone.line}: the strike-through of milestone "${milestone.name}" is not closed where it ends`);
    rest = rest.slice(2);
    if (first === last) {
      const end = rest.trimEnd();
      rest = `${end.slice(0, -2)}${rest.slice(end.length)}`;
    } else {
      const lastLine = lines[last]!;
      lines[last] = `${closing.slice(0, -2)}${lastLine.slice(closing.length)}`;
    }
  }
  lines[first] = `${marker}${box}${rest}`;
}
