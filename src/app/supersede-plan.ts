import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { SpecPlan } from '../plan/plan-spec.js';
import type { RenderedFile } from '../render/render-files.js';
import { specFileName } from '../specs/spec-file-name.js';
import { relationEdits, type EndStateAuthor, type SpecToRelate } from './link-specs.js';
import type { Project } from './open-project.js';
import { specToEdit } from './set-status.js';

/**
 * The spec `new --supersedes` names, as read from the disk: an unknown or
 * ambiguous one, or one mid-merge, exits 2 before anything is written.
 */
export function specToSupersede(project: Project, wanted: string): SpecToRelate {
  return specToEdit(project, wanted);
}

/**
 * `new --supersedes`: the plan with the new spec saying "Supersedes" the old
 * one, and the old one saying "Superseded by" the new one, as one more file
 * the plan changes (an update: replaced in the same all-or-nothing write, and
 * only if it still holds the bytes read here). Returns the old spec's new
 * text too, for the specs index.
 */
export function supersedingPlan(project: Project, plan: SpecPlan, wanted: string, who: EndStateAuthor): { plan: SpecPlan; old: RenderedFile } {
  const old = specToSupersede(project, wanted);
  const specPath = plan.model.paths.spec;
  const name = path.posix.basename(specPath);
  if (old.relative === specPath) throw new UsageError(`${specPath} cannot supersede itself: --supersedes names the spec this run writes`, 'Name the spec the new one replaces.');
  if (specFileName(name) === undefined) throw new UsageError(`${specPath} is not named as a spec; nothing was written`);
  const spec = plan.files.find((file) => file.path === specPath)!;
  const { from: newSpec, to: oldSpec } = relationEdits({ name, relative: specPath, text: spec.contents }, old, 'supersedes', plan.model.today, who);
  // The new spec is created, not replaced: only its contents change.
  const files = plan.files.map((file) => (file.path === specPath && newSpec ? { ...file, contents: newSpec.contents } : file));
  const updates = oldSpec ? [oldSpec, ...(plan.updates ?? [])] : plan.updates;
  return { plan: { ...plan, files, ...(updates ? { updates } : {}) }, old: oldSpec ?? { path: old.relative, contents: old.text } };
}
