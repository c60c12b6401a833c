/**
 * The states a spec moves through (its Status checklist, in order) and the
 * end states it may stop in instead (rejected, withdrawn, superseded). The
 * built-in lifecycle is the template's seven steps, matched by their words
 * (spec-status.ts); a team whose own spec template lists other items gets a
 * lifecycle read from that template (template-lifecycle.ts), matched by the
 * item's name. Pure.
 */
import { slugify } from '../base/text/slug.js';
import { STATUS_STEPS, statusStepOf } from './spec-status.js';

export interface LifecycleState {
  /** What `status` and `list --status` take: `testing`, `qa-sign-off`, `rejected`. */
  readonly name: string;
  /** The item as the template writes it: `Testing complete`, `QA sign-off`, `Rejected`. */
  readonly label: string;
}

export interface Lifecycle {
  /** The Status checklist's steps, in order. */
  readonly steps: readonly LifecycleState[];
  /** States a spec stops in: written as one ticked item after the steps (`- [x] Rejected`). */
  readonly endStates: readonly LifecycleState[];
  /** The built-in steps, matched by their words; else a team's, matched by name. */
  readonly byWords: boolean;
  /** Where a team's lifecycle was read from (its template, relative to the root); undefined: the built-in one. */
  readonly source?: string;
}

/** The end states every lifecycle has; a team's template may add more. */
export const END_STATES: readonly LifecycleState[] = [
  { name: 'rejected', label: 'Rejected' },
  { name: 'withdrawn', label: 'Withdrawn' },
  { name: 'superseded', label: 'Superseded' },
];

export const BUILT_IN_LIFECYCLE: Lifecycle = { steps: STATUS_STEPS, endStates: END_STATES, byWords: true };

/** A label's name: `QA sign-off` → `qa-sign-off` (empty when it has no letter or digit). */
export function stateName(label: string): string {
  return slugify(label);
}

/**
 * The end state an item's label starts with (`Superseded by [0012](…)` is
 * `superseded`): its first words are the state's, whatever follows.
 */
export function endStateOf(lifecycle: Lifecycle, label: string): LifecycleState | undefined {
  // Only the label's start can name one: a long label (a link after the word) is not slugged whole.
  const name = stateName(label.slice(0, 128));
  return lifecycle.endStates.find((state) => name === state.name || name.startsWith(`${state.name}-`));
}

/** The step a label stands for: by its words (built-in), or by its name (a team's). */
export function stepOf(lifecycle: Lifecycle, label: string): LifecycleState | undefined {
  if (lifecycle.byWords) {
    const step = statusStepOf(label);
    return step === undefined ? undefined : lifecycle.steps.find((s) => s.name === step);
  }
  const name = stateName(label);
  return lifecycle.steps.find((s) => s.name === name);
}

/** The step's position in the checklist, or -1 for an end state or an unknown name. */
export function stepPosition(lifecycle: Lifecycle, name: string): number {
  return lifecycle.steps.findIndex((s) => s.name === name);
}

export function isEndState(lifecycle: Lifecycle, name: string): boolean {
  return lifecycle.endStates.some((s) => s.name === name);
}

/** Every state a spec can be in, as `list --status` takes them: `draft`, the steps, the end states. */
export function stateNames(lifecycle: Lifecycle): string[] {
  return ['draft', ...lifecycle.steps.map((s) => s.name), ...lifecycle.endStates.map((s) => s.name)];
}

/** The state `status` takes by this name (case and blanks aside), or undefined. */
export function stateNamed(lifecycle: Lifecycle, name: string): LifecycleState | undefined {
  const key = name.trim().toLowerCase();
  return [...lifecycle.steps, ...lifecycle.endStates].find((s) => s.name === key);
}

/**
 * From which step on a spec is expected to have nothing open (tasks done,
 * requirements tested, docs written): the testing step (the first whose
 * words name testing), else the last step.
 */
export function checkedFrom(lifecycle: Lifecycle): number {
  const testing = lifecycle.steps.findIndex((s) => statusStepOf(s.label) === 'testing');
  return testing >= 0 ? testing : lifecycle.steps.length - 1;
}
