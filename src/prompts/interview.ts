import { type Answers, LIMITS } from '../answers/answers.js';
import { validName, validOwner, validPurpose, validRequirement, validStory } from '../answers/validate-answers.js';
import type { IsoDate } from '../base/text/dates.js';
import { slugify } from '../base/text/slug.js';
import { terminalLines } from '../base/text/terminal-text.js';
import { askList } from './ask-list.js';
import { askMilestones } from './ask-milestones.js';
import { askPhases } from './ask-phases.js';
import { asPromptValidator, inquirer, interruptible, type InputPrompt, type PromptContext } from './prompt-kit.js';

export interface InterviewInput {
  /** Answers already given by flags or an answers file: not asked again. */
  readonly known: Partial<Answers>;
  readonly defaultOwner: string;
  readonly today: IsoDate;
  readonly context: PromptContext;
  /** Refuses a name whose files exist already (a message), as it is typed; omitted with --force. */
  readonly nameTaken?: (name: string) => Promise<string | undefined>;
}

const ask = async (config: Parameters<InputPrompt>[0], context: PromptContext): Promise<string> => {
  const { input } = await inquirer();
  return interruptible(() => input(config, context));
};

/** Asks, in order, only for the answers still missing. Every answer is validated as it is typed. */
export async function interview({ known, defaultOwner, today, context, nameTaken }: InterviewInput): Promise<Answers> {
  const checkName = asPromptValidator((value) => validName(value, 'The name'));
  const name =
    known.name ??
    validName(
      await ask(
        {
          message: 'Feature name:',
          validate: async (value) => {
            const valid = checkName(value);
            return valid === true ? ((await nameTaken?.(validName(value, 'name'))) ?? true) : valid;
          },
          // Show the file name the answer yields while it is typed.
          transformer: (value, { isFinal }) => (isFinal || !slugify(value) ? value : `${value}  → ${slugify(value)}`),
        },
        context,
      ),
      'name',
    );
  const owner =
    known.owner ??
    validOwner(
      await ask(
        { message: 'Owner:', default: defaultOwner || undefined, validate: asPromptValidator((v) => validOwner(v, 'The owner')) },
        context,
      ),
      'owner',
    );
  const purpose =
    known.purpose ??
    validPurpose(
      await ask({ message: 'Purpose, in one line (optional):', validate: asPromptValidator((v) => validPurpose(v, 'The purpose')) }, context),
      'purpose',
    );
  const requirements =
    known.requirements ??
    (await askList(
      { message: (n) => `Functional requirement FR-${n}`, max: LIMITS.requirements, check: (v) => validRequirement(v, 'The requirement') },
      context,
    ));
  const stories =
    known.stories ??
    (await askList(
      { message: (n) => `User story ${n} (As a ..., I want ... so that ...)`, max: LIMITS.stories, check: (v) => validStory(v, 'The story') },
      context,
    ));
  const phases = known.phases ?? (await askPhases(context));
  const milestones = known.milestones ?? (await askMilestones(today, context));
  return { name, owner, purpose, requirements, stories, phases, milestones };
}

/** The last question: the files about to be written, and whether to go on (default yes). */
export async function confirmWrite(summary: string, context: PromptContext): Promise<boolean> {
  // The prompts' output is the raw terminal: paths name folders from a config and a root, which may hold anything.
  context.output?.write(terminalLines(summary));
  const { confirm } = await inquirer();
  return interruptible(() => confirm({ message: 'Write these files?', default: true }, context));
}
