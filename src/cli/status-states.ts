import { UsageError } from '../base/errors.js';
import { lifecycleForHelp, stateNamed, type Lifecycle } from '../app/repository-lifecycle.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';

/** The states `status` takes in this repository, named as it takes them: `review, design, …, rejected, withdrawn, superseded`. */
export function statesList(lifecycle: Lifecycle): string {
  return [...lifecycle.steps, ...lifecycle.endStates].map((s) => s.name).join(', ');
}

/** The state named `name` in this repository's lifecycle; a UsageError (exit 2) listing them otherwise. */
export function stateOf(lifecycle: Lifecycle, name: string): string {
  const state = stateNamed(lifecycle, name);
  if (state) return state.name;
  const from = lifecycle.source ? ` (the Status items of ${lifecycle.source}, then the end states)` : '';
  throw new UsageError(`"${name}" is not a state; use one of ${statesList(lifecycle)}${from}`);
}

/**
 * After `status --help`: the states of the repository it runs in, when its
 * team template names its own (the help above lists the built-in ones).
 * Help never fails: a folder that is no project adds nothing.
 */
export function repositoryStatesHelp(io: Io): string {
  let lifecycle: Lifecycle;
  try {
    lifecycle = lifecycleForHelp(workingFolder(io, undefined), io.env);
  } catch {
    return '';
  }
  if (!lifecycle.source) return '';
  const states = [...lifecycle.steps, ...lifecycle.endStates];
  const width = Math.max(16, ...states.map((s) => s.name.length + 2));
  const rows = states.map((s) => `  ${s.name.padEnd(width)}${s.label}`);
  return `\nStates of this repository (the Status items of ${lifecycle.source}, then the end states)\n${rows.join('\n')}\n`;
}
