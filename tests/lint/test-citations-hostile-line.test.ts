/**
 * testCitations over one long hostile line (350,000 characters of chained
 * ids, then a requirement): apart from the other citation tests because it is
 * slow. It takes minutes on two cores today (time grows with the square of
 * the line: 10,000 ids 5.8 s, 20,000 ids 22 s), so the quick tier and the
 * mutation run leave it out (jest.quick.config.js); the whole suite runs it.
 */
import { describe, expect, test } from '@jest/globals';
import { testCitations } from '../../src/lint/test-citations.js';

describe('testCitations', () => {
  test('a long hostile line is read in linear time', () => {
    const text = `${'0007-a-'.repeat(50_000)}FR-1 ${'9'.repeat(100_000)} FR-`;
    expect(testCitations(text).mentions).toHaveLength(1);
  });
});
