import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConflictError, DeclinedError, UsageError } from '../base/errors.js';
import type { IsoDate } from '../base/text/dates.js';
import type { PromptContext } from '../prompts/prompt-kit.js';
import { openProject, type Project } from '../app/open-project.js';
import { leftoverBackupsReport } from '../app/leftover-backups.js';
import { refuseUnplaceableStub } from '../app/stub-guard.js';
import { pinnedToday } from '../app/pinned-today.js';
import { branchesWarning, doneReport, dryRunReport, filesSummary, jsonResult } from '../app/report.js';
import { recoverFirst } from '../app/write-files.js';
import {
  defaultOwner,
  isUsableOwner,
  loadAnswersFile,
  nameTakenMessage,
  planFor,
  previewPlan,
  validatePartial,
  writeSpec,
  writtenFolders,
  type Answers,
} from '../app/write-spec.js';
import { NEW_COMMAND } from './declarations/new-declaration.js';
import { renderHelp } from './render-help.js';
import type { Io } from './io.js';
import { rawOutput } from '../base/text/terminal-output.js';
import { flagNamer, parseNewArgs, type NewOptions } from './new-options.js';
import { workingFolder } from './working-folder.js';

/** Flags over answers file; each source validated on its own so errors name the flag or the key. */
async function givenAnswers(options: NewOptions, io: Io, cwd: string, day: IsoDate): Promise<Partial<Answers>> {
  let fromFile: Partial<Answers> = {};
  if (options.answersFile !== undefined) {
    const { raw, label } = await loadAnswersFile(options.answersFile, cwd, io.stdin);
    fromFile = validatePartial(raw, day, (key) => `${label}: ${key}`);
  }
  return { ...fromFile, ...validatePartial(options.raw, day, flagNamer) };
}

/** Without a terminal nothing is asked: fill defaults, or exit 2 naming what to pass. */
async function completeWithoutPrompts(given: Partial<Answers>, root: string, fromFile: boolean): Promise<Answers> {
  if (given.name === undefined) {
    throw new UsageError(
      'no feature name given, and nothing can be asked (prompts need stdin and stdout to be a terminal, and no --yes, --json or --answers -)',
      `Pass --name "<feature name>" (or the name as the first argument${fromFile ? ', or "name" in the answers file' : ''}).`,
    );
  }
  const owner = given.owner ?? (await defaultOwner(root, isUsableOwner));
  if (owner === '') {
    throw new UsageError('no owner given, and neither git config user.name nor the OS user name is a valid owner', 'Pass --owner "<name>".');
  }
  return {
    name: given.name,
    owner,
    purpose: given.purpose ?? '',
    requirements: given.requirements ?? [],
    stories: given.stories ?? [],
    phases: given.phases ?? [],
    milestones: given.milestones ?? [],
    ...(given.supersedes === undefined ? {} : { supersedes: given.supersedes }),
  };
}

/** On a terminal: asks for what is still missing, refusing a taken name as soon as it is known. */
async function askForTheRest(given: Partial<Answers>, project: Project, day: IsoDate, force: boolean, context: PromptContext): Promise<Answers> {
  const { root } = project;
  const nameTaken = force ? undefined : (name: string) => nameTakenMessage(root, name, day, project.config.layout);
  // A name given as a flag is checked before the first question, not after the last.
  const taken = given.name !== undefined ? await nameTaken?.(given.name) : undefined;
  if (taken) throw new ConflictError(taken, []);
  const { interview } = await import('../prompts/interview.js');
  const suggestedOwner = given.owner ?? (await defaultOwner(root, isUsableOwner));
  const answers = await interview({ known: given, defaultOwner: suggestedOwner, today: day, context, nameTaken });
  // Which spec the new one supersedes is never asked: only a flag or the answers file gives it.
  return given.supersedes === undefined ? answers : { ...answers, supersedes: given.supersedes };
}

export async function newCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseNewArgs(args);
  if (options.help) {
    io.stdout.write(renderHelp(NEW_COMMAND));
    return 0;
  }
  const cwd = workingFolder(io, options.cwd);
  const project = openProject(cwd, io.env, options.config);
  refuseUnplaceableStub(project);
  // Backups in the folders `new` writes to are named after its write, once those of finished runs are cleared.
  io.stderr.write(leftoverBackupsReport(project, writtenFolders(project.config.layout)));
  const { root } = project;
  // A broken team template exits 2 here, before recovery or anything else writes.
  project.teamTemplates();
  // git reads the other branches' specs while recovery and the answers go on; planning awaits it.
  void project.specsOnBranches();
  const day = pinnedToday(io.env, io.now);
  if (!options.dryRun) await recoverFirst(project, io.stderr);
  const given = await givenAnswers(options, io, cwd, day);
  // An unknown spec to supersede exits 2 before anything is asked or written.
  if (given.supersedes !== undefined) (await import('../app/supersede-plan.js')).specToSupersede(project, given.supersedes);
  // Prompts need a terminal on both ends; --yes and --json promise no questions.
  // `--answers -` has used up stdin, even when it is a terminal.
  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY) && !options.yes && !options.json && options.answersFile !== '-';

  // The prompts draw on the terminal themselves; confirmWrite sanitizes the summary it shows.
  const context: PromptContext = { input: io.stdin, output: rawOutput(io.stdout) };
  const answers = interactive
    ? await askForTheRest(given, project, day, options.force, context)
    : await completeWithoutPrompts(given, root, options.answersFile !== undefined);

  const plan = await planFor(project, answers, day);
  // Milestones typed in the interview had each notice confirmed as they were typed;
  // milestones from flags or an answers file were not typed, so warn (also on a terminal).
  const noticesConfirmed = interactive && given.milestones === undefined;
  if (!noticesConfirmed) for (const notice of plan.notices) io.stderr.write(`warning: ${notice}\n`);
  if (project.config.guessed) io.stderr.write(`${project.config.guessed}\n`);
  if (plan.branchesUnchecked !== undefined) io.stderr.write(branchesWarning(plan.branchesUnchecked));

  if (options.dryRun) {
    const preview = await previewPlan(plan, options.force);
    io.stdout.write(options.json ? jsonResult(plan, true) : dryRunReport(plan, preview));
    return 0;
  }
  if (interactive) {
    const { confirmWrite } = await import('../prompts/interview.js');
    // The plan already points at the existing spec's file: which of its paths exist is all we need.
    const replacing = options.force ? plan.files.map((f) => f.path).filter((p) => existsSync(path.join(root, p))) : [];
    if (!(await confirmWrite(filesSummary(plan, replacing), context))) throw new DeclinedError();
  }
  const { plan: written, result } = await writeSpec(project, plan, answers, { force: options.force, guard: io.signals, stderr: io.stderr });
  io.stdout.write(options.json ? jsonResult(written, false) : doneReport(written, result, cwd));
  return 0;
}
