/**
 * A team's lifecycle, read from the Status checklist of its spec template
 * (`spec.md.hbs` in the templates folder), pure. The items are the steps, in
 * order, each named by its label (`QA sign-off` → `qa-sign-off`); items
 * after a `<!-- end states -->` line are end states the team adds to
 * rejected, withdrawn and superseded. A checklist that is the built-in seven
 * (by their words, in order) keeps the built-in lifecycle and its word
 * matching, so specs written from the built-in template read as before.
 */
import { plainText } from './inline-text.js';
import { BUILT_IN_LIFECYCLE, END_STATES, stateName, type Lifecycle, type LifecycleState } from './lifecycle.js';
import { STATUS_STEPS, statusStepOf } from './spec-status.js';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const STATUS_HEADING = /^[^\p{L}]*status\b/iu;
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]+(.+?)[ \t]*$/;
/** The line that starts a team's own end states in its checklist. */
export const END_STATES_MARK = /^[ \t]*<!--[ \t]*end[ \t-]*states?[ \t]*-->[ \t]*$/i;

function added(states: LifecycleState[], label: string): void {
  const name = stateName(label);
  if (name !== '' && !states.some((s) => s.name === name)) states.push({ name, label });
}

/** The lifecycle the template `text` (shown as `source`) gives its specs: the built-in one when its checklist is the built-in's. */
export function templateLifecycle(text: string, source: string): Lifecycle {
  const steps: LifecycleState[] = [];
  const ends: LifecycleState[] = [...END_STATES];
  let inStatus = false;
  let inEnds = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      if (inStatus) break;
      inStatus = STATUS_HEADING.test(heading[2]!);
      continue;
    }
    if (!inStatus) continue;
    if (END_STATES_MARK.test(line)) inEnds = true;
    const item = ITEM.exec(line);
    // A label the template fills in (`{{…}}`) is no state of its own.
    if (!item || item[1]!.includes('{{')) continue;
    added(inEnds ? ends : steps, plainText(item[1]!));
  }
  const builtIn = steps.length === STATUS_STEPS.length && steps.every((step, i) => statusStepOf(step.label) === STATUS_STEPS[i]!.name);
  if (steps.length === 0 || builtIn) return ends.length === END_STATES.length ? BUILT_IN_LIFECYCLE : { ...BUILT_IN_LIFECYCLE, endStates: ends, source };
  return { steps, endStates: ends, byWords: false, source };
}
