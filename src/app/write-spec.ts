import type { Answers } from '../answers/answers.js';
import type { SpecPlan } from '../plan/plan-spec.js';
import { retryOnNumberRace } from '../plan/retry-number-race.js';
import { writePlan, type WriteResult } from './write-plan.js';
import { planFromDisk } from './plan-from-disk.js';
import path from 'node:path';
import { refuseConflicted } from '../specs/merge-conflicts.js';
import { readBytes } from '../specs/read-specs-folder.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';
import { indexPath } from './index-path.js';
import { staleReport } from './report.js';
import type { SignalGuard } from './signal-guard.js';
import { pathTaken } from '../base/path-taken.js';

// What the front ends (cli/new-command, cli/new-options, plop/register-generator)
// name around this use case: the answers' types and the plan's.
export type { Answers } from '../answers/answers.js';
export type { FieldNamer, RawAnswers } from '../answers/validate-answers.js';
export type { SpecPlan } from '../plan/plan-spec.js';

/**
 * Answers → plan, with the project's layout and templates, numbered past
 * every number a branch holds; the specs index, when specwright wrote one,
 * brought up to date with the new spec in the same write.
 */
export async function planFor(project: Project, answers: Answers, today: string): Promise<SpecPlan> {
  const branches = await project.branchSpecs();
  const planned = await planFromDisk(answers, project.root, today, project.config.layout, project.teamTemplates(), branches.names);
  const unsuperseding = branches.unchecked === undefined ? planned : { ...planned, branchesUnchecked: branches.unchecked };
  // `--supersedes`: the old spec says so too, in the same write (loaded only when asked for).
  const superseding = answers.supersedes === undefined ? undefined : await supersede(project, unsuperseding, answers.supersedes);
  const plan = superseding?.plan ?? unsuperseding;
  // Most projects have no index: the reader and the index's renderer are loaded only for one that may.
  if (!pathTaken(path.join(project.root, indexPath(project)))) return plan;
  const [{ readSpec }, { indexAfter }] = await Promise.all([import('../specs/read-spec.js'), import('./spec-index-file.js')]);
  const spec = plan.files.find((file) => file.path === plan.model.paths.spec)!;
  const changed = [spec, ...(superseding ? [superseding.old] : [])].map((file) => ({ path: file.path, reading: readSpec(path.posix.basename(file.path), file.contents, repositoryLifecycle(project)), read: true }));
  const index = indexAfter(project, changed, [], plan.files);
  return index ? { ...plan, updates: [...(plan.updates ?? []), index] } : plan;
}

/** The plan with the spec `--supersedes` names marked superseded by the new one (loaded only when asked for). */
async function supersede(project: Project, plan: SpecPlan, wanted: string): Promise<ReturnType<typeof import('./supersede-plan.js').supersedingPlan>> {
  const [{ supersedingPlan }, { changeAuthor }] = await Promise.all([import('./supersede-plan.js'), import('./change-author.js')]);
  return supersedingPlan(project, plan, wanted, { author: await changeAuthor(project.root), lifecycle: repositoryLifecycle(project) });
}

/** --force replaces files, but never one left mid-merge (exit 2): what either side wrote would be lost unseen. */
function refuseConflictedTargets(project: Project, plan: SpecPlan): void {
  for (const file of plan.files) {
    const bytes = readBytes(path.join(project.root, file.path));
    if (typeof bytes !== 'string') refuseConflicted(file.path, bytes.toString('utf8'));
  }
}

/**
 * Writes the plan all-or-nothing, inside the signal guard's critical section;
 * plans again when a racing run took the number; reports leftovers of
 * interrupted runs. The one write path of the bin and the plop generator.
 */
export async function writeSpec(
  project: Project,
  plan: SpecPlan,
  answers: Answers,
  options: { readonly force: boolean; readonly guard: SignalGuard; readonly stderr: NodeJS.WritableStream },
): Promise<{ plan: SpecPlan; result: WriteResult }> {
  const { guard, stderr } = options;
  if (options.force) refuseConflictedTargets(project, plan);
  const written = await retryOnNumberRace(
    plan,
    () => planFor(project, answers, plan.model.today),
    (p) => guard.critical(() => writePlan(p, { force: options.force, journalDir: project.journalDir, pendingSignal: guard.pending })),
    (message) => stderr.write(`${message}\n`),
  );
  stderr.write(staleReport(written.result));
  return written;
}
