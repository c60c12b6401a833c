/**
 * Unresolved merge conflicts, as git writes them into a file: a line starting
 * `<<<<<<< ` (ours), optionally `||||||| ` (the base, with diff3), a line that
 * is exactly `=======`, then a line starting `>>>>>>> ` (theirs). Such a file
 * holds two versions at once: reading it as one spec gives wrong answers, and
 * editing it writes into one half of the conflict. A `=======` outside such a
 * block is a setext heading's underline, not a conflict. Pure and linear.
 */
import { UsageError } from '../base/errors.js';

export interface MergeConflict {
  /** 1-based: the `<<<<<<<` line. */
  readonly start: number;
  /** 1-based: the `>>>>>>>` line. */
  readonly end: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** A marker line: the seven characters, then a blank (git adds the branch name) or nothing. */
function isMarker(line: string, marker: string): boolean {
  if (!line.startsWith(marker)) return false;
  const after = line.charCodeAt(marker.length);
  return Number.isNaN(after) || after === 32 || after === 9;
}

/** Every conflict block of `text`, in file order (none for a file without `<<<<<<<` at the start of a line). */
export function mergeConflicts(text: string): MergeConflict[] {
  // Most files hold no marker at all: one search decides.
  if (!text.includes('<<<<<<<')) return [];
  const found: MergeConflict[] = [];
  let start = 0;
  let divided = false;
  text.split(LINE_BREAK).forEach((line, index) => {
    const number = index + 1;
    if (isMarker(line, '<<<<<<<')) {
      // A second opening before a close: the first was not a conflict block.
      start = number;
      divided = false;
    } else if (start === 0) return;
    else if (!divided && line === '=======') divided = true;
    else if (divided && isMarker(line, '>>>>>>>')) {
      found.push({ start, end: number });
      start = 0;
      divided = false;
    }
  });
  return found;
}

/** One line for a message: where the conflict is and what to do. */
export function conflictText(conflict: MergeConflict): string {
  return `an unresolved merge conflict (<<<<<<< at line ${conflict.start}, >>>>>>> at line ${conflict.end})`;
}

/**
 * Refuses (exit 2) to edit `file` (relative to the root) while `text` holds a
 * conflict: whatever the command wrote would land inside one half of it.
 */
export function refuseConflicted(file: string, text: string, hint = RESOLVE_HINT): void {
  const [first] = mergeConflicts(text);
  if (!first) return;
  throw new UsageError(`${file}:${first.start}: ${conflictText(first)}: resolve the merge first; nothing was written`, hint);
}

const RESOLVE_HINT = 'Keep the lines you want, delete the <<<<<<<, ======= and >>>>>>> lines, `git add` the file, then run the command again.';
