import { UsageError } from '../base/errors.js';
import type { SpecFilter } from '../specs/spec-summary.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle, stateNames } from './repository-lifecycle.js';

/** The filter as the flags give it: `statuses` as typed, each maybe a comma list (`--status review,design`). */
export interface GivenFilter {
  readonly statuses?: readonly string[] | undefined;
  readonly owner?: string | undefined;
  readonly overdue?: boolean | undefined;
}

/**
 * `list`'s filter, each status named checked against the repository's
 * lifecycle (its team template's steps, else the built-in; draft and the end
 * states): one it does not know exits 2, listing those it does.
 */
export function listFilter(project: Project, given: GivenFilter): SpecFilter {
  return { statuses: statusFilter(project, given.statuses), owner: given.owner, overdue: given.overdue };
}

function statusFilter(project: Project, values: readonly string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const names = stateNames(repositoryLifecycle(project));
  return values.flatMap((value) =>
    value.split(',').map((name) => {
      const key = name.trim().toLowerCase();
      if (!names.includes(key)) throw new UsageError(`--status ${JSON.stringify(name)} is not a status; use one of ${names.join(', ')}`);
      return key;
    }),
  );
}
