/** retryDelayMs in exact values: the jitter's scale per try, and a rival with our own name. */
import { describe, expect, test } from '@jest/globals';
import { retryDelayMs } from '../../src/plan/retry-number-race.js';

const ours = '/repo/docs/specs/10000-beta.md';

describe('retryDelayMs, exactly', () => {
  test('the first run waits up to 10 ms: random() scaled by 10', () => {
    expect(retryDelayMs('/repo/docs/specs/10000-alpha.md', ['docs/specs/10000-beta.md'], 3, () => 0.5)).toBe(5);
  });

  test('the others wait 50 ms a try plus up to 100 ms of jitter a try', () => {
    expect(retryDelayMs(ours, ['docs/specs/10000-alpha.md'], 2, () => 0.5)).toBe(200);
    expect(retryDelayMs(ours, ['docs/specs/10000-alpha.md'], 3, () => 0.25)).toBe(225);
  });

  test('a rival under the same file name does not sort after us: we wait', () => {
    expect(retryDelayMs(ours, ['elsewhere/10000-beta.md'], 1, () => 0)).toBe(50);
  });
});
