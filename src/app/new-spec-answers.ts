import { ConflictError, UsageError } from '../base/errors.js';
import type { IsoDate } from '../base/text/dates.js';
import { loadAnswersFile } from '../answers/answers-file.js';
import type { Answers } from '../answers/answers.js';
import { isUsableOwner, validatePartial, type FieldNamer, type RawAnswers } from '../answers/validate-answers.js';
import { defaultOwner } from './default-owner.js';
import { nameTakenMessage } from './existing-files.js';
import type { Project } from './open-project.js';

/** What the answers come from before anyone is asked: the flags (named by `flagName` in errors) and an answers file. */
export interface GivenAnswers {
  readonly flags: RawAnswers;
  readonly flagName: FieldNamer;
  /** A path relative to the working folder, or `-` for stdin. */
  readonly answersFile?: string | undefined;
}

/** What the front end's interview is told besides the answers already given. */
export interface AskHelp {
  /** Refuses a name whose files exist already (a message), as it is typed; omitted with --force. */
  readonly nameTaken?: (name: string) => Promise<string | undefined>;
  /** The owner to offer: the one given, else git's user name or the OS user's. */
  readonly defaultOwner: string;
  readonly today: IsoDate;
}

/** Asks, on the front end's terminal, for the answers still missing from `given`. */
export type Ask = (given: Partial<Answers>, help: AskHelp) => Promise<Answers>;

/** Flags over answers file; each source validated on its own so errors name the flag or the key. */
export async function givenAnswers(given: GivenAnswers, cwd: string, stdin: NodeJS.ReadableStream, day: IsoDate): Promise<Partial<Answers>> {
  let fromFile: Partial<Answers> = {};
  if (given.answersFile !== undefined) {
    const { raw, label } = await loadAnswersFile(given.answersFile, cwd, stdin);
    fromFile = validatePartial(raw, day, (key) => `${label}: ${key}`);
  }
  return { ...fromFile, ...validatePartial(given.flags, day, given.flagName) };
}

/** Without a terminal nothing is asked: fill defaults, or exit 2 naming what to pass. */
export async function completeWithoutPrompts(given: Partial<Answers>, root: string, fromFile: boolean): Promise<Answers> {
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
export async function askForTheRest(given: Partial<Answers>, project: Project, day: IsoDate, force: boolean, ask: Ask): Promise<Answers> {
  const { root } = project;
  const nameTaken = force ? undefined : (name: string) => nameTakenMessage(root, name, day, project.config.layout);
  // A name given as a flag is checked before the first question, not after the last.
  const taken = given.name !== undefined ? await nameTaken?.(given.name) : undefined;
  if (taken) throw new ConflictError(taken, []);
  const suggestedOwner = given.owner ?? (await defaultOwner(root, isUsableOwner));
  const answers = await ask(given, { defaultOwner: suggestedOwner, today: day, ...(nameTaken ? { nameTaken } : {}) });
  // Which spec the new one supersedes is never asked: only a flag or the answers file gives it.
  return given.supersedes === undefined ? answers : { ...answers, supersedes: given.supersedes };
}
