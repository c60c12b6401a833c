/**
 * User text inside Markdown, escaped only where CommonMark (and GFM, as
 * GitHub renders it) would otherwise read syntax, so the raw file reads as
 * typed and renders as typed: `PR #57 by @ada` stays as it is, `snake_case`
 * and `a < b` too. No emphasis, link, image, autolink, raw HTML, entity,
 * heading, list, quote, fence or table cell boundary can be created by an
 * answer. Backticks in pairs are the one syntax kept: they make inline code,
 * as in any Markdown a developer types (written as prettier writes it, which
 * differs from the typed form only for unusual spacing or a backtick inside).
 * What is escaped, and where:
 * - `\` before ASCII punctuation, a space or the end (it would escape it, or
 *   end a wrapped line as a hard break);
 * - a backtick run with no run of the same length after it (it could pair);
 * - `*`, `_`, `~` runs that could open or close emphasis or strikethrough
 *   (CommonMark's flanking rules, with either definition of punctuation),
 *   and any such run at the text's start or end, which a template's own
 *   `**` may touch; also what the tools that check the file read as
 *   emphasis: a spaced `*` or `_` with another after it (markdownlint's
 *   MD037 pairs `x * y * z`) and `__` inside a word (prettier escapes it);
 * - `<` before a letter, `/`, `!` or `?` (a tag, a comment, an autolink);
 * - `&` that starts an entity; `[` with a `]` after it (links, images,
 *   footnotes, task boxes, definitions);
 * - `|` always outside inline code (GFM tables), and inside it in a cell;
 * - bare URLs and e-mail addresses, which GFM links (and MD034 reports);
 * - at a line's start (escapeLineStart) what would start a block, and in
 *   markdownText a `#` run ending the text, which a heading would drop.
 * CommonMark allows a backslash before any ASCII punctuation, so an escape
 * never shows; an escape left out is what would show.
 */

/** One piece of escaped text: a word, or a run of spaces outside inline code (where text may wrap). */
interface Piece {
  readonly text: string;
  readonly space: boolean;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** CommonMark 0.31 counts symbols (S) as punctuation for flanking, earlier versions and cmark-gfm only P: both are tried. */
const PUNCTUATION = [/[\p{P}]/u, /[\p{P}\p{S}]/u] as const;
const WHITESPACE = /\s/u;
const ENTITY_AFTER = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
/** What GFM's autolink literal extension links: `http://`, `https://`, `ftp://`, `www.` (a backslash inside breaks it). */
const LITERAL_LINK = /^(?:https?|ftp)(?=:\/\/)|^www(?=\.)/i;
/** Characters escapePieces passes through unchanged and alone: not a space, nor any character one of its cases examines. */
const PLAIN_RUN = /[^ `*_~\\<&[|@hfwHFW]+/y;
/** An e-mail address's `@`, as GFM links it: a local part before, a dotted domain after. */
const EMAIL_AT = /^[A-Za-z0-9._+-]@[A-Za-z0-9_-]+\.[A-Za-z0-9]/;

/** Can the run text[start, end) of `*`, `_` or `~` open or close emphasis (or strikethrough) under either definition of punctuation? */
function couldDelimit(text: string, start: number, end: number): boolean {
  const before = start === 0 ? ' ' : text[start - 1]!;
  const after = end === text.length ? ' ' : text[end]!;
  return PUNCTUATION.some((punct) => {
    const beforeSpace = WHITESPACE.test(before);
    const afterSpace = WHITESPACE.test(after);
    const beforePunct = punct.test(before);
    const afterPunct = punct.test(after);
    const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
    const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    if (text[start] !== '_') return left || right;
    return (left && (!right || beforePunct)) || (right && (!left || afterPunct));
  });
}

/** The length of the run of `ch` starting at `i`. */
function runLength(text: string, i: number, ch: string): number {
  let end = i;
  while (text[end] === ch) end++;
  return end - i;
}

/**
 * For each backtick run that opens inline code, where the span ends (after
 * its closing run); runs with no later run of the same length are absent.
 * CommonMark's pairing, left to right, in one pass: each length keeps a
 * cursor over its own runs, so pathological text stays linear.
 */
function codeSpans(text: string): Map<number, number> {
  const runs: { at: number; length: number }[] = [];
  for (let i = text.indexOf('`'); i >= 0; ) {
    const length = runLength(text, i, '`');
    runs.push({ at: i, length });
    i = text.indexOf('`', i + length);
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const same = byLength.get(run.length);
    if (same) same.push(index);
    else byLength.set(run.length, [index]);
  });
  const cursor = new Map<number, number>();
  const spans = new Map<number, number>();
  let after = -1;
  runs.forEach((run, index) => {
    if (run.at < after) return;
    const same = byLength.get(run.length)!;
    let k = cursor.get(run.length) ?? 0;
    while (k < same.length && same[k]! <= index) k++;
    cursor.set(run.length, k);
    const closer = same[k];
    if (closer === undefined) return;
    const close = runs[closer]!;
    spans.set(run.at, close.at + close.length);
    after = close.at + close.length;
  });
  return spans;
}

