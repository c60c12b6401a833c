/** The spec numbers in use in the specs folder (and on other branches): the next free one, and the spec of each slug. */
import type { IdStyle } from '../config/config-keys.js';
import { ConflictError } from '../base/errors.js';
import { isDatedSpec, specFileName, specNumberOf } from './spec-file-name.js';
import { specsFolderNames } from './specs-folder-names.js';

const HIGHEST_NUMBER = 999_999;

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
  const names = specsFolderNames(root, specsDir);
  let highest = 0;
  const bySlug = new Map<string, ExistingSpec>();
  const specs: string[] = [];
  for (const name of names) {
    const named = specFileName(name);
    // Dated specs are read only where ids are dates.
    if (named === undefined || (isDatedSpec(named) && idStyle !== 'date')) continue;
    specs.push(name);
    if (!isDatedSpec(named)) highest = Math.max(highest, Number(named.number));
    bySlug.set(named.slug.toLowerCase(), { file: name, id: named.id, number: named.number });
  }
  // Numbers other branches hold are taken too (their files are not ours to conflict with).
  for (const name of onBranches) highest = Math.max(highest, specNumberOf(name) ?? 0);
  if (idStyle === 'sequence' && highest >= HIGHEST_NUMBER) {
    // A seventh digit would not be read back as a number: two runs could then share it.
    throw new ConflictError(`${specsDir} already has spec number ${HIGHEST_NUMBER}; spec numbers end there`, [], 'Renumber or archive old specs, then run again.');
  }
  return { nextNumber: String(highest + 1).padStart(4, '0'), bySlug, names: specs };
}
