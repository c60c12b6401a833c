import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeErrorFor } from '../base/fs-error-message.js';
import type { IdStyle } from '../config/config-keys.js';
import { ConflictError } from '../base/errors.js';

/**
 * `0007-dark-mode.md`: four to six digits (numbers grow past 9999; eight
 * digits are dates, `20240115-kickoff-notes.md`, not spec numbers), `.md` in any case.
 */
const SPEC_FILE = /^(\d{4,6})-(.+)\.md$/i;
/** `20261127-dark-mode.md`: a spec of a team that uses dates for ids (idStyle "date"). */
const DATED_SPEC_FILE = /^(\d{8})-(.+)\.md$/i;
const HIGHEST_NUMBER = 999_999;

/** The number of a spec file name, or undefined for any other file. */
export function specNumberOf(name: string): number | undefined {
  const match = SPEC_FILE.exec(name);
  return match ? Number(match[1]) : undefined;
}

export interface ExistingSpec {
  /** The file name as it is on disk (`0001-Dark-Mode.MD`). */
  readonly file: string;
  /** The file name without its extension: the spec's id. */
  readonly id: string;
  /** Its number as written (`0001`). */
  readonly number: string;
}

export interface ExistingSpecs {
  /** The next free number, at least 4 digits: `0001` in a repository without specs, `10000` after `9999`. */
  readonly nextNumber: string;
  /** The spec already using each slug (lower case), so a second spec of the same feature is a conflict. */
  readonly bySlug: ReadonlyMap<string, ExistingSpec>;
  /** Every spec file name seen. */
  readonly names: readonly string[];
}

/**
 * Reads the specs folder (`specsDir`, relative to the root) once. A missing
 * folder means no specs yet. With dated ids, specs with dates and with
 * numbers both name features (a team may switch), and numbering is unused.
 * `onBranches`: names the specs folder holds on other branches; the next
 * number is past theirs too.
 */
export async function readExistingSpecs(root: string, specsDir: string, idStyle: IdStyle = 'sequence', onBranches: readonly string[] = []): Promise<ExistingSpecs> {
  const names = await readdir(path.join(root, specsDir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw writeErrorFor(error, specsDir, 'read');
  });
  let highest = 0;
  const bySlug = new Map<string, ExistingSpec>();
  const specs: string[] = [];
  for (const name of names) {
    const numbered = SPEC_FILE.exec(name);
    const match = numbered ?? (idStyle === 'date' ? DATED_SPEC_FILE.exec(name) : null);
    if (!match) continue;
    specs.push(name);
    if (numbered) highest = Math.max(highest, Number(match[1]));
    bySlug.set(match[2]!.toLowerCase(), { file: name, id: name.slice(0, -'.md'.length), number: match[1]! });
  }
  // Numbers other branches hold are taken too (their files are not ours to conflict with).
  for (const name of onBranches) highest = Math.max(highest, specNumberOf(name) ?? 0);
  if (idStyle === 'sequence' && highest >= HIGHEST_NUMBER) {
    // A seventh digit would not be read back as a number: two runs could then share it.
    throw new ConflictError(`${specsDir} already has spec number ${HIGHEST_NUMBER}; spec numbers end there`, [], 'Renumber or archive old specs, then run again.');
  }
  return { nextNumber: String(highest + 1).padStart(4, '0'), bySlug, names: specs };
}
