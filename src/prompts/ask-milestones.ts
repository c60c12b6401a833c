import { LIMITS, type Milestone } from '../answers/answers.js';
import { validMilestoneDate, validMilestoneName } from '../answers/validate-answers.js';
import type { IsoDate } from '../base/text/dates.js';
import { milestoneNotice } from '../model/spec-model.js';
import { askEntry, uniqueName } from './ask-entry.js';
import { asPromptValidator, inquirer, interruptible, type PromptContext } from './prompt-kit.js';

/** A strict date for milestone `name`; one in the past or out of order must be confirmed. */
async function askDate(name: string, previous: Milestone | undefined, today: IsoDate, context: PromptContext): Promise<IsoDate> {
  const { input, confirm } = await inquirer();
  for (;;) {
    const text = await interruptible(() =>
      input(
        {
          message: `  Date of "${name}" (YYYY-MM-DD, or +10d, +2w, +1m from today):`,
          validate: asPromptValidator((value) => validMilestoneDate(value, today, 'The date')),
          // A relative date is echoed with the day it stands for: "+2w (2026-12-10)".
          transformer: (value, { isFinal }) => (isFinal && value.trim().startsWith('+') ? `${value} (${validMilestoneDate(value, today, 'date')})` : value),
        },
        context,
      ),
    );
    const date = validMilestoneDate(text, today, 'The date');
    const notices = milestoneNotice({ name, date }, previous, today);
    if (notices.length === 0) return date;
    const keep = await interruptible(() => confirm({ message: `  Note: ${notices.join('; ')}. Keep this date?`, default: false }, context));
    if (keep) return date;
  }
}

/** Milestones: a name, then its date, until an empty name. */
export async function askMilestones(today: IsoDate, context: PromptContext): Promise<Milestone[]> {
  const milestones: Milestone[] = [];
  const checkName = uniqueName(validMilestoneName, 'The milestone name', () => milestones.map((m) => m.name));
  while (milestones.length < LIMITS.milestones) {
    const name = await askEntry(`Milestone ${milestones.length + 1} name`, checkName, context);
    if (name === undefined) break;
    milestones.push({ name, date: await askDate(name, milestones.at(-1), today, context) });
  }
  return milestones;
}
