import { nameKey } from '../answers/validate-answers.js';
import { ValidationError } from '../base/errors.js';
import { asPromptValidator, inquirer, interruptible, type PromptContext } from './prompt-kit.js';

/**
 * One entry of a loop: validated as typed; an empty answer ends the loop
 * (undefined). `check` returns the clean value or throws a ValidationError.
 */
export async function askEntry(message: string, check: (value: string) => string, context: PromptContext): Promise<string | undefined> {
  const { input } = await inquirer();
  const answer = await interruptible(() =>
    input({ message: `${message} (empty to finish):`, validate: asPromptValidator((value) => value.trim() === '' || check(value)) }, context),
  );
  return answer.trim() === '' ? undefined : check(answer);
}

/** Wraps a name validator so a name already in `taken()` (by nameKey) is refused as typed. */
export function uniqueName(validate: (value: string, field: string) => string, field: string, taken: () => readonly string[]) {
  return (value: string): string => {
    const name = validate(value, field);
    if (taken().some((other) => nameKey(other) === nameKey(name))) {
      throw new ValidationError(field, `repeats "${name}"; names must be unique`);
    }
    return name;
  };
}
