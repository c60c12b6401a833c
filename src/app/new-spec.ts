import { existsSync } from 'node:fs';
import path from 'node:path';
import { DeclinedError } from '../base/errors.js';
import type { Answers } from '../answers/answers.js';
import { writtenFolders } from '../config/layout.js';
import type { SpecPlan } from '../plan/plan-spec.js';
import { leftoverBackupsReport } from './leftover-backups.js';
import { askForTheRest, completeWithoutPrompts, givenAnswers, type Ask, type GivenAnswers } from './new-spec-answers.js';
import type { Project } from './open-project.js';
import { pinnedToday } from './pinned-today.js';
import { previewPlan, type PreviewEntry } from './preview-plan.js';
import { branchesWarning, filesSummary } from './report.js';
import type { SignalGuard } from './signal-guard.js';
import { refuseUnplaceableStub } from './stub-guard.js';
import { recoverFirst } from './write-files.js';
import type { WriteResult } from './write-plan.js';
import { planFor, writeSpec } from './write-spec.js';

export type { Ask, AskHelp, GivenAnswers } from './new-spec-answers.js';

/** What the run was asked for, decided by the front end from its flags and its terminal. */
export interface NewSpecRequest extends GivenAnswers {
  /** Whether questions may be asked (a terminal on both ends, and nothing that promised none). */
  readonly interactive: boolean;
  readonly dryRun: boolean;
  readonly force: boolean;
  /**
   * The plop generator names every leftover backup once recovery is done,
   * before its first question. The bin names, before recovery, those outside
   * the folders it writes to: its write names the others when it is done.
   */
  readonly allBackupsBeforeQuestions?: boolean;
}

/** The front end's own I/O with the user: the interview and the last question before writing. */
export interface NewSpecInterview {
  readonly ask: Ask;
  /** Shows `summary` (the files about to be written) and says whether to go on. */
  readonly confirm: (summary: string) => Promise<boolean>;
}

/** What the run reads besides the project: the environment and clock for the day, stdin for `--answers -`, stderr for warnings. */
export interface NewSpecIo {
  readonly env: NodeJS.ProcessEnv;
  readonly now: Date;
  readonly stdin: NodeJS.ReadableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** A plan the user agreed to (or, for a dry run, the plan to show), with the answers it came from. */
export interface AgreedSpec {
  readonly answers: Answers;
  readonly plan: SpecPlan;
}

export type NewSpecOutcome =
  | { readonly dryRun: true; readonly plan: SpecPlan; readonly preview: PreviewEntry[] }
  | { readonly dryRun: false; readonly plan: SpecPlan; readonly result: WriteResult };

/**
 * `new` up to the write: the refusals that come before anything is asked or
 * written, recovery, the answers (given, then asked or defaulted), the plan
 * and its warnings, and on a terminal the user's yes to the files listed.
 * The plop generator stops here and writes in its action; the bin goes on
 * with `newSpec`.
 */
export async function agreedSpec(project: Project, request: NewSpecRequest, interview: NewSpecInterview, io: NewSpecIo): Promise<AgreedSpec> {
  refuseUnplaceableStub(project);
  // Backups in the folders `new` writes to are named after its write, once those of finished runs are cleared.
  if (!request.allBackupsBeforeQuestions) io.stderr.write(leftoverBackupsReport(project, writtenFolders(project.config.layout)));
  // A broken team template exits 2 here, before recovery or anything else writes.
  project.teamTemplates();
  // git reads the other branches' specs while recovery and the answers go on; planning awaits it.
  void project.specsOnBranches();
  const day = pinnedToday(io.env, io.now);
  if (!request.dryRun) await recoverFirst(project, io.stderr);
  if (request.allBackupsBeforeQuestions) io.stderr.write(leftoverBackupsReport(project));
  const given = await givenAnswers(request, project.cwd, io.stdin, day);
  // An unknown spec to supersede exits 2 before anything is asked or written.
  if (given.supersedes !== undefined) (await import('./supersede-plan.js')).specToSupersede(project, given.supersedes);
  const answers = request.interactive
    ? await askForTheRest(given, project, day, request.force, interview.ask)
    : await completeWithoutPrompts(given, project.root, request.answersFile !== undefined);

  const plan = await planFor(project, answers, day);
  // Milestones typed in the interview had each notice confirmed as they were typed;
  // milestones from flags or an answers file were not typed, so warn (also on a terminal).
  const noticesConfirmed = request.interactive && given.milestones === undefined;
  if (!noticesConfirmed) for (const notice of plan.notices) io.stderr.write(`warning: ${notice}\n`);
  if (project.config.guessed) io.stderr.write(`${project.config.guessed}\n`);
  if (plan.branchesUnchecked !== undefined) io.stderr.write(branchesWarning(plan.branchesUnchecked));

  if (request.interactive && !request.dryRun) {
    // The plan already points at the existing spec's file: which of its paths exist is all we need.
    const replacing = request.force ? plan.files.map((f) => f.path).filter((p) => existsSync(path.join(project.root, p))) : [];
    if (!(await interview.confirm(filesSummary(plan, replacing)))) throw new DeclinedError();
  }
  return { answers, plan };
}

/** `new`: the agreed plan shown (--dry-run) or written all-or-nothing inside the signal guard. */
export async function newSpec(project: Project, request: NewSpecRequest, interview: NewSpecInterview, io: NewSpecIo & { readonly guard: SignalGuard }): Promise<NewSpecOutcome> {
  const { answers, plan } = await agreedSpec(project, request, interview, io);
  if (request.dryRun) return { dryRun: true, plan, preview: await previewPlan(plan, request.force) };
  const { plan: written, result } = await writeSpec(project, plan, answers, { force: request.force, guard: io.guard, stderr: io.stderr });
  return { dryRun: false, plan: written, result };
}