/** What a code span's content renders: CommonMark drops one space from each end when both ends have one and it is not all spaces. */
function codeLiteral(content: string): string {
  return content.length > 1 && content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content) ? content.slice(1, -1) : content;
}

/**
 * Inline code of this literal as prettier writes it (the shortest fence that
 * is not a run inside, a space inside each end only where one is needed), so
 * `prettier --check` is content: `--json` stays `--json`, and `` a`b `` is
 * written ``a`b``, the same code.
 */
function inlineCode(literal: string): string {
  const runs = new Set(literal.match(/`+/g)?.map((run) => run.length));
  let fence = 1;
  while (runs.has(fence)) fence++;
  const ticks = '`'.repeat(fence);
  const gap = literal.startsWith('`') || literal.endsWith('`') || (literal.startsWith(' ') && literal.endsWith(' ') && /[^ ]/.test(literal)) ? ' ' : '';
  return `${ticks}${gap}${literal}${gap}${ticks}`;
}

function escapePieces(text: string, cell: boolean): Piece[] {
  const pieces: Piece[] = [];
  let word = '';
  let spaces = '';
  const push = (piece: string, space: boolean): void => {
    if (space) {
      if (word) pieces.push({ text: word, space: false });
      word = '';
      spaces += piece;
    } else {
      if (spaces) pieces.push({ text: spaces, space: true });
      spaces = '';
      word += piece;
    }
  };
  const lastBracket = text.lastIndexOf(']');
  const spans = codeSpans(text);
  /** Where a run markdownlint would pair with an earlier, escaped one starts. */
  const lintPairs = new Set<number>();
  let i = 0;
  while (i < text.length) {
    // A run of characters none of the cases below looks at is taken whole: plain text costs what copying it costs.
    PLAIN_RUN.lastIndex = i;
    const plain = PLAIN_RUN.exec(text);
    if (plain) {
      push(plain[0], false);
      i += plain[0].length;
      continue;
    }
    const ch = text[i]!;
    // The next few characters, for the look-aheads below (an entity, a tag, a URL's scheme are short).
    const ahead = (): string => text.slice(i, i + 40);
    if (ch === '`') {
      const end = spans.get(i) ?? -1;
      const length = runLength(text, i, '`');
      if (end < 0) push('\\`'.repeat(length), false);
      else {
        const code = inlineCode(codeLiteral(text.slice(i + length, end - length)));
        // Only a cell's pipe needs its backslash inside inline code (GFM strips it before the code is read).
        push(cell ? code.replace(/\|/g, '\\|') : code, false);
      }
      i = end < 0 ? i + length : end;
      continue;
    }
    if (ch === '*' || ch === '_' || ch === '~') {
      const length = runLength(text, i, ch);
      const atEdge = i === 0 || i + length === text.length;
      // What the tools that check the file would read as emphasis: markdownlint (MD037) pairs `x * y * z`, and prettier escapes an inner `__`.
      const spaced = WHITESPACE.test(text[i - 1] ?? ' ') && WHITESPACE.test(text[i + length] ?? ' ');
      const lintPair = ch !== '~' && spaced && text.indexOf(ch, i + length) >= 0;
      const escape = atEdge || couldDelimit(text, i, i + length) || lintPair || (ch === '_' && length > 1) || lintPairs.has(i);
      if (lintPair) lintPairs.add(text.indexOf(ch, i + length));
      push(escape ? `\\${ch}`.repeat(length) : ch.repeat(length), false);
      i += length;
      continue;
    }
    const link = /[hfwHFW]/.test(ch) && (i === 0 || !/[A-Za-z0-9]/.test(text[i - 1]!)) ? LITERAL_LINK.exec(ahead()) : null;
    if (link) {
      push(`${link[0]}\\`, false);
      i += link[0].length;
      continue;
    }
    let escaped: boolean;
    switch (ch) {
      case '\\':
        escaped = i + 1 === text.length || ASCII_PUNCTUATION.test(text[i + 1]!) || WHITESPACE.test(text[i + 1]!);
        break;
      case '<':
        escaped = /^<[A-Za-z/!?]/.test(ahead());
        break;
      case '&':
        escaped = ENTITY_AFTER.test(ahead());
        break;
      case '[':
        escaped = lastBracket > i;
        break;
      case '|':
        escaped = true;
        break;
      case '@':
        escaped = i > 0 && EMAIL_AT.test(text.slice(i - 1, i + 40));
        break;
      default:
        escaped = false;
    }
    push(escaped ? `\\${ch}` : ch, ch === ' ');
    i++;
  }
  if (word) pieces.push({ text: word, space: false });
  if (spaces) pieces.push({ text: spaces, space: true });
  return pieces;
}

/** Escapes inline syntax; safe anywhere but at the start of a line (see escapeLineStart) and in a table cell (see markdownCell). */
export function escapeInline(text: string): string {
  return escapePieces(text, false)
    .map((p) => p.text)
    .join('');
}

/** The words of `text`, each escaped as escapeInline does: split at spaces outside inline code, for wrapping. */
export function escapedWords(text: string): string[] {
  return escapePieces(text, false)
    .filter((p) => !p.space)
    .map((p) => p.text);
}

/**
 * Escapes what would start a block when the escaped text begins a line: a
 * list marker (`-`, `+`, `*`, `1.`, `1)`) standing alone, a thematic break or
 * setext underline (`---`, `***`, `___`, `===`), an ATX heading's `#`s, a
 * quote's `>`, a `~~~` fence.
 */
export function escapeLineStart(escaped: string): string {
  const first = /^\S*/.exec(escaped)![0];
  if (/^(?:[-+*_=]+|#{1,6})$/.test(first) || /^(?:>|~~~)/.test(first)) return `\\${escaped}`;
  const ordered = /^(\d{1,9})[.)]$/.exec(first);
  return ordered ? `${ordered[1]}\\${escaped.slice(ordered[1]!.length)}` : escaped;
}

/** One line of user text, safe in any Markdown inline position, at a line's start and at a heading's end. */
export function markdownText(text: string): string {
  // A heading drops a closing run of `#`s after a space: `Fix #` would lose its `#`.
  return escapeLineStart(escapeInline(text)).replace(/(^|[ \t])(#+)$/, '$1\\$2');
}

/** One line of user text in a GFM table cell: as markdownText, with `|` escaped inside inline code too. */
export function markdownCell(text: string): string {
  return escapePieces(text, true)
    .map((p) => p.text)
    .join('');
}
