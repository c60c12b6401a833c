import { askEntry } from './ask-entry.js';
import type { PromptContext } from './prompt-kit.js';

export interface ListQuestion {
  /** Message for entry `n` (1-based). */
  readonly message: (n: number) => string;
  readonly max: number;
  /** Returns the clean entry or throws a ValidationError. */
  readonly check: (value: string) => string;
}

/** Asks for entries until an empty answer (or the limit); each is validated as typed. */
export async function askList(question: ListQuestion, context: PromptContext): Promise<string[]> {
  const entries: string[] = [];
  while (entries.length < question.max) {
    const entry = await askEntry(question.message(entries.length + 1), question.check, context);
    if (entry === undefined) break;
    entries.push(entry);
  }
  return entries;
}
