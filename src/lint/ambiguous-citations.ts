import { finding, type Finding } from './lint-rules.js';

/** What the choice needs of a spec (traceability.ts's TracedSpec fits). */
export interface ClashingSpec {
  readonly id: string | undefined;
}

export interface BareCitation {
  /** The specs it may mean: the clashing specs the file names by full id, when exactly one; else every spec of that number. */
  readonly specs: readonly number[];
  /** A warning when it still may mean more than one spec. */
  readonly finding?: Finding;
}

/**
 * A bare number (`0006 FR-1`) that two or more specs share (two branches
 * both added 0006): it is the spec whose full id (`0006-admin-dashboard`) the
 * same file names, when the file names exactly one of them (its stub header
 * or any mention: the rule `renumber` follows when it moves one of them).
 * Otherwise it may mean any of them: all keep the coverage, and the citation
 * is reported, so the test names the spec it means.
 * `named`: the specs of that number; `fileIds`: the full ids the file names, lower case.
 */
export function bareCitation(file: string, line: number, cited: string, named: readonly number[], specs: readonly ClashingSpec[], fileIds: ReadonlySet<string>): BareCitation {
  const meant = named.filter((spec) => fileIds.has(specs[spec]!.id?.toLowerCase() ?? ''));
  if (meant.length === 1) return { specs: meant };
  const ids = named.map((spec) => specs[spec]!.id ?? cited);
  const why = meant.length === 0 ? 'the file names none of their full ids' : 'the file names more than one of their full ids';
  return {
    specs: named,
    finding: finding(
      file,
      line,
      'ambiguous-citation',
      `the test cites ${cited}, a number ${ids.join(' and ')} share (${why}): it counts for each of them`,
      `Cite the spec by its full id (${ids[0]} FR-n), or run specwright renumber on one of them.`,
    ),
  };
}
