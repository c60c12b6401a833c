/**
 * The text edits of `renumber`: a spec's full id (`0007-dark-mode`) and,
 * where that is not ambiguous, its bare number (`0007 FR-3`) renamed inside
 * a file, line by line. Only the matched characters change: line endings
 * (CRLF, CR, LF), a BOM and every other byte stay as they were. Pure.
 */

export interface LineChange {
  /** 1-based. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface TextEdit {
  readonly text: string;
  /** The lines that differ; empty when nothing matched (then `text` is the input). */
  readonly lines: readonly LineChange[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Characters an id or a number runs on with: `0007-dark-mode` is not a mention of `0007-dark-mode-v2`, nor `10007` of `0007`. */
const WORD = 'A-Za-z0-9_';

/** The full id as a whole word: not inside a longer id (`-v2`), a longer number, or a word. */
export function idPattern(id: string): RegExp {
  return new RegExp(`(?<![${WORD}-])${escape(id)}(?![${WORD}-])`, 'g');
}

/**
 * The bare number as a citation of a requirement (`0007 FR-3`, `0007:FR-3`,
 * as lint reads them): on its own, not part of a longer number, a word, a
 * path (`/0007`), a date or version (`2026-0007`, `1.0007`), nor the start of
 * a full id (`0007-other`), which names a spec by itself; and followed by the
 * requirement, so a `"0007"` that is only a number in a test stays.
 */
export function barePattern(number: string): RegExp {
  return new RegExp(`(?<![${WORD}./-])${escape(number)}(?=[ \\t]*[:/#]?[ \\t]*FR-\\d)`, 'gi');
}

/** `text` with `pattern` replaced by `replacement` (or what it returns for a match) on every line, and which lines changed. */
export function replaceInLines(text: string, pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): TextEdit {
  // Odd parts are the line breaks themselves, kept exactly.
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines: LineChange[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const before = parts[i]!;
    const after = typeof replacement === 'string' ? before.replace(pattern, () => replacement) : before.replace(pattern, replacement);
    if (after !== before) {
      parts[i] = after;
      lines.push({ line: i / 2 + 1, before, after });
    }
  }
  return lines.length === 0 ? { text, lines } : { text: parts.join(''), lines };
}

/** The 1-based lines where `pattern` matches. */
export function linesMatching(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    pattern.lastIndex = 0;
    if (pattern.test(line)) found.push(i + 1);
  });
  pattern.lastIndex = 0;
  return found;
}

/** Two edits of one text, the second applied to the first's result: their changed lines merged, each with its original line. */
export function chainEdits(original: string, first: TextEdit, second: (text: string) => TextEdit): TextEdit {
  const next = second(first.text);
  if (next.lines.length === 0) return first;
  const originals = original.split(/\r\n|\r|\n/);
  const byLine = new Map<number, LineChange>();
  for (const change of [...first.lines, ...next.lines]) byLine.set(change.line, { line: change.line, before: originals[change.line - 1] ?? '', after: change.after });
  return { text: next.text, lines: [...byLine.values()].sort((a, b) => a.line - b.line) };
}
