/**
 * What a spec file is called: stated once, for every module that lists the
 * specs folder, reads a spec or picks the next number.
 */

/**
 * `0007-dark-mode.md`: four to six digits (numbers grow past 9999; eight
 * digits are dates, `20240115-kickoff-notes.md`, not spec numbers), `.md` in any case.
 */
const NUMBERED_SPEC_FILE = /^(\d{4,6})-(.+)\.md$/i;
/** `20261127-dark-mode.md`: a spec of a team that uses dates for ids (idStyle "date"). */
const DATED_SPEC_FILE = /^(\d{8})-(.+)\.md$/i;
/** The specs folder's index (`specwright index`), the one Markdown file there that is not a spec and is not reported as misnamed. */
export const SPECS_INDEX_FILE = 'README.md';
/** The two forms, as messages and help name them. */
export const SPEC_FILE_NAME_FORMS = 'NNNN-<slug>.md or YYYYMMDD-<slug>.md';

export interface SpecFileName {
  /** The file name without its extension: `0007-dark-mode`. */
  readonly id: string;
  /** As written: `0007`, or a date `20261127`. */
  readonly number: string;
  readonly slug: string;
}

/** A spec file's name split: `0007-dark-mode.md` → number `0007`, slug `dark-mode`; undefined for any other name. */
export function specFileName(fileName: string): SpecFileName | undefined {
  const name = fileName.slice(fileName.lastIndexOf('/') + 1);
  const match = NUMBERED_SPEC_FILE.exec(name) ?? DATED_SPEC_FILE.exec(name);
  return match ? { id: name.slice(0, -'.md'.length), number: match[1]!, slug: match[2]! } : undefined;
}

/** Whether a spec is named by a date (`20261127-…`) rather than a number. */
export function isDatedSpec(named: SpecFileName): boolean {
  return DATED_SPEC_FILE.test(`${named.id}.md`);
}

/** The number of a numbered spec file's name, or undefined for any other file (dated specs included). */
export function specNumberOf(name: string): number | undefined {
  const match = NUMBERED_SPEC_FILE.exec(name);
  return match ? Number(match[1]) : undefined;
}
