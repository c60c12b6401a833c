import { confirm, input } from '@inquirer/prompts';
import { LIMITS, type Milestone } from '../answers/answers.js';
import { nameKey, validMilestoneDate, validMilestoneName } from '../answers/validate-answers.js';
import { ValidationError } from '../errors.js';
import type { IsoDate } from '../model/dates.js';
import { milestoneNotice } from '../model/spec-model.js';
import { asPromptValidator, interruptible, type PromptContext } from './prompt-kit.js';

/**
 * Milestones: a name, then a strict date. A date in the past or before the
 * previous milestone is pointed out and must be confirmed, not silently taken.
 */
export async function askMilestones(today: IsoDate, context: PromptContext): Promise<Milestone[]> {
  const milestones: Milestone[] = [];
  const checkName = (value: string): string => {
    const name = validMilestoneName(value, 'milestone name');
    if (milestones.some((m) => nameKey(m.name) === nameKey(name))) {
      throw new ValidationError('milestone name', 'repeats an earlier milestone; names must be unique');
    }
    return name;
  };
  while (milestones.length < LIMITS.milestones) {
    const n = milestones.length + 1;
    const answer = await interruptible(() =>
      input(
        {
          message: `Milestone ${n} name (empty to finish):`,
          validate: asPromptValidator((value) => value.trim() === '' || checkName(value)),
        },
        context,
      ),
    );
    if (answer.trim() === '') break;
    const name = checkName(answer);
    for (;;) {
      const dateText = await interruptible(() =>
        input(
          {
            message: `  Date of "${name}" (YYYY-MM-DD, or +10d, +2w, +1m from today):`,
            validate: asPromptValidator((value) => validMilestoneDate(value, today, 'date')),
          },
          context,
        ),
      );
      const milestone = { name, date: validMilestoneDate(dateText, today, 'date') };
      const notices = milestoneNotice(milestone, milestones.at(-1), today);
      const keep =
        notices.length === 0 ||
        (await interruptible(() => confirm({ message: `  Note: ${notices.join('; ')}. Keep this date?`, default: false }, context)));
      if (keep) {
        milestones.push(milestone);
        break;
      }
    }
  }
  return milestones;
}
