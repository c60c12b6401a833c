import { input } from '@inquirer/prompts';
import { asPromptValidator, interruptible, type PromptContext } from './prompt-kit.js';

export interface ListQuestion {
  /** Message for entry `n` (1-based). */
  readonly message: (n: number) => string;
  readonly max: number;
  /** Throws a ValidationError for a bad entry. */
  readonly check: (value: string, n: number) => string;
}

/** Asks for entries until an empty answer (or the limit); each is validated as typed. */
export async function askList(question: ListQuestion, context: PromptContext): Promise<string[]> {
  const entries: string[] = [];
  while (entries.length < question.max) {
    const n = entries.length + 1;
    const answer = await interruptible(() =>
      input(
        {
          message: `${question.message(n)} (empty to finish):`,
          validate: asPromptValidator((value) => value.trim() === '' || question.check(value, n)),
        },
        context,
      ),
    );
    if (answer.trim() === '') break;
    entries.push(question.check(answer, n));
  }
  return entries;
}
