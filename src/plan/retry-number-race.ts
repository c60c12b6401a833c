import { setTimeout as sleep } from 'node:timers/promises';
import { NumberTakenError } from '../errors.js';
import type { SpecPlan } from './plan-spec.js';

/** Runs racing for one number all step back together: a few tries, spread out by random waits. */
const ATTEMPTS = 4;

/**
 * Writes `plan`; if another run took its spec number in the same instant
 * (everything was rolled back), plans again and retries after a short random
 * wait, so racing runs stop colliding. Shared by the bin and the plop
 * generator so both behave alike.
 */
export async function retryOnNumberRace<T>(
  plan: SpecPlan,
  replan: () => Promise<SpecPlan>,
  write: (plan: SpecPlan) => Promise<T>,
  onRetry: (message: string) => void,
): Promise<{ plan: SpecPlan; result: T }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { plan, result: await write(plan) };
    } catch (error) {
      if (!(error instanceof NumberTakenError) || attempt === ATTEMPTS) throw error;
      await sleep(Math.floor(Math.random() * 40 * attempt));
      const taken = error.number;
      plan = await replan();
      onRetry(`Spec number ${taken} was taken by another run at the same moment; trying again as ${plan.model.id}.`);
    }
  }
}
