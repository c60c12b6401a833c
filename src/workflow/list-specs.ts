import type { IsoDate } from '../text/dates.js';
import { readTestCitations } from '../lint/lint-specs.js';
import { traceRequirements } from '../lint/traceability.js';
import { specFiles } from '../specs/read-specs-folder.js';
import { matchesFilter, summarize, type SpecFilter, type SpecSummary } from '../specs/spec-summary.js';
import type { Project } from './open-project.js';

export interface ListResult {
  /** The configured specs folder, relative to the root. */
  readonly specsDir: string;
  /** How many specs the folder holds, before filtering. */
  readonly total: number;
  /** Those that pass the filter, in number order. */
  readonly specs: readonly SpecSummary[];
}

/** `list`: every spec of the project's specs folder, read once each, summed up as of `today`. Writes nothing. */
export function listSpecs(project: Project, today: IsoDate, filter: SpecFilter = {}): ListResult {
  const { specsDir } = project.config.layout;
  const specs: SpecSummary[] = [];
  let total = 0;
  // One spec at a time: only its summary is kept.
  for (const file of specFiles(project.root, specsDir)) {
    total++;
    const spec = summarize(file, today);
    if (matchesFilter(spec, filter)) specs.push(spec);
  }
  // Traced among the listed specs alone: a test names a spec by its path, id or number, so the others change no count.
  const { tests } = readTestCitations(project.root);
  const traced = traceRequirements(
    specs.map((spec) => ({ path: spec.path, id: spec.id, number: spec.number, requirements: spec.requirements })),
    tests,
    () => true,
  );
  return { specsDir, total, specs: specs.map((spec, i) => ({ ...spec, tests: traced.counts[i] })) };
}
