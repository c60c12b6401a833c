import { NumberTakenError } from '../errors.js';
import type { SpecPlan } from './plan-spec.js';

/**
 * Writes `plan`; if another run took its spec number in the same instant
 * (everything was rolled back), plans once more and writes again. Shared by
 * the bin and the plop generator so both behave alike.
 */
export async function retryOnNumberRace<T>(
  plan: SpecPlan,
  replan: () => Promise<SpecPlan>,
  write: (plan: SpecPlan) => Promise<T>,
  onRetry: (message: string) => void,
): Promise<{ plan: SpecPlan; result: T }> {
  try {
    return { plan, result: await write(plan) };
  } catch (error) {
    if (!(error instanceof NumberTakenError)) throw error;
    const next = await replan();
    onRetry(`Spec number ${error.number} was taken by another run at the same moment; trying again as ${next.model.id}.`);
    return { plan: next, result: await write(next) };
  }
}
