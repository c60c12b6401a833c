import path from 'node:path';
import { UsageError, ValidationError } from '../base/errors.js';
import { readRegularSync, whyNotRead } from '../base/read-regular-file.js';
import { ANSWER_KEYS } from './answers.js';
import { decodeUtf8 } from '../base/strict-utf8.js';
import type { RawAnswers } from './validate-answers.js';

export const MAX_ANSWERS_BYTES = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a JSON.parse error happened, as "line L, column C" (V8 reports a character position). */
function locate(text: string, message: string): string {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `line ${lineCol[1]}, column ${lineCol[2]}`;
  const position = /position (\d+)/.exec(message);
  // Some V8 messages name the token but not where it is: its first occurrence is the best guess.
  const token = /Unexpected token '(.)'/.exec(message);
  const guess = token ? text.indexOf(token[1]!) : -1;
  const offset = position ? Number(position[1]) : guess >= 0 ? guess : text.length;
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * How deep containers may nest: the answers object, `phases` (a list), one
 * phase (an object), its `tasks` (a list). Nothing in the format goes deeper.
 */
export const MAX_ANSWERS_DEPTH = 4;

interface Pending {
  readonly key: string;
  readonly value: unknown;
  /** Where the value is, as `phases[0].tasks`. */
  readonly at: string;
  /** 1 for the answers object itself. */
  readonly depth: number;
}

/**
 * Refuses keys that could reach Object.prototype in code that copies the
 * answers, and nesting deeper than the format has. The input decides how deep
 * it goes, so this walk keeps its own stack instead of recursing: a file
 * nested thousands of levels deep would overflow the call stack.
 */
function refuseUnsafeShape(data: object, label: string): void {
  const stack: Pending[] = [{ key: '', value: data, at: '', depth: 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (FORBIDDEN_KEYS.has(item.key)) throw new ValidationError(`${label}: ${item.at}`, 'is not allowed as a key');
    const { value } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (item.depth > MAX_ANSWERS_DEPTH) {
      throw new ValidationError(
        `${label}: ${item.at}`,
        `nests deeper than the answers format allows (at most ${MAX_ANSWERS_DEPTH} levels: the object, phases, a phase, its tasks)`,
      );
    }
    const entries = Object.entries(value);
    // Pushed last to first, so keys are checked in the order the file has them.
    for (let k = entries.length - 1; k >= 0; k--) {
      const [key, child] = entries[k]!;
      const at = Array.isArray(value) ? `${item.at}[${key}]` : item.at ? `${item.at}.${key}` : key;
      stack.push({ key, value: child, at, depth: item.depth + 1 });
    }
  }
}

/** Parses answers-file text into raw answers; `label` names the file in errors. */
export function parseAnswersText(text: string, label: string): RawAnswers {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8's message quotes the text around the error: keep only where it is, never the contents.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${label} is not valid JSON (${locate(text, message)})`, 'Check the file with a JSON validator; keys and strings need double quotes.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`${label} must hold a JSON object such as {"name": "Dark mode"}`);
  }
  refuseUnsafeShape(data, label);
  const known: readonly string[] = ANSWER_KEYS;
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) {
      throw new ValidationError(`${label}: ${key}`, `is not a known key; known keys are ${known.join(', ')}`);
    }
  }
  return data as RawAnswers;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_ANSWERS_BYTES) throw new UsageError(`answers on stdin exceed ${MAX_ANSWERS_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The answers file's bytes, through the one safe reader: never through a
 * link, never waiting on a FIFO or a device, never more than the limit.
 */
function readAnswersFile(file: string, label: string): Buffer {
  const read = readRegularSync(file, MAX_ANSWERS_BYTES);
  if ('bytes' in read) return read.bytes;
  switch (read.code) {
    case 'ENOENT':
      throw new UsageError(`${label} does not exist`, 'Pass --answers with the path of a JSON file, or - for stdin.');
    case 'NOT_REGULAR':
      throw new UsageError(`${label} is not a regular file`, 'Pass --answers with the path of a JSON file, or - for stdin.');
    case 'TOO_LARGE':
      throw new UsageError(`${label} is ${read.size ?? '?'} bytes; answers files may have at most ${MAX_ANSWERS_BYTES} bytes`);
    case 'ELOOP':
      throw new UsageError(`${label} is a symbolic link; answers are read from regular files only`, 'Pass the path of the file it points to.');
    default:
      throw new UsageError(`${label} ${whyNotRead(read, MAX_ANSWERS_BYTES)}`, 'Check the permissions of the file given to --answers.');
  }
}

/** Loads `--answers <file | ->`. Relative paths are taken from `cwd`. */
export async function loadAnswersFile(
  source: string,
  cwd: string,
  stdin: NodeJS.ReadableStream,
): Promise<{ raw: RawAnswers; label: string }> {
  if (source === '-') {
    const label = 'answers on stdin';
    return { raw: parseAnswersText(decodeUtf8(await readStdin(stdin), label), label), label };
  }
  const label = path.basename(source);
  return { raw: parseAnswersText(decodeUtf8(readAnswersFile(path.resolve(cwd, source), label), label), label), label };
}
