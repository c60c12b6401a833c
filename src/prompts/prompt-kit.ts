import type { Context } from '@inquirer/type';
import { InterruptedError, ValidationError } from '../base/errors.js';

export type PromptContext = Context;
export type InputPrompt = typeof import('@inquirer/input').default;
export type ConfirmPrompt = typeof import('@inquirer/confirm').default;

let prompts: Promise<{ input: InputPrompt; confirm: ConfirmPrompt }> | undefined;

/**
 * Inquirer's prompts, loaded on the first question. They are ES modules only
 * and the bundled bin is CommonJS: import() loads them on every Node the
 * package supports (require() of an ES module needs Node 20.19 or 22.12).
 */
export function inquirer(): Promise<{ input: InputPrompt; confirm: ConfirmPrompt }> {
  prompts ??= Promise.all([import('@inquirer/input'), import('@inquirer/confirm')]).then(([input, confirm]) => ({ input: input.default, confirm: confirm.default }));
  return prompts;
}

/** Turns one of our validators into an Inquirer `validate`: true, or the refusal ("The date ... is not a day of the calendar"). */
export function asPromptValidator(check: (value: string) => unknown): (value: string) => true | string {
  return (value) => {
    try {
      check(value);
      return true;
    } catch (error) {
      if (error instanceof ValidationError) return error.message;
      throw error;
    }
  };
}

/** Ctrl-C inside a prompt rejects with ExitPromptError: to the user it is an interrupt like any other. */
export async function interruptible<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError('SIGINT');
    throw error;
  }
}
