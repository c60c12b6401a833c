import type { Answers } from '../answers/answers.js';
import type { IsoDate } from '../base/text/dates.js';
import type { Layout } from '../config/layout.js';
import { planSpec, type SpecPlan } from '../plan/plan-spec.js';
import type { TeamTemplates } from '../render/team-templates.js';
import { readExistingSpecs } from '../specs/spec-numbers.js';

/**
 * The disk's part of planning a spec: the specs folder is read here (once),
 * and what it holds, with the numbers other branches hold (`onBranches`), is
 * handed to the pure planSpec. Reads, never writes.
 */
export async function planFromDisk(answers: Answers, root: string, today: IsoDate, layout: Layout, team?: TeamTemplates, onBranches: readonly string[] = []): Promise<SpecPlan> {
  const existing = await readExistingSpecs(root, layout.specsDir, layout.idStyle, onBranches);
  return planSpec(answers, root, today, layout, existing, team);
}
