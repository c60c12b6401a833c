import path from 'node:path';
import { plainText } from './inline-text.js';

/** A Markdown link (or image) whose target is a path in the repository, not a URL. */
export interface SpecLink {
  readonly text: string;
  /** As written, escapes taken out: `../features/dark-mode.md`, `#status`. */
  readonly target: string;
  readonly image: boolean;
  readonly line: number;
}

/** `https:`, `mailto:` (a scheme of 2 to 32 characters: `C:\x` is not one) or `//host`. */
const URL_START = /^(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|\/\/)/;
const REFERENCE = /^ {0,3}\[/;
const BRACKETS = /[[\]]/g;

type Destination = { readonly target: string; readonly end: number } | { readonly failedAt: number };

function skipBlanks(data: string, from: number): number {
  let i = from;
  while (data[i] === ' ' || data[i] === '\t') i++;
  return i;
}

/** `(target "title")` from just after `(`; linear: it stops at the first blank or unbalanced `)`. */
function destination(text: string, data: string, from: number): Destination {
  let i = skipBlanks(data, from);
  let target: string;
  if (data[i] === '<') {
    const close = data.indexOf('>', i + 1);
    if (close < 0) return { failedAt: data.length };
    target = text.slice(i + 1, close);
    i = close + 1;
  } else {
    const start = i;
    let depth = 0;
    for (; i < data.length; i++) {
      const c = data[i];
      if (c === ' ' || c === '\t') break;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    target = plainText(text.slice(start, i));
  }
  i = skipBlanks(data, i);
  const quote = data[i];
  if (quote === '"' || quote === "'" || quote === '(') {
    const close = data.indexOf(quote === '(' ? ')' : quote, i + 1);
    if (close < 0) return { failedAt: data.length };
    i = skipBlanks(data, close + 1);
  }
  return data[i] === ')' ? { target, end: i } : { failedAt: i };
}

function keep(out: SpecLink[], text: string, target: string, image: boolean, line: number): void {
  if (target === '' || URL_START.test(target)) return;
  out.push({ text: plainText(text), target, image, line });
}

/**
 * The relative links of one line: inline links and images `[text](target)`
 * and reference definitions `[label]: target`. Inline code, escapes and
 * comments were hidden from `data` already, so they hold no links.
 */
export function linksOf(number: number, text: string, data: string, out: SpecLink[]): void {
  if (!data.includes('[')) return;
  if (REFERENCE.test(data)) {
    const open = data.indexOf('[');
    const close = data.indexOf(']', open);
    // `[^1]: …` defines a footnote (GFM), not a link.
    if (close > open + 1 && data[close + 1] === ':' && data[open + 1] !== '^') {
      const start = skipBlanks(data, close + 2);
      // `<…>` may hold blanks (`[label]: <a b.md>`); a bare destination ends at the first blank.
      const angled = data[start] === '<' ? data.indexOf('>', start + 1) : -1;
      let end = start;
      while (end < data.length && data[end] !== ' ' && data[end] !== '\t') end++;
      const target = angled > 0 ? text.slice(start + 1, angled) : plainText(text.slice(start, end));
      keep(out, text.slice(open + 1, close), target, false, number);
      return;
    }
  }
  // No `](`, no inline link (checkboxes, `[x]`, are most of the lines with a bracket).
  if (!data.includes('](')) return;
  const opens: number[] = [];
  // A destination that failed to end was read up to here: no later `](` before it is read again (linear).
  let readUpTo = -1;
  const brackets = BRACKETS;
  brackets.lastIndex = 0;
  while (brackets.test(data)) {
    const p = brackets.lastIndex - 1;
    if (data[p] === '[') {
      opens.push(p);
      continue;
    }
    const open = opens.pop();
    if (open === undefined || data[p + 1] !== '(' || p + 2 <= readUpTo) continue;
    const found = destination(text, data, p + 2);
    if ('failedAt' in found) {
      readUpTo = found.failedAt;
      continue;
    }
    const image = data[open - 1] === '!';
    keep(out, text.slice(open + 1, p), found.target, image, number);
    // A link holds no other link: brackets opened before it are text (an image may sit in a link).
    if (!image) opens.length = 0;
    brackets.lastIndex = found.end + 1;
  }
}

/** The file a link points at, relative to the root; undefined for a link within the page (`#status`). */
export function linkedPath(file: string, target: string): string | undefined {
  const bare = target.replace(/[?#].*$/s, '');
  if (bare === '') return undefined;
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A `%` that escapes nothing is the character itself.
  }
  // `/docs/x.md` is from the repository's root, as GitHub and GitLab read it.
  return decoded.startsWith('/') ? path.posix.normalize(decoded.slice(1)) : path.posix.join(path.posix.dirname(file), decoded);
}
