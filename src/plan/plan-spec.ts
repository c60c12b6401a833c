import type { Answers } from '../answers/answers.js';
import type { Layout } from '../config/layout.js';
import { compactDate, type IsoDate } from '../base/text/dates.js';
import { slugFor } from '../base/text/slug.js';
import { buildModel, milestoneNotices, type SpecModel } from '../model/spec-model.js';
import { readExistingSpecs } from '../repo/existing-specs.js';
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
 * `onBranches`: spec file names on other branches, whose numbers are taken too.
 * Reads the disk (existing spec numbers) but never writes. A
 * feature that already has a spec keeps its number, so a second run for the
 * same name conflicts with (or, with --force, replaces) the same files
 * instead of starting a duplicate spec.
 */
export async function planSpec(answers: Answers, root: string, today: IsoDate, layout: Layout, team?: TeamTemplates, onBranches: readonly string[] = []): Promise<SpecPlan> {
  const { model, existing } = await modelFor(answers, root, today, layout, onBranches);
  // A team's own templates render off the main thread, within a budget (render-off-thread.ts); the built-in ones are trusted and start no thread.
  const files = team && team.templates.size > 0 ? await (await import('../render/render-off-thread.js')).renderOffThread(model, team) : renderFiles(model);
  return { root, layout, model, files, notices: milestoneNotices(answers.milestones, today), specsSeen: existing.names };
}

async function modelFor(answers: Answers, root: string, today: IsoDate, layout: Layout, onBranches: readonly string[] = []) {
  const existing = await readExistingSpecs(root, layout.specsDir, layout.idStyle, onBranches);
  const taken = existing.bySlug.get(slugFor(answers.name, 'name'));
  const number = taken?.number ?? (layout.idStyle === 'date' ? compactDate(today) : existing.nextNumber);
  return { model: buildModel(answers, { today, number, layout, ...(taken ? { existing: { id: taken.id, file: taken.file } } : {}) }), existing };
}

/** The three paths a spec for `name` would have: what the interview checks a typed name against. */
export async function plannedPaths(name: string, root: string, today: IsoDate, layout: Layout): Promise<string[]> {
  const answers: Answers = { name, owner: '', purpose: '', requirements: [], stories: [], phases: [], milestones: [] };
  const { paths } = (await modelFor(answers, root, today, layout)).model;
  return [paths.spec, paths.test, paths.docs];
}
