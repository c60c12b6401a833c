/**
 * User text inside Markdown renders as the text typed: no emphasis, code,
 * link, autolink, raw HTML, comment, entity, heading, list, quote or table
 * cell boundary can be created by an answer. CommonMark allows a backslash
 * before any ASCII punctuation, so escaping more than needed is harmless.
 */

/** Punctuation that starts inline syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~#]/g;
/** `&amp;` typed by the user must stay `&amp;`, not become `&`. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
/**
 * What GFM turns into links without any syntax (bare URLs, www. addresses,
 * e-mail addresses): escaped, they stay text, as markdownlint's MD034 wants.
 */
const LITERAL_LINK = /\b(https?|ftp)(?=:\/\/)|\b(www)(?=\.)|@/gi;

/** Block syntax at the start of a line or list item: `-`, `+`, `=`, `1.`, `1)`. */
const LEADING_BLOCK = /^([-+=]|\d+(?=[.)]))/;

/** Escapes inline syntax; safe anywhere but at the start of a line. */
export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(ENTITY_LIKE, '\\&')
    .replace(LITERAL_LINK, (match) => (match === '@' ? '\\@' : `${match}\\`));
}

/** Escapes what would start a block (list, setext underline) when it begins a line. */
export function escapeLineStart(escaped: string): string {
  return escaped.replace(LEADING_BLOCK, (match) => (/\d/.test(match) ? `${match}\\` : `\\${match}`));
}

/** One line of user text, safe in any Markdown inline position. */
export function markdownText(text: string): string {
  return escapeLineStart(escapeInline(text));
}
