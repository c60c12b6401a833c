import path from 'node:path';
import { readRegularSync, whyNotRead } from '../base/read-regular-file.js';
import { firstInvalidUtf8Byte } from '../base/strict-utf8.js';
import { isBinary, NOT_TEXT_WHY } from '../base/text/text-bytes.js';
import type { Lifecycle } from './lifecycle.js';
import { readSpec, unreadSpec, type SpecReading } from './read-spec.js';
import { specFileName } from './spec-file-name.js';
import { specsFolderNames } from './specs-folder-names.js';

/** A spec is a page of text; past this it is reported, not read. */
export const MAX_SPEC_BYTES = 1024 * 1024;
const BATCH = 64;

export interface SpecFile {
  /** Relative to the root, with forward slashes: `docs/specs/0007-dark-mode.md`. */
  readonly path: string;
  readonly reading: SpecReading;
  /** False when the file could not be read at all; its reading then holds only why (a problem on line 0). */
  readonly read: boolean;
}

const decoder = new TextDecoder('utf-8');
const LINE_BREAK = /\r\n|\r|\n/;

/** What readBytes says of a file that is not there (gone since its folder was listed). */
export const FILE_GONE = `the file ${whyNotRead({ code: 'ENOENT' }, MAX_SPEC_BYTES)}`;


/** The file's bytes, or why they were not read: never through a link, never waiting on a FIFO, never more than `max` (MAX_SPEC_BYTES). */
export function readBytes(file: string, max = MAX_SPEC_BYTES): Buffer | string {
  let read;
  try {
    read = readRegularSync(file, max);
  } catch (error) {
    read = { code: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  if ('bytes' in read) return read.bytes;
  return `the file ${whyNotRead(read, max)}`;
}

/** Reads a spec's bytes as text; bytes that are not UTF-8 are read as U+FFFD, and the first is reported with its line. */
function specText(name: string, bytes: Buffer, lifecycle: Lifecycle | undefined): SpecReading {
  const text = decoder.decode(bytes);
  const reading = readSpec(name, text, lifecycle);
  if (!text.includes('\uFFFD')) return reading;
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad < 0) return reading;
  const line = decoder.decode(bytes.subarray(0, bad)).split(LINE_BREAK).length;
  const problem = { line, message: 'bytes that are not UTF-8, read as U+FFFD', rule: 'encoding' as const };
  return { ...reading, problems: [...reading.problems, problem].sort((a, b) => a.line - b.line) };
}

/**
 * Every spec of the specs folder (`specsDir`, relative to `root`): the files
 * named `NNNN-<slug>.md` or `YYYYMMDD-<slug>.md`, in number order, each read
 * once, one at a time (a caller that keeps only a summary of each holds one
 * reading in memory, not 10,000). A missing folder holds no specs; one that
 * cannot be listed is a WriteError (exit 1).
 */
export function* specFiles(root: string, specsDir: string, lifecycle?: Lifecycle): Generator<SpecFile> {
  const dir = path.join(root, specsDir);
  const specs = specsFolderNames(root, specsDir)
    .map((name) => ({ name, named: specFileName(name) }))
    .filter((entry): entry is { name: string; named: NonNullable<typeof entry.named> } => entry.named !== undefined)
    .sort((a, b) => Number(a.named.number) - Number(b.named.number) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folder = specsDir === '.' ? '' : `${specsDir}/`;
  // Read a batch, then parse it: file-system calls run back to back, which is faster than between parses.
  for (let from = 0; from < specs.length; from += BATCH) {
    const batch = specs.slice(from, from + BATCH).map(({ name }) => ({ name, bytes: readBytes(path.join(dir, name)) }));
    for (const { name, bytes } of batch) {
      const relative = `${folder}${name}`;
      if (typeof bytes === 'string') yield { path: relative, reading: unreadSpec(name, bytes), read: false };
      // A NUL byte is in no text file: what follows would be noise, not problems of a spec.
      else if (isBinary(bytes)) yield { path: relative, reading: unreadSpec(name, `${NOT_TEXT_WHY.binary}: not read`, 'encoding'), read: false };
      else yield { path: relative, reading: specText(name, bytes, lifecycle), read: true };
    }
  }
}

/** Every spec of the specs folder, read (see specFiles). */
export function readSpecsFolder(root: string, specsDir: string, lifecycle?: Lifecycle): SpecFile[] {
  return [...specFiles(root, specsDir, lifecycle)];
}
