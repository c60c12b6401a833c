import type { Answers } from '../answers/answers.js';
import { isUsableOwner } from '../answers/validate-answers.js';
import { pinnedToday } from '../cli/pinned-today.js';
import { doneReport, filesSummary } from '../cli/report.js';
import { installSignalGuard } from '../cli/signals.js';
import { DeclinedError, errorText, SpecwrightError, UsageError } from '../errors.js';
import { nameTakenMessage } from '../plan/existing-files.js';
import { planSpec, type SpecPlan } from '../plan/plan-spec.js';
import { retryOnNumberRace } from '../plan/retry-number-race.js';
import { recoverKilledRuns, writePlan } from '../plan/write-plan.js';
import { defaultOwner } from '../repo/default-owner.js';
import { assertSafeRoot, findRepo, type Repo } from '../repo/find-root.js';

/** The slice of plop's API this adapter uses (plop is an optional peer: no type import). */
export interface PlopApi {
  setGenerator(name: string, config: { description: string; prompts: () => Promise<object>; actions: object[] }): unknown;
  setActionType(name: string, action: (answers: object) => Promise<string>): void;
  getDestBasePath(): string;
}

export const GENERATOR = 'spec';
const ACTION = 'specwright-write';

/** Plans made by the prompts, handed to the action that writes them. */
const plans = new WeakMap<object, { plan: SpecPlan; journalDir: string }>();

/** Ends the process the way the bin would: plop itself would print a stack and exit 1. */
function exitFor(error: unknown): never {
  if (error instanceof SpecwrightError) {
    process.stderr.write(errorText(error));
    process.exit(error.exitCode);
  }
  throw error;
}

async function promptAndPlan({ root, gitDir }: Repo): Promise<object> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      'the plop generator asks its questions in a terminal, and there is none',
      'Without a terminal run `npx specwright new --name "<feature>" ...` instead.',
    );
  }
  for (const line of await recoverKilledRuns(root, gitDir ?? root)) process.stderr.write(`${line}\n`);
  const { interview, confirmWrite } = await import('../prompts/interview.js');
  const context = { input: process.stdin, output: process.stdout };
  const today = pinnedToday(process.env, new Date());
  const answers: Answers = await interview({ known: {}, defaultOwner: await defaultOwner(root, isUsableOwner), today, context, nameTaken: (name) => nameTakenMessage(root, name, today) });
  const plan = await planSpec(answers, root, today);
  if (!(await confirmWrite(filesSummary(plan), context))) throw new DeclinedError();
  const result = { ...answers };
  plans.set(result, { plan, journalDir: gitDir ?? root });
  return result;
}

/**
 * Registers the `spec` generator: the same interview, validators, plan and
 * all-or-nothing writer as the bin, behind plop's generator interface. Its one
 * action is ours, not plop's stock `add` (which follows `../`, writes through
 * symlinks and cannot roll back).
 */
export function registerSpecGenerator(plop: PlopApi): void {
  const repo = (): Repo => {
    const found = findRepo(plop.getDestBasePath() || process.cwd());
    assertSafeRoot(found.root);
    return found;
  };
  plop.setActionType(ACTION, async (answers) => {
    const planned = plans.get(answers);
    if (!planned) throw new Error('specwright: run the spec generator through its own prompts');
    const { plan, journalDir } = planned;
    // plop has no SIGINT handling of its own: defer signals during the commit so it rolls back.
    const signals = installSignalGuard(process.stderr);
    const { plan: written, result } = await retryOnNumberRace(
      plan,
      () => planSpec(answers as Answers, plan.root, plan.model.today),
      (p) => signals.critical(() => writePlan(p, { force: false, journalDir, pendingSignal: signals.pending })),
      (message) => process.stderr.write(`${message}\n`),
    ).catch(exitFor);
    return doneReport(written, result).trimEnd();
  });
  plop.setGenerator(GENERATOR, {
    description: 'feature spec, test stub and docs stub (specwright)',
    // repo() may refuse (the home folder, another user's folder): inside the promise, so exitFor reports it like the bin.
    prompts: () => Promise.resolve().then(() => promptAndPlan(repo())).catch(exitFor),
    actions: [{ type: ACTION }],
  });
}
