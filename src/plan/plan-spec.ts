import type { Answers } from '../answers/answers.js';
import type { Layout } from '../config/layout.js';
import { compactDate, type IsoDate } from '../base/text/dates.js';
import { slugFor } from '../base/text/slug.js';
import { buildModel, milestoneNotices, type SpecModel } from '../model/spec-model.js';
import type { ExistingSpecs } from '../specs/spec-numbers.js';
import { type RenderedFile, renderFiles } from '../render/render-files.js';
import type { TeamTemplates } from '../render/team-templates.js';

export interface SpecPlan {
  readonly root: string;
  /** Where the files go (config/layout.ts): the same layout plans, writes and recovers. */
  readonly layout: Layout;
  readonly model: SpecModel;
  /** Every file with its full contents, computed before anything touches the disk. */
  readonly files: readonly RenderedFile[];
  /** Things a human should confirm (past or unordered milestones). */
  readonly notices: readonly string[];
  /** The spec files that existed when the number was chosen (see writePlan's race check). */
  readonly specsSeen: readonly string[];
  /** Files brought up to date with the spec, replaced whatever --force says (the specs index, when there is one). */
  readonly updates?: readonly RenderedFile[];
  /** Why the other branches' spec numbers could not be read, when they could not: the number then comes from the working tree alone. */
  readonly branchesUnchecked?: string;
}

/**
 * Answers → plan, rendered with the team's templates where it has them.
 * `existing`: the specs the working tree holds, and the numbers other
 * branches hold (gathered by the use case, app/plan-from-disk.ts): planning
 * reads nothing and writes nothing, so it is a function of its inputs. A
 * feature that already has a spec keeps its number, so a second run for the
 * same name conflicts with (or, with --force, replaces) the same files
 * instead of starting a duplicate spec.
 */
export async function planSpec(answers: Answers, root: string, today: IsoDate, layout: Layout, existing: ExistingSpecs, team?: TeamTemplates): Promise<SpecPlan> {
  const model = modelFor(answers, today, layout, existing);
  // A team's own templates render off the main thread, within a budget (render-off-thread.ts); the built-in ones are trusted and start no thread.
  const files = team && team.templates.size > 0 ? await (await import('../render/render-off-thread.js')).renderOffThread(model, team) : renderFiles(model);
  return { root, layout, model, files, notices: milestoneNotices(answers.milestones, today), specsSeen: existing.names };
}

function modelFor(answers: Answers, today: IsoDate, layout: Layout, existing: ExistingSpecs): SpecModel {
  const taken = existing.bySlug.get(slugFor(answers.name, 'name'));
  const number = taken?.number ?? (layout.idStyle === 'date' ? compactDate(today) : existing.nextNumber);
  return buildModel(answers, { today, number, layout, ...(taken ? { existing: { id: taken.id, file: taken.file } } : {}) });
}

/** The paths a spec for `name` would have (no test stub's without one), given the specs that exist: what the interview checks a typed name against. */
export function plannedPaths(name: string, today: IsoDate, layout: Layout, existing: ExistingSpecs): string[] {
  const answers: Answers = { name, owner: '', purpose: '', requirements: [], stories: [], phases: [], milestones: [] };
  const { paths, hasTestStub } = modelFor(answers, today, layout, existing);
  return hasTestStub ? [paths.spec, paths.test, paths.docs] : [paths.spec, paths.docs];
}
