import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileChangedError, NumberTakenError } from '../base/errors.js';
import type { SpecPlan } from './plan-spec.js';

/** Enough tries for a handful of runs racing on a loaded machine; each try is cheap. */
const ATTEMPTS = 10;

/**
 * How long a run that lost a number waits before planning again. Runs that
 * saw each other both rolled back; were they to wait alike they could collide
 * again and again on a busy machine, where scheduling delays dwarf random
 * jitter. So the symmetry is broken by name: the run whose spec file sorts
 * first among the rivals retries at once, the others give it a head start
 * that grows with every try. Only the order of retries depends on it; which
 * run keeps a number is still decided by the check after the write.
 */
export function retryDelayMs(ours: string, rivals: readonly string[], attempt: number, random: () => number = Math.random): number {
  const first = rivals.every((rival) => path.basename(ours) < path.basename(rival));
  if (first) return Math.floor(random() * 10);
  return Math.min(2000, 50 * attempt + Math.floor(random() * 100 * attempt));
}

/** Whether `file` is one the plan brings up to date (the specs index), not one the user asked for. */
function isUpdate(plan: SpecPlan, file: string): boolean {
  return (plan.updates ?? []).some((update) => update.path === file);
}

/**
 * Writes `plan`; if another run took its spec number in the same instant
 * (everything was rolled back), plans again and retries after a wait (see
 * retryDelayMs), so racing runs stop colliding. Likewise when another run
 * wrote the specs index between this run's reading and replacing it. Shared by the bin and the
 * plop generator so both behave alike.
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
      if (attempt === ATTEMPTS) throw error;
      if (error instanceof NumberTakenError) {
        await sleep(retryDelayMs(plan.model.paths.spec, error.paths, attempt));
        const taken = error.number;
        plan = await replan();
        onRetry(`Spec number ${taken} was taken by another run at the same moment; trying again as ${plan.model.id}.`);
      } else if (error instanceof FileChangedError && isUpdate(plan, error.path)) {
        // Another run wrote the specs index after this one read it: read it again, with that run's spec in it.
        await sleep(Math.floor(Math.random() * 20 * attempt));
        plan = await replan();
        onRetry(`${error.path} was updated by another run at the same moment; trying again.`);
      } else throw error;
    }
  }
}
