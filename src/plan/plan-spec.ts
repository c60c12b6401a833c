import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Answers } from '../answers/answers.js';
import type { IsoDate } from '../model/dates.js';
import { slugFor } from '../model/slug.js';
import { buildModel, milestoneNotices, type SpecModel } from '../model/spec-model.js';
import { readExistingSpecs } from '../repo/existing-specs.js';
import { type RenderedFile, renderFiles } from '../render/render-files.js';

export interface SpecPlan {
  readonly root: string;
  readonly model: SpecModel;
  /** Every file with its full contents, computed before anything touches the disk. */
  readonly files: readonly RenderedFile[];
  /** Things a human should confirm (past or unordered milestones). */
  readonly notices: readonly string[];
  /** The spec files that existed when the number was chosen (see writePlan's race check). */
  readonly specsSeen: readonly string[];
}

/**
 * Answers → plan. Reads the disk (existing spec numbers, tsconfig.json) but
 * never writes. A feature that already has a spec keeps its number, so a
 * second run for the same name conflicts with (or, with --force, replaces)
 * the same files instead of starting a duplicate spec.
 */
export async function planSpec(answers: Answers, root: string, today: IsoDate): Promise<SpecPlan> {
  const { model, existing } = await modelFor(answers, root, today);
  return { root, model, files: renderFiles(model), notices: milestoneNotices(answers.milestones, today), specsSeen: existing.names };
}

async function modelFor(answers: Answers, root: string, today: IsoDate) {
  const existing = await readExistingSpecs(root);
  const taken = existing.bySlug.get(slugFor(answers.name, 'name'));
  const number = taken?.number ?? existing.nextNumber;
  const testLanguage = existsSync(path.join(root, 'tsconfig.json')) ? 'ts' : 'js';
  return { model: buildModel(answers, { today, number, testLanguage, ...(taken ? { existing: { id: taken.id, file: taken.file } } : {}) }), existing };
}

/** The three paths a spec for `name` would have: what the interview checks a typed name against. */
export async function plannedPaths(name: string, root: string, today: IsoDate): Promise<string[]> {
  const answers: Answers = { name, owner: '', purpose: '', requirements: [], stories: [], phases: [], milestones: [] };
  const { paths } = (await modelFor(answers, root, today)).model;
  return [paths.spec, paths.test, paths.docs];
}
