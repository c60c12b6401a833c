import { describe, expect, test } from '@jest/globals';
import { FileChangedError, NumberTakenError } from '../../src/base/errors.js';
import type { SpecPlan } from '../../src/plan/plan-spec.js';
import { retryOnNumberRace } from '../../src/plan/retry-number-race.js';

/**
 * Only the fields retryOnNumberRace reads: the spec's path (for the wait), its
 * id (for the message) and the index it updates. The spec sorts before its
 * rival, so the wait after a lost race stays under 10 ms.
 */
function planNumbered(id: string): SpecPlan {
  const spec = `/repo/docs/specs/${id}-aaa.md`;
  return { model: { id, paths: { spec } }, updates: [{ path: 'docs/specs/README.md', contents: '' }] } as unknown as SpecPlan;
}

/** A write that fails once with `error`, then records and accepts every plan it is given. */
function failingOnce(error: Error) {
  const written: SpecPlan[] = [];
  const write = async (plan: SpecPlan): Promise<string> => {
    written.push(plan);
    if (written.length === 1) throw error;
    return `wrote ${plan.model.id}`;
  };
  return { written, write };
}

describe('retryOnNumberRace: after losing a race, the next try writes the new plan, never the old one', () => {
  test('a taken number: the retry writes the replanned spec and returns it with its result', async () => {
    const first = planNumbered('0007');
    const second = planNumbered('0008');
    const { written, write } = failingOnce(new NumberTakenError('0007', ['docs/specs/0007-zzz.md']));
    const messages: string[] = [];

    const outcome = await retryOnNumberRace(first, async () => second, write, (message) => messages.push(message));

    expect(written).toEqual([first, second]);
    expect(outcome).toEqual({ plan: second, result: 'wrote 0008' });
    expect(messages).toEqual(['Spec number 0007 was taken by another run at the same moment; trying again as 0008.']);
  });

  test('an index another run rewrote: the retry writes the plan made from the index as it is now', async () => {
    const first = planNumbered('0007');
    const reread = planNumbered('0007');
    const { written, write } = failingOnce(new FileChangedError('docs/specs/README.md', 'changed under us'));
    const messages: string[] = [];

    const outcome = await retryOnNumberRace(first, async () => reread, write, (message) => messages.push(message));

    expect(written[1]).toBe(reread);
    expect(outcome.plan).toBe(reread);
    expect(messages).toEqual(['docs/specs/README.md was updated by another run at the same moment; trying again.']);
  });

  test('any one of the files the plan updates counts, not only when it updates just that one', async () => {
    const plan = { ...planNumbered('0007'), updates: [{ path: 'docs/specs/README.md', contents: '' }, { path: 'docs/index.md', contents: '' }] } as SpecPlan;
    const { written, write } = failingOnce(new FileChangedError('docs/index.md', 'changed under us'));

    await retryOnNumberRace(plan, async () => plan, write, () => {});

    expect(written).toHaveLength(2);
  });

  test('a race lost every time ends: after ten writes the last error reaches the caller', async () => {
    const written: SpecPlan[] = [];
    const lost = new NumberTakenError('0007', ['docs/specs/0007-zzz.md']);
    const write = async (plan: SpecPlan): Promise<never> => {
      written.push(plan);
      throw lost;
    };

    await expect(retryOnNumberRace(planNumbered('0007'), async () => planNumbered('0007'), write, () => {})).rejects.toBe(lost);
    expect(written).toHaveLength(10);
  });

  test('a change to a file the plan does not update is not retried: the error reaches the caller', async () => {
    const error = new FileChangedError('docs/specs/0007-aaa.md', 'changed under us');
    const { written, write } = failingOnce(error);

    await expect(retryOnNumberRace(planNumbered('0007'), async () => planNumbered('0008'), write, () => {})).rejects.toBe(error);
    expect(written).toHaveLength(1);
  });
});
