import { ValidationError } from './errors.js';

/**
 * Characters refused in every single-line answer:
 * - Cc: control characters (newline, NUL, escape, DEL, C1 controls);
 * - Zl / Zp: U+2028 / U+2029, which end a line (and a `//` comment) in JavaScript;
 * - Cf: format characters, invisible or layout-changing: bidi embeddings, overrides,
 *   isolates and marks (Trojan Source), zero-width characters, the BOM, the
 *   soft hyphen, and tag characters (text hidden from readers, not from agents);
 * - Cs: lone surrogates (only reachable as `\ud800` in JSON), which UTF-8
 *   cannot encode: they would be written as U+FFFD.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * U+FFFD is what Node puts in argv (and a terminal or a lossy converter in
 * text) where bytes were not UTF-8, such as Latin-1 `Caf\xe9`: the bytes are
 * gone, so the text is not "as typed" and cannot be written as such.
 */
const REPLACEMENT_CHARACTER = '\uFFFD';

export interface TextRule {
  /** The flag or answers-file key, named in every refusal. */
  readonly field: string;
  readonly maxLength: number;
  readonly required?: boolean;
}

function describe(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Normalises one line of user text (NFC, trimmed) and enforces the rules every
 * single-line field shares. Returns '' for an empty optional answer.
 */
export function cleanSingleLine(raw: unknown, rule: TextRule): string {
  if (typeof raw !== 'string') {
    throw new ValidationError(rule.field, `must be a string, got ${raw === null ? 'null' : typeof raw}`);
  }
  if (raw.includes(REPLACEMENT_CHARACTER)) {
    throw new ValidationError(
      rule.field,
      'is not valid UTF-8: a replacement character (U+FFFD) stands where bytes could not be decoded; type it again in UTF-8',
    );
  }
  const bad = FORBIDDEN.exec(raw);
  if (bad) {
    throw new ValidationError(
      rule.field,
      `contains a control or invisible character (${describe(bad[0])}); type it as one plain line`,
    );
  }
  const text = raw.normalize('NFC').trim();
  if (text === '' && rule.required) {
    throw new ValidationError(rule.field, 'is required and cannot be empty');
  }
  const length = [...text].length;
  if (length > rule.maxLength) {
    throw new ValidationError(rule.field, `is ${length} characters long; at most ${rule.maxLength} are allowed`);
  }
  return text;
}
