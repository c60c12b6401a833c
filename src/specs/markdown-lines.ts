/**
 * A spec's lines as the reader sees them: split on any line ending, trailing
 * blanks dropped, and what is not data taken out. Fenced code blocks are
 * marked, HTML comments are blanked (they may span lines), and a second view
 * of each line also hides inline code and backslash escapes, so structure
 * (`**FR-1**:`, `[x]`, links, dates) is only ever found in plain text.
 * Every step is linear in the length of the input: no regular expression
 * here can backtrack over a long line.
 */

/** Stands for a character of inline code or of a backslash escape in `data`: not whitespace, not punctuation. */
export const OPAQUE = '\u0001';

export interface MarkdownLine {
  /** 1-based. */
  readonly number: number;
  /** The line with HTML comments blanked to spaces; trailing blanks dropped. */
  readonly text: string;
  /** `text` with inline code and backslash escapes replaced by OPAQUE: the same length, so indexes match. */
  readonly data: string;
  /** A line of a fenced code block, its fences included: not read. */
  readonly code: boolean;
}

export interface Unclosed {
  readonly what: 'fence' | 'comment';
  readonly line: number;
}

const LINE_BREAK = /\r\n|\r|\n/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const SPECIAL = /[`<\\]/g;
/** What makes a line need more than a copy: inline code, a comment, an escape, or a tilde fence. */
const ANY_SPECIAL = /[`<\\~]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Builds the two views of one line side by side. Touching pieces of the same
 * kind are merged before they are copied, so a line of 500,000 escapes makes
 * one piece, not 500,000.
 */
class LineBuilder {
  private readonly text: string[] = [];
  private readonly data: string[] = [];
  private pending: { kind: 'keep' | 'opaque'; from: number; to: number } | undefined;
  constructor(private readonly line: string) {}

  keep(from: number, to: number): void {
    this.add('keep', from, to);
  }

  /** Kept as text, hidden from data (inline code, an escape). */
  opaque(from: number, to: number): void {
    this.add('opaque', from, to);
  }

  /** Gone from both (an HTML comment). */
  blank(from: number, to: number): void {
    // Blanks at the end of the line are dropped anyway.
    if (to <= from || to >= this.line.length) return;
    this.flush();
    const spaces = ' '.repeat(to - from);
    this.text.push(spaces);
    this.data.push(spaces);
  }

  views(): { text: string; data: string } {
    this.flush();
    return { text: this.text.join('').trimEnd(), data: this.data.join('').trimEnd() };
  }

  private add(kind: 'keep' | 'opaque', from: number, to: number): void {
    if (to <= from) return;
    if (this.pending?.kind === kind && this.pending.to === from) {
      this.pending.to = to;
      return;
    }
    this.flush();
    this.pending = { kind, from, to };
  }

  private flush(): void {
    const piece = this.pending;
    if (!piece) return;
    this.pending = undefined;
    const part = this.line.slice(piece.from, piece.to);
    this.text.push(part);
    this.data.push(piece.kind === 'keep' ? part : OPAQUE.repeat(piece.to - piece.from));
  }
}

/**
 * The start of every maximal run of backticks on the line, by run length, so
 * the closing run of an inline code span is found without searching again
 * (`closer` only moves forward: linear over the line).
 */
export class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly next = new Map<number, number>();

  constructor(line: string) {
    for (let start = line.indexOf('`'); start >= 0; ) {
      const length = runLength(line, start, '`');
      const list = this.byLength.get(length);
      if (list) list.push(start);
      else this.byLength.set(length, [start]);
      start = line.indexOf('`', start + length);
    }
  }

  /** The start of the first run of exactly `length` backticks after `after`, or -1. */
  closer(length: number, after: number): number {
    const list = this.byLength.get(length);
    if (!list) return -1;
    let i = this.next.get(length) ?? 0;
    while (i < list.length && list[i]! <= after) i++;
    this.next.set(length, i);
    return i < list.length ? list[i]! : -1;
  }
}

export function runLength(line: string, from: number, ch: string): number {
  let end = from;
  while (line[end] === ch) end++;
  return end - from;
}

/** Receives each line: its 1-based number, its two views (see MarkdownLine) and whether it is code. */
export type LineVisitor = (number: number, text: string, data: string, code: boolean) => void;

/**
 * Splits `source` into lines, takes out what is not data, and hands each line
 * to `visit` (nothing is allocated per line beyond its views). Returns a fence
 * or comment that runs to the end of the file (everything after it is then
 * not read, as a Markdown renderer would show it).
 */
