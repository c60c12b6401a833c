import type { IsoDate } from '../base/text/dates.js';
import { emptyDocsStub } from '../lint/open-at-state.js';
import { isCheckedState, openItems } from '../specs/open-items.js';
import type { SpecReading } from '../specs/read-spec.js';
import { listSpecs } from './list-specs.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';

/**
 * What a spec just moved to testing or later (`reading`, as written) still
 * has open: its tasks, its requirements' tests as `list` counts them, its
 * docs stub. Nothing for an earlier step or an end state. Reads only.
 */
export function openWorkOf(project: Project, relative: string, reading: SpecReading, today: IsoDate): string[] {
  if (!isCheckedState(repositoryLifecycle(project), reading.currentStatus)) return [];
  const summary = listSpecs(project, today).specs.find((spec) => spec.path === relative);
  if (!summary) return [];
  return openItems({ tasks: summary.progress, tests: summary.tests, emptyDocs: emptyDocsStub(project.root, project.config.layout.docsDir, reading.slug) });
}
