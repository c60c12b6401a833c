/**
 * A unified diff of two small texts (specs are a few hundred lines), for
 * `--dry-run --force`. Longest-common-subsequence on lines, O(n·m) memory,
 * which is a few hundred kilobytes at most here; a diff library would add a
 * package to every npx install for one rarely used flag.
 */
const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', line: a[i++]!, oldNo: i, newNo: ++j });
    else if (j < m && (i === n || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) ops.push({ kind: '+', line: b[j++]!, oldNo: i, newNo: j });
    else ops.push({ kind: '-', line: a[i++]!, oldNo: i, newNo: j });
  }
  return ops;
}

const splitLines = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** `--- a/path` / `+++ b/path` and @@ hunks; '' when the texts are equal. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(ops.length, index + CONTEXT + 1);
    const last = hunks.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  }
  const body = hunks.map(([start, end]) => {
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const first = slice[0]!;
    // oldNo/newNo are 1-based line numbers on the side an op has a line, and
    // "lines consumed so far" on the side it has none.
    const oldStart = first.kind === '+' && oldCount > 0 ? first.oldNo + 1 : first.oldNo;
    const newStart = first.kind === '-' && newCount > 0 ? first.newNo + 1 : first.newNo;
    const header = `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`;
    return [header, ...slice.map((op) => `${op.kind}${op.line}`)].join('\n');
  });
  return [`--- a/${path}`, `+++ b/${path}`, ...body].join('\n') + '\n';
}
