import { realpathSync } from 'node:fs';
import path from 'node:path';
import { errorText, SpecwrightError, UsageError } from '../base/errors.js';
import { agreedSpec, type NewSpecRequest } from '../app/new-spec.js';
import { specInterview } from '../prompts/spec-interview.js';
import { openProject, type Project } from '../app/open-project.js';
import { doneReport } from '../app/report.js';
import { terminalOutput } from '../base/text/terminal-output.js';
import { terminalLines } from '../base/text/terminal-text.js';
import { installSignalGuard, type SignalGuard } from '../app/signal-guard.js';
import { writeSpec, type Answers, type SpecPlan } from '../app/write-spec.js';

/** The slice of plop's API this adapter uses (plop is an optional peer: no type import). */
export interface PlopApi {
  setGenerator(name: string, config: { description: string; prompts: () => Promise<object>; actions: object[] }): unknown;
  setActionType(name: string, action: (answers: object) => Promise<string>): void;
  getDestBasePath(): string;
}

export const GENERATOR = 'spec';
const ACTION = 'specwright-write';

/** stderr through the one sanitizer, as the bin's: messages name paths, folders from a config and spec names. */
const stderr = terminalOutput(process.stderr);

/** Plans made by the prompts, handed to the action that writes them. */
const plans = new WeakMap<object, { plan: SpecPlan; project: Project }>();

/** One guard per process, however many times the generator runs: listeners are not added again. */
let guard: SignalGuard | undefined;

/**
 * plop's destination is its --dest or the plopfile's folder, never the
 * folder the user ran it from; inside a workspace package that folder
 * decides where the test stub goes, as it does for the bin. npm and the
 * shell say where that was (INIT_CWD, PWD): used when it lies inside the
 * destination, else the destination itself.
 */
function whereTheUserStands(dest: string): string {
  const destination = realpathSync(dest);
  for (const candidate of [process.env.INIT_CWD, process.env.PWD, process.cwd()]) {
    if (!candidate) continue;
    let here: string;
    try {
      here = realpathSync(candidate);
    } catch {
      continue;
    }
    const inside = path.relative(destination, here);
    if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) return here;
  }
  return destination;
}

/** Ends the process the way the bin would: plop itself would print a stack and exit 1. */
function exitFor(error: unknown): never {
  if (error instanceof SpecwrightError) {
    stderr.write(errorText(error));
    process.exit(error.exitCode);
  }
  throw error;
}

/**
 * Nothing is given before the questions, nothing is forced, nothing is a dry
 * run: the action writes what the user agreed to. As every command of the bin
 * does, a backup the writer left is named until it is dealt with: here before
 * the interview, however long it takes.
 */
const PLOP_REQUEST: NewSpecRequest = { flags: {}, flagName: (key) => key, interactive: true, dryRun: false, force: false, allBackupsBeforeQuestions: true };

async function promptAndPlan(project: Project): Promise<object> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      'the plop generator asks its questions in a terminal, and there is none',
      'Without a terminal run `npx specwright new --name "<feature>" ...` instead.',
    );
  }
  const { answers, plan } = await agreedSpec(project, PLOP_REQUEST, specInterview({ input: process.stdin, output: process.stdout }), { env: process.env, now: new Date(), stdin: process.stdin, stderr });
  const result = { ...answers };
  plans.set(result, { plan, project });
  return result;
}

/**
 * Registers the `spec` generator: the same interview, validators, plan and
 * all-or-nothing writer as the bin, behind plop's generator interface. Its one
 * action is ours, not plop's stock `add` (which follows `../`, writes through
 * symlinks and cannot roll back).
 */
export function registerSpecGenerator(plop: PlopApi): void {
  const project = (): Project => openProject(whereTheUserStands(plop.getDestBasePath() || process.cwd()), process.env);
  plop.setActionType(ACTION, async (answers) => {
    const planned = plans.get(answers);
    if (!planned) throw new Error('specwright: run the spec generator through its own prompts');
    const { plan, project } = planned;
    // plop has no SIGINT handling of its own: defer signals during the commit so it rolls back.
    guard ??= installSignalGuard(process.stderr);
    const { plan: written, result } = await writeSpec(project, plan, answers as Answers, { force: false, guard, stderr }).catch(exitFor);
    // plop prints what the action returns.
    return terminalLines(doneReport(written, result, project.cwd).trimEnd());
  });
  plop.setGenerator(GENERATOR, {
    description: 'feature spec, test stub and docs stub (specwright)',
    // repo() may refuse (the home folder, another user's folder): inside the promise, so exitFor reports it like the bin.
    prompts: () => Promise.resolve().then(() => promptAndPlan(project())).catch(exitFor),
    actions: [{ type: ACTION }],
  });
}
