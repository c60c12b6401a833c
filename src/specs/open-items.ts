/**
 * What is still open in a spec that has reached testing or later (tasks not
 * done, requirements without a real test, a docs stub never written), pure:
 * `status` prints it when a spec moves there, lint's `open-at-state` warns
 * about it. It blocks nothing: a team may decide to ship with items open.
 */
import { checkedFrom, stepPosition, type Lifecycle } from './lifecycle.js';
import type { StatusItem } from './read-spec.js';

export interface SpecWork {
  /** Tasks ticked and in all, across the phases. */
  readonly tasks: { readonly done: number; readonly total: number };
  /** Requirements a real test names, only a todo names, none names (lint's traceability). */
  readonly tests: { readonly tested: number; readonly todo: number; readonly untested: number } | undefined;
  /** The spec's docs stub, when it still holds only the template's guidance. */
  readonly emptyDocs: string | undefined;
}

/** Whether a spec in `state` is expected to have nothing open: a step at or after testing (an end state is not). */
export function isCheckedState(lifecycle: Lifecycle, state: StatusItem | undefined): boolean {
  return state !== undefined && !state.end && stepPosition(lifecycle, state.step) >= checkedFrom(lifecycle);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** One line per open item, or none. */
export function openItems(work: SpecWork): string[] {
  const open: string[] = [];
  const { tasks, tests } = work;
  if (tasks.done < tasks.total) open.push(`${tasks.total - tasks.done} of ${tasks.total} ${plural(tasks.total, 'task', 'tasks')} not done`);
  if (tests) {
    const total = tests.tested + tests.todo + tests.untested;
    if (tests.untested > 0) open.push(`${tests.untested} of ${total} ${plural(total, 'requirement', 'requirements')} with no test`);
    if (tests.todo > 0) open.push(`${tests.todo} of ${total} ${plural(total, 'requirement', 'requirements')} with only a todo test`);
  }
  if (work.emptyDocs !== undefined) open.push(`the docs stub ${work.emptyDocs} holds only the template's guidance`);
  return open;
}
