import { UsageError } from '../base/errors.js';
import type { Project } from './open-project.js';

/**
 * `new` (the bin, --dry-run and the plop generator alike) refuses, before
 * anything is asked or written, where detection found that no test stub can
 * be placed where the repository's test command runs it (detect/stub-verdict.ts):
 * a stub nothing runs would still be counted by list and lint.
 */
export function refuseUnplaceableStub(project: Pick<Project, 'config'>): void {
  const problem = project.config.stubProblem;
  if (problem) throw new UsageError(`${problem.message}. Nothing was written.`, problem.hint);
}
