/**
 * The one rule for which files are text, shared by every command that reads
 * or edits the user's files (lint, list, renumber): a NUL byte is in no text
 * file (an image, a compiled file, UTF-16), so such a file is binary and not
 * read; text that is not UTF-8 (Latin-1, Windows-1252) can be read, with
 * U+FFFD for its bad bytes, but never edited, since writing it back would
 * replace those bytes. Imports nothing.
 */

/** Why a file is not text that can be edited. */
export type NotText = 'binary' | 'not-utf8';

/** How each reason reads in a message. */
export const NOT_TEXT_WHY: Readonly<Record<NotText, string>> = {
  binary: 'not a text file (it holds NUL bytes)',
  'not-utf8': 'bytes that are not UTF-8',
};

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** A NUL byte: not a text file. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * The bytes as text to edit (a BOM kept, so writing it back changes nothing
 * else), or why not, with the text as it reads (U+FFFD for bad bytes) so a
 * caller can still say what the file holds.
 */
export function editableText(bytes: Uint8Array): { readonly text: string } | { readonly why: NotText; readonly readable: string } {
  if (isBinary(bytes)) return { why: 'binary', readable: lenient.decode(bytes) };
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { why: 'not-utf8', readable: lenient.decode(bytes) };
  }
}