export function eachMarkdownLine(source: string, visit: LineVisitor): Unclosed | undefined {
  const body = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // With `\n` endings only, each line's offset in `body` is known, and one scan of the whole text
  // finds the next character that needs a closer look (most lines have none).
  const lf = !body.includes('\r');
  const raw = lf ? body.split('\n') : body.split(LINE_BREAK);
  // A final line ending does not start another line.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  let fence: { char: string; length: number; line: number } | undefined;
  let comment: number | undefined;
  let offset = 0;
  let nextSpecial = -1;

  for (let index = 0; index < raw.length; index++) {
    const line = raw[index]!;
    const number = index + 1;
    const lineStart = offset;
    offset += line.length + 1;
    let plain: boolean;
    if (lf) {
      if (nextSpecial < lineStart) {
        ANY_SPECIAL.lastIndex = lineStart;
        nextSpecial = ANY_SPECIAL.test(body) ? ANY_SPECIAL.lastIndex - 1 : body.length;
      }
      plain = nextSpecial >= lineStart + line.length;
    } else {
      plain = !hasSpecial(line, 0) && !line.includes('~');
    }
    if (fence) {
      const stripped = line.trim();
      const length = runLength(stripped, 0, fence.char);
      if (length >= fence.length && length === stripped.length) fence = undefined;
      visit(number, '', '', true);
      continue;
    }
    if (comment === undefined) {
      // Most lines hold nothing to take out: both views are the line.
      if (plain) {
        const last = line.charCodeAt(line.length - 1);
        const trimmed = last <= 32 || last >= 0x80 ? line.trimEnd() : line;
        visit(number, trimmed, trimmed, false);
        continue;
      }
      const open = FENCE_OPEN.exec(line);
      // A backtick fence's info string holds no backtick (CommonMark); a tilde fence's may.
      if (open && !(open[1]![0] === '`' && line.includes('`', open[0].length))) {
        fence = { char: open[1]![0]!, length: open[1]!.length, line: number };
        visit(number, '', '', true);
        continue;
      }
    }
    const built = new LineBuilder(line);
    let at = 0;
    if (comment !== undefined) {
      const end = line.indexOf('-->');
      if (end < 0) {
        visit(number, '', '', false);
        continue;
      }
      built.blank(0, end + 3);
      at = end + 3;
      comment = undefined;
    }
    if (line.length - at > 0 && hasSpecial(line, at)) {
      at = scanInline(line, at, built, () => (comment = number));
    }
    built.keep(at, line.length);
    const { text, data } = built.views();
    visit(number, text, data, false);
  }
  return fence ? { what: 'fence', line: fence.line } : comment !== undefined ? { what: 'comment', line: comment } : undefined;
}

function hasSpecial(line: string, from: number): boolean {
  SPECIAL.lastIndex = from;
  return SPECIAL.test(line);
}

/**
 * Inline code, escapes and comments from `from` on, leftmost first (CommonMark's
 * precedence). Returns where plain text resumes; `openComment` is called when
 * a comment does not end on this line.
 */
function scanInline(line: string, from: number, built: LineBuilder, openComment: () => void): number {
  let runs: BacktickRuns | undefined;
  let at = from;
  const special = SPECIAL;
  special.lastIndex = at;
  // test() and lastIndex rather than exec(): no match object per character found.
  while (special.test(line)) {
    const p = special.lastIndex - 1;
    const ch = line[p];
    if (ch === '\\') {
      if (p + 1 < line.length && ASCII_PUNCTUATION.test(line[p + 1]!)) {
        built.keep(at, p);
        built.opaque(p, p + 2);
        at = p + 2;
      }
      special.lastIndex = Math.max(at, p + 1);
    } else if (ch === '<') {
      if (!line.startsWith('<!--', p)) continue;
      built.keep(at, p);
      const end = line.indexOf('-->', p + 4);
      if (end < 0) {
        built.blank(p, line.length);
        openComment();
        return line.length;
      }
      built.blank(p, end + 3);
      at = end + 3;
      special.lastIndex = at;
    } else {
      const length = runLength(line, p, '`');
      runs ??= new BacktickRuns(line);
      const close = runs.closer(length, p);
      if (close < 0) {
        // No closing run of the same length: the backticks are literal.
        special.lastIndex = p + length;
        continue;
      }
      built.keep(at, p);
      built.opaque(p, close + length);
      at = close + length;
      special.lastIndex = at;
    }
  }
  return at;
}
