import type { IsoDate } from '../base/text/dates.js';
import type { TracedSpec } from '../lint/traceability.js';
import { specFiles } from '../specs/read-specs-folder.js';
import { matchesFilter, summarize, type SpecFilter, type SpecSummary } from '../specs/spec-summary.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';
import { requirementTests } from './requirement-tests.js';

export type { SpecFilter, SpecSummary } from '../specs/spec-summary.js';
export { listTable } from '../views/list-table.js';

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
  const listed: { spec: SpecSummary; at: number }[] = [];
  const all: TracedSpec[] = [];
  // One spec at a time: only its summary is kept (and, for tracing, its requirement ids).
  for (const file of specFiles(project.root, specsDir, repositoryLifecycle(project))) {
    const spec = summarize(file, today);
    if (matchesFilter(spec, filter)) listed.push({ spec, at: all.length });
    all.push({ path: spec.path, id: spec.id, number: spec.number, requirements: spec.requirements });
  }
  // Traced over every spec, whatever the filter: a test names its spec by path, id, slug or number.
  const counts = requirementTests(project.root, all);
  return { specsDir, total: all.length, specs: listed.map(({ spec, at }) => ({ ...spec, tests: counts[at] })) };
}
