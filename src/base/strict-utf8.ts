import { UsageError } from './errors.js';

/**
 * Answers are text "as typed": bytes that are not UTF-8 are refused, never
 * replaced by U+FFFD (which would put `Caf� cr�me` into three files).
 * `fatal` makes the decoder throw instead; the default `ignoreBOM: false`
 * drops a leading UTF-8 byte order mark, which editors on Windows write.
 */
const decoder = new TextDecoder('utf-8', { fatal: true });

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/**
 * Length of the well-formed UTF-8 sequence starting at `i`, or 0 when it is
 * ill-formed (Unicode Table 3-7: no overlong forms, no surrogates, nothing
 * past U+10FFFF, no stray or missing continuation bytes).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead <= 0x7f) return 1;
  const second = bytes[i + 1];
  if (second === undefined) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(second) ? 2 : 0;
  const [low, high, length] =
    lead === 0xe0 ? [0xa0, 0xbf, 3]
    : lead === 0xed ? [0x80, 0x9f, 3]
    : lead >= 0xe1 && lead <= 0xef ? [0x80, 0xbf, 3]
    : lead === 0xf0 ? [0x90, 0xbf, 4]
    : lead === 0xf4 ? [0x80, 0x8f, 4]
    : lead >= 0xf1 && lead <= 0xf3 ? [0x80, 0xbf, 4]
    : [0, -1, 0];
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return 0;
  return length;
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** "line L, column C, byte offset B" of `offset`; columns count characters, as editors do. */
function describeOffset(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // A byte order mark is invisible in editors: it takes no column.
  const bom = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let column = 1;
  for (let i = lineStart + bom; i < offset; i++) if (!isContinuation(bytes[i])) column++;
  return `line ${line}, column ${column}, byte offset ${offset}`;
}

/**
 * Decodes `bytes` as UTF-8, or throws a UsageError saying where the first
 * byte that is not UTF-8 is (never what the file holds). `label` names the source.
 */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const where = offset >= 0 ? ` (${describeOffset(bytes, offset)})` : '';
    throw new UsageError(`${label} is not valid UTF-8${where}`, 'Save it as UTF-8 (most editors offer "Save with encoding") and run again.');
  }
}
