import { input } from '@inquirer/prompts';
import { LIMITS, type Phase } from '../answers/answers.js';
import { nameKey, validPhaseName, validTask } from '../answers/validate-answers.js';
import { ValidationError } from '../errors.js';
import { askList } from './ask-list.js';
import { asPromptValidator, interruptible, type PromptContext } from './prompt-kit.js';

/** Phases of the implementation plan: a name, then that phase's loop of tasks. */
export async function askPhases(context: PromptContext): Promise<Phase[]> {
  const phases: Phase[] = [];
  const checkName = (value: string): string => {
    const name = validPhaseName(value, 'phase name');
    if (phases.some((p) => nameKey(p.name) === nameKey(name))) {
      throw new ValidationError('phase name', 'repeats an earlier phase; names must be unique');
    }
    return name;
  };
  while (phases.length < LIMITS.phases) {
    const n = phases.length + 1;
    const answer = await interruptible(() =>
      input(
        {
          message: `Phase ${n} name (empty to finish):`,
          validate: asPromptValidator((value) => value.trim() === '' || checkName(value)),
        },
        context,
      ),
    );
    if (answer.trim() === '') break;
    const name = checkName(answer);
    const tasks = await askList(
      {
        message: (t) => `  Task ${t} of "${name}"`,
        max: LIMITS.tasksPerPhase,
        check: (value) => validTask(value, 'task'),
      },
      context,
    );
    phases.push({ name, tasks });
  }
  return phases;
}
