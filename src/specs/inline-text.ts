import { BacktickRuns, runLength } from './markdown-lines.js';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE_RUN = /\s+/g;
const CODE_OR_ESCAPE = /[`\\]/g;
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/**
 * A piece of a line as a person reads it: whitespace collapsed, and the
 * backslash escapes that keep typed text literal in Markdown taken out
 * (`Dark \*mode\*` reads `Dark *mode*`), except inside inline code, where a
 * backslash is a backslash.
 */
export function plainText(text: string): string {
  const collapsed = (NEEDS_COLLAPSE.test(text) ? text.replace(WHITESPACE_RUN, ' ') : text).trim();
  if (!collapsed.includes('\\')) return collapsed;
  const parts: string[] = [];
  let runs: BacktickRuns | undefined;
  let at = 0;
  const special = CODE_OR_ESCAPE;
  special.lastIndex = 0;
  while (special.test(collapsed)) {
    const p = special.lastIndex - 1;
    if (collapsed[p] === '\\') {
      if (p + 1 < collapsed.length && ASCII_PUNCTUATION.test(collapsed[p + 1]!)) {
        parts.push(collapsed.slice(at, p));
        at = p + 1;
        special.lastIndex = p + 2;
      }
      continue;
    }
    const length = runLength(collapsed, p, '`');
    runs ??= new BacktickRuns(collapsed);
    const close = runs.closer(length, p);
    special.lastIndex = close < 0 ? p + length : close + length;
  }
  parts.push(collapsed.slice(at));
  return parts.join('');
}

/** `[Name]`, the template's placeholder for what the interview did not fill in (read from `data`). */
export function isPlaceholder(data: string): boolean {
  const trimmed = data.trim();
  return trimmed.length >= 2 && trimmed.startsWith('[') && trimmed.endsWith(']') && trimmed.indexOf(']') === trimmed.length - 1;
}
