import { LIMITS, type Phase } from '../answers/answers.js';
import { validPhaseName, validTask } from '../answers/validate-answers.js';
import { askEntry, uniqueName } from './ask-entry.js';
import { askList } from './ask-list.js';
import type { PromptContext } from './prompt-kit.js';

/** Phases of the implementation plan: a name, then that phase's loop of tasks. */
export async function askPhases(context: PromptContext): Promise<Phase[]> {
  const phases: Phase[] = [];
  const checkName = uniqueName(validPhaseName, 'The phase name', () => phases.map((p) => p.name));
  while (phases.length < LIMITS.phases) {
    const name = await askEntry(`Phase ${phases.length + 1} name`, checkName, context);
    if (name === undefined) break;
    const tasks = await askList(
      { message: (t) => `  Task ${t} of "${name}"`, max: LIMITS.tasksPerPhase, check: (value) => validTask(value, 'The task') },
      context,
    );
    phases.push({ name, tasks });
  }
  return phases;
}
