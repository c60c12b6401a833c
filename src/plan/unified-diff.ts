/**
 * A unified diff for `--dry-run --force`. The new text is a spec of a few
 * hundred lines, but the old one is whatever is on disk, so time and memory
 * must not grow with its length squared: the equal lines at the start and at
 * the end are set aside in linear time (a spec edited in a few places leaves
 * a small middle), the longest common subsequence runs on the middle only,
 * and only within fixed budgets of table cells and lines; past them the diff
 * is a summary. A diff library would add a package to every npx install for
 * one rarely used flag.
 */
const CONTEXT = 3;

/**
 * Cells of the LCS table: (changed lines of the old text + 1) × (of the new + 1).
 * 4M two-byte cells are 8 MB and well under a tenth of a second; two texts
 * of 1,999 lines each, changed from the first line to the last, still fit.
 */
export const DIFF_CELL_BUDGET = 4_000_000;

/**
 * Lines between the equal start and end, both texts together. One empty side
 * needs no table, but a diff of millions of `-` lines costs memory for every
 * line and is longer than anyone reads.
 */
export const DIFF_LINE_BUDGET = 20_000;

export interface FileDiff {
  /** `--- a/path`, `+++ b/path` and @@ hunks ('' when the texts are equal), or the two headers and a summary. */
  readonly text: string;
  /** True when `text` is a summary: the texts were too large to diff. */
  readonly summarized: boolean;
}

type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

/** Where the texts differ: lines [start, oldEnd) of the old one and [start, newEnd) of the new one. */
interface Middle {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

function middleOf(a: readonly string[], b: readonly string[]): Middle {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a[start] === b[start]) start++;
  let suffix = 0;
  while (suffix < shorter - start && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { start, oldEnd: a.length - suffix, newEnd: b.length - suffix };
}

/**
 * LCS ops for the middle. oldNo/newNo are 1-based line numbers on the side
 * an op has a line, and "lines consumed so far" on the side it has none.
 */
function middleOps(a: readonly string[], b: readonly string[], { start, oldEnd, newEnd }: Middle): Op[] {
  const n = oldEnd - start;
  const m = newEnd - start;
  const width = m + 1;
  // lcs[i * width + j]: LCS length of the middles from a[start + i] and b[start + j].
  // Two bytes are enough: it is at most min(n, m), and (min(n, m) + 1)² ≤ the budget.
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      ops.push({ kind: ' ', line: a[start + i]!, oldNo: start + ++i, newNo: start + ++j });
    } else if (j < m && (i === n || lcs[i * width + j + 1]! > lcs[(i + 1) * width + j]!)) {
      ops.push({ kind: '+', line: b[start + j]!, oldNo: start + i, newNo: start + ++j });
    } else {
      ops.push({ kind: '-', line: a[start + i]!, oldNo: start + ++i, newNo: start + j });
    }
  }
  return ops;
}

/** The middle's ops with the equal lines a hunk may show around them. */
function lineOps(a: readonly string[], b: readonly string[], middle: Middle): Op[] {
  const before: Op[] = [];
  for (let k = Math.max(0, middle.start - CONTEXT); k < middle.start; k++) before.push({ kind: ' ', line: a[k]!, oldNo: k + 1, newNo: k + 1 });
  const after: Op[] = [];
  for (let t = 0; t < CONTEXT && middle.oldEnd + t < a.length; t++) {
    after.push({ kind: ' ', line: a[middle.oldEnd + t]!, oldNo: middle.oldEnd + t + 1, newNo: middle.newEnd + t + 1 });
  }
  return [...before, ...middleOps(a, b, middle), ...after];
}

function hunks(ops: readonly Op[]): string[] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const ranges: [number, number][] = [];
  for (const index of changed) {
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(ops.length, index + CONTEXT + 1);
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else ranges.push([start, end]);
  }
  return ranges.map(([start, end]) => {
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const first = slice[0]!;
    const oldStart = first.kind === '+' && oldCount > 0 ? first.oldNo + 1 : first.oldNo;
    const newStart = first.kind === '-' && newCount > 0 ? first.newNo + 1 : first.newNo;
    const header = `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`;
    return [header, ...slice.map(printed)].join('\n');
  });
}

/**
 * A last line without its newline differs from the same line with one (a
 * diff that hid it would say a file --force changes stays the same): it is
 * marked, and printed as the unified format says, followed by
 * `\ No newline at end of file`.
 */
const NO_NEWLINE = '\u0000no newline';

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\n$/, '').split('\n');
  if (!text.endsWith('\n')) lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}

const printed = (op: Op): string =>
  op.line.endsWith(NO_NEWLINE) ? `${op.kind}${op.line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file` : `${op.kind}${op.line}`;

const headers = (path: string): string[] => [`--- a/${path}`, `+++ b/${path}`];

/** Lines `from`..`to` (1-based, inclusive) in words. */
function span(from: number, to: number): string {
  if (to < from) return `no line (after line ${to})`;
  return from === to ? `line ${from}` : `lines ${from}-${to}`;
}

/** The headers and one line saying why there are no hunks. */
export function diffSummary(path: string, reason: string): FileDiff {
  return { text: [...headers(path), `Too large to diff here: ${reason}.`].join('\n') + '\n', summarized: true };
}

/** The diff that turns `before` into `after`, as hunks, or as a summary past either budget. */
export function unifiedDiff(path: string, before: string, after: string): FileDiff {
  if (before === after) return { text: '', summarized: false };
  const a = splitLines(before);
  const b = splitLines(after);
  const middle = middleOf(a, b);
  const oldLines = middle.oldEnd - middle.start;
  const newLines = middle.newEnd - middle.start;
  if (oldLines + newLines > DIFF_LINE_BUDGET || (oldLines + 1) * (newLines + 1) > DIFF_CELL_BUDGET) {
    return diffSummary(
      path,
      `the files differ within ${span(middle.start + 1, middle.oldEnd)} of the existing file (${a.length} lines)` +
        ` and ${span(middle.start + 1, middle.newEnd)} of the new one (${b.length} lines)`,
    );
  }
  return { text: [...headers(path), ...hunks(lineOps(a, b, middle))].join('\n') + '\n', summarized: false };
}
