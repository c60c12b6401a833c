import { describe, expect, test } from '@jest/globals';
import { retryDelayMs } from '../../src/plan/retry-number-race.js';

describe('retryDelayMs: runs that saw each other take the number again in turn, not all at once', () => {
  const ours = '/repo/docs/specs/10000-beta.md';

  test('the run whose spec sorts first among the rivals retries at once', () => {
    for (const random of [0, 0.5, 0.999]) {
      expect(retryDelayMs('/repo/docs/specs/10000-alpha.md', ['docs/specs/10000-beta.md', 'docs/specs/10000-gamma.md'], 3, () => random)).toBeLessThan(10);
    }
  });

  test('the others wait longer than the first one ever does, and longer with every try', () => {
    const rivals = ['docs/specs/10000-alpha.md'];
    const least = (attempt: number) => retryDelayMs(ours, rivals, attempt, () => 0);
    const most = (attempt: number) => retryDelayMs(ours, rivals, attempt, () => 0.999);
    expect(least(1)).toBeGreaterThanOrEqual(50);
    expect(least(2)).toBeGreaterThan(most(1) - 100); // ranges overlap only a little
    expect([1, 2, 3, 4].map(least)).toEqual([50, 100, 150, 200]);
    expect(most(4)).toBeGreaterThan(most(1));
  });

  test('one rival sorting before us is enough to wait', () => {
    expect(retryDelayMs(ours, ['docs/specs/10000-gamma.md', 'docs/specs/10000-alpha.md'], 1, () => 0)).toBe(50);
  });

  test('the wait is capped, so a long race still ends within seconds', () => {
    expect(retryDelayMs(ours, ['docs/specs/10000-alpha.md'], 40, () => 0.999)).toBe(2000);
  });
});
