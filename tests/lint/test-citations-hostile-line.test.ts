/**
 * testCitations on long hostile lines, each read in linear time: chained ids
 * (the shape that once took minutes: one regular expression looked back from
 * every digit), runs of digits, and thousands of requirements on one line.
 * The bound is loose (0.3.0 took minutes on the first; linear reading takes
 * milliseconds); a spec named before a requirement is still found as before.
 */
import { describe, expect, test } from '@jest/globals';
import { testCitations } from '../../src/lint/test-citations.js';

/** What the lines below should name, as the single regular expression of 0.3.0 read them. */
const OLD_MENTION = /(?:\b(\d{4,8}(?:-[a-z0-9]+)*)[ \t]*[:/#]?[ \t]*)?\bFR-0*(\d{1,6})\b/gi;
const oldReading = (line: string) => [...line.matchAll(OLD_MENTION)].map((m) => ({ spec: m[1]?.toLowerCase(), requirement: Number(m[2]) }));

describe('testCitations on long hostile lines', () => {
  test.each([
    ['chained ids, then one requirement', `${'0007-a-'.repeat(50_000)}FR-1 ${'9'.repeat(100_000)} FR-`],
    ['a run of digits before each of many requirements', `${'12345678'.repeat(20_000)} FR-1 `.repeat(5)],
    ['thousands of requirements, each after an id', '0007-dark-mode: FR-1 '.repeat(20_000)],
  ])('%s: read in well under 2 s', (_shape, line) => {
    const started = performance.now();
    const { mentions } = testCitations(`test.todo("${line}");\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(mentions.length).toBeGreaterThan(0);
  });

  test('the spec named before a requirement is the one 0.3.0 read, in every shape', () => {
    const lines = [
      '0007 FR-3',
      '0007-dark-mode FR-3',
      '0007-dark-mode: FR-3',
      '0007/FR-3 and 0008#FR-4',
      'x0007 FR-1',
      'a-0007 FR-1',
      '2026-01-01 FR-2',
      '0007-dark-mode:FR-1, FR-2, 0009 FR-003',
      '(0007)FR-1',
      'FR-1 0007 FR-2',
      '0007_x FR-1',
      '123 FR-1',
      '123456789 FR-1',
      '0007-dark-mode - FR-1',
      '0007\t:\tFR-5',
    ];
    for (const line of lines) {
      const read = testCitations(`test("${line}", () => {});\n`).mentions.map(({ spec, requirement }) => ({ spec, requirement }));
      expect({ line, read }).toEqual({ line, read: oldReading(`test("${line}", () => {});`) });
    }
  });
});
