/**
 * Setting a spec's end state (rejected, withdrawn, superseded, or one a
 * team's template adds), pure. The seed template does not list end states:
 * the state is one ticked item appended after the Status checklist's last
 * item (`- [x] Rejected`, `- [x] Superseded by [0012](0012-new-auth.md)`),
 * written with that item's marker so the list stays one list. Last Updated
 * and the Changelog row are written as for any status (status-edit.ts).
 */
import { UsageError } from '../base/errors.js';
import { BUILT_IN_LIFECYCLE, endStateOf, type Lifecycle } from './lifecycle.js';
import { readSpec } from './read-spec.js';
import { statusEdit, type StatusEdit } from './status-edit.js';

export interface EndStateChange {
  /** An end state's name: `rejected`, `withdrawn`, `superseded`, or a team's. */
  readonly state: string;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly author: string;
  readonly note?: string | undefined;
  /** Markdown written after the state's word, kept as given: `by [0012](0012-new-auth.md)`. */
  readonly detail?: string | undefined;
  /** The spec's path, for messages. */
  readonly fileName?: string;
  readonly lifecycle?: Lifecycle;
}

/** The marker of a list item with a checkbox (`- `, `* `, `1. `), with its indent. */
const ITEM_MARKER = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[/;

/** `text` with the spec's end state set: its item appended (when missing) and ticked, Last Updated set, a Changelog row added. */
export function withEndState(text: string, change: EndStateChange): StatusEdit {
  const lifecycle = change.lifecycle ?? BUILT_IN_LIFECYCLE;
  const fileName = change.fileName ?? 'the spec';
  const state = lifecycle.endStates.find((s) => s.name === change.state);
  if (!state) throw new UsageError(`"${change.state}" is not an end state; use one of ${lifecycle.endStates.map((s) => s.name).join(', ')}`);
  const detail = change.detail?.trim();
  if (detail !== undefined && /[\r\n]/.test(detail)) throw new UsageError('an end state\'s detail must be one line');
  const label = detail ? `${state.label} ${detail}` : state.label;
  // Whatever follows the word, the item must still read as this state.
  if (endStateOf(lifecycle, label)?.name !== state.name) throw new UsageError(`"${label}" does not read as the end state ${state.name}`);
  const reading = readSpec(fileName, text, lifecycle);
  const withItem = reading.status.some((item) => item.step === state.name) ? text : appendItem(fileName, text, reading.status.at(-1)?.line, label);
  return statusEdit(fileName, withItem, { step: state.name, today: change.today, author: change.author, note: change.note }, lifecycle);
}

/** `text` with an open `label` item after line `after` (the checklist's last item), in its marker and line ending. */
function appendItem(fileName: string, text: string, after: number | undefined, label: string): string {
  if (after === undefined) throw new UsageError(`${fileName}: the Status checklist has no items; nothing was written`, 'Fix the spec by hand (the template shows the shape), then run the command again.');
  // Each line with its own ending (CRLF is one ending, not two).
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const marker = ITEM_MARKER.exec(lines[after - 1]!);
  if (!marker) throw new UsageError(`${fileName}: line ${after}: the Status item is not a "- [ ] …" item; nothing was written`);
  // The item's own indented lines (a wrapped label, a nested note) stay with it: the new item comes after them.
  let end = after;
  while (end < lines.length && /^[ \t]+\S/.test(lines[end]!)) end++;
  const last = lines[end - 1]!;
  const ending = /(?:\r\n|\r|\n)$/.exec(last)?.[0] ?? /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  // The last line of a file without a final newline gets one before the new item; the new item then ends the file as it did.
  const kept = /[\r\n]$/.test(last) ? last : `${last}${ending}`;
  // `7. [ ] Deployed` is followed by `8.`; a list numbered all `1.` stays so.
  const prefix = marker[1]!.replace(/\d+/, (n) => (n === '1' ? n : String(Number(n) + 1)));
  const item = `${prefix}[ ] ${label}${/[\r\n]$/.test(last) ? ending : ''}`;
  lines.splice(end - 1, 1, kept, item);
  return lines.join('');
}
