import type { Context } from '@inquirer/type';
import { InterruptedError, ValidationError } from '../errors.js';

export type PromptContext = Context;

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
