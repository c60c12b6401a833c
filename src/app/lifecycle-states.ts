import { UsageError } from '../base/errors.js';
import { stateNamed, type Lifecycle } from '../specs/lifecycle.js';

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
