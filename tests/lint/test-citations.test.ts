/** What a test file says about specs, read from its text: its spec, the requirements it names, and which are todos. */
import { describe, expect, test } from '@jest/globals';
import { testCitations } from '../../src/lint/test-citations.js';

describe('testCitations', () => {
  test('a generated jest stub: its header, its full id, and a todo per requirement', () => {
    const stub = [
      '// Tests for the feature "Dark mode".',
      '// Specification: docs/specs/0007-dark-mode.md (0007-dark-mode); docs: docs/features/dark-mode.md.',
      'describe("Dark mode", () => {',
      '  test.todo("FR-1: Toggle in settings");',
      '  test.todo("FR-2: Remember the choice");',
      '});',
    ].join('\n');
    expect(testCitations(stub)).toEqual({
      headers: [{ path: 'docs/specs/0007-dark-mode.md', id: '0007-dark-mode', line: 2 }],
      ids: ['0007-dark-mode'],
      mentions: [
        { spec: undefined, requirement: 1, todo: true, line: 4 },
        { spec: undefined, requirement: 2, todo: true, line: 5 },
      ],
    });
  });

  test.each([
    ['jest or vitest todo', '  test.todo("FR-1: x");', true],
    ['node:test todo', '    t.todo("FR-1: x");', true],
    ['node:test todo option', '  test("FR-1: x", { todo: true });', true],
    ['mocha pending (no function)', '  it("FR-1: x");', true],
    ['skipped', '  it.skip("FR-1: x", () => {});', true],
    ['xit', '  xit(\'FR-1: x\', () => {});', true],
    ['a real test', '  test("FR-1: toggles the theme", () => {', false],
    ['a real mocha test', '  it("FR-1: x", function () {', false],
    ['a comment in a real test', '    // covers FR-1', false],
  ])('%s', (_, line, todo) => {
    expect(testCitations(line).mentions).toEqual([{ spec: undefined, requirement: 1, todo, line: 1 }]);
  });

  test('a requirement of a named spec: "0007 FR-3", "0007-dark-mode FR-3", "0007:FR-3"; FR-003 is FR-3; NFR-1 is none', () => {
    const text = ['test("0007 FR-3 works", () => {});', 'test("0007-dark-mode FR-003", () => {});', '// 0012:FR-4 and NFR-1', 'it("fr-2 lower case", () => {});'].join('\n');
    expect(testCitations(text).mentions).toEqual([
      { spec: '0007', requirement: 3, todo: false, line: 1 },
      { spec: '0007-dark-mode', requirement: 3, todo: false, line: 2 },
      { spec: '0012', requirement: 4, todo: false, line: 3 },
      { spec: undefined, requirement: 2, todo: false, line: 4 },
    ]);
  });

  test('a file that names no spec and no requirement costs one scan and yields nothing', () => {
    expect(testCitations('import x from "y";\ntest("adds", () => expect(1 + 1).toBe(2));\n')).toEqual({ headers: [], ids: [], mentions: [] });
  });
});

describe('todos a formatter split over lines, and other ways to leave a test unwritten', () => {
  test.each([
    ['jest todo split by prettier', 'test.todo(\n  "FR-1: Users can export every report to CSV and to PDF from the dashboard page",\n);', true],
    ['mocha pending split by prettier', 'it(\n  "FR-1: Users can export every report to CSV and to PDF from the dashboard page",\n);', true],
    ['a real test split by prettier', 'it(\n  "FR-1: Users can export every report to CSV and to PDF from the dashboard page",\n  () => {},\n);', false],
    ['a TODO comment', '// TODO: cover FR-1', true],
    ['node:test skip option', 'it("FR-1", { skip: true }, () => {});', true],
    ['vitest skipIf', 'test.skipIf(process.env.CI)("FR-1", () => {});', true],
  ])('%s', (_, text, todo) => {
    expect(testCitations(text).mentions.map((m) => m.todo)).toEqual([todo]);
  });
});
