import type { Answers } from '../answers/answers.js';
import type { InterviewInput } from './interview.js';
import type { PromptContext } from './prompt-kit.js';

/**
 * The interview and the last question on one terminal, as `new`'s use case
 * asks for them (its `ask` and `confirm`), for the bin and the plop generator
 * alike. The prompts load on the first question: a run that asks nothing
 * loads no prompt library.
 */
export function specInterview(context: PromptContext): {
  ask: (known: Partial<Answers>, help: Omit<InterviewInput, 'known' | 'context'>) => Promise<Answers>;
  confirm: (summary: string) => Promise<boolean>;
} {
  return {
    ask: async (known, help) => (await import('./interview.js')).interview({ ...help, known, context }),
    confirm: async (summary) => (await import('./interview.js')).confirmWrite(summary, context),
  };
}
