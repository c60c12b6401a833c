/**
 * unknown-requirement: a test citing a requirement its spec does not have
 * (`0007 FR-9` where 0007 has FR-1 and FR-2) is a warning at the citing line,
 * naming the spec and the requirements it has; read through the same
 * citations and spec names as coverage (traceability.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { RULES } from '../../src/lint/lint-rules.js';
import { testCitations } from '../../src/lint/test-citations.js';
import { traceRequirements, type TracedSpec } from '../../src/lint/traceability.js';

function spec(id: string, requirements: number): TracedSpec {
  return { path: `docs/specs/${id}.md`, id, number: id.slice(0, 4), requirements: Array.from({ length: requirements }, (_, i) => ({ id: `FR-${i + 1}`, line: 20 + i })) };
}

function unknownRequirements(specs: TracedSpec[], files: Record<string, string>): [string, number, string, string][] {
  const tests = Object.entries(files).map(([file, text]) => ({ file, citations: testCitations(text) }));
  return traceRequirements(specs, tests, () => true)
    .findings.filter((f) => f.rule === 'unknown-requirement')
    .map((f) => [f.file, f.line, f.severity, f.message]);
}

const header = (id: string): string => `// Specification: docs/specs/${id}.md (${id}); docs: docs/features/x.md.\n`;

describe('unknown-requirement', () => {
  test('"0007 FR-9" where 0007 has FR-1 and FR-2: a warning at its line naming what 0007 has; FR-2 cited alongside is fine', () => {
    const found = unknownRequirements([spec('0007-dark-mode', 2)], { 'tests/flows.test.js': 'test("0007 FR-2 remembers", () => {});\n\ntest("0007 FR-9 syncs", () => {});\n' });
    expect(found).toEqual([['tests/flows.test.js', 3, 'warning', 'the test cites 0007 FR-9, which no spec has: 0007-dark-mode has FR-1 and FR-2']]);
    expect(RULES['unknown-requirement'].severity).toBe('warning');
  });

  test('a full id, a spec with one requirement, one with none: each named as it is', () => {
    const found = unknownRequirements([spec('0001-a', 1), spec('0002-b', 0)], { 't/x.test.js': 'test("0001-a FR-3", () => {});\ntest.todo("0002 FR-1");\n' });
    expect(found.map((f) => f[3])).toEqual(['the test cites 0001-a FR-3, which no spec has: 0001-a has only FR-1', 'the test cites 0002 FR-1, which no spec has: 0002-b has no requirements']);
  });

  test('a bare FR-9 in a stub is checked against the stub\'s own spec; once per file, at its first line', () => {
    const found = unknownRequirements([spec('0003-c', 8)], { 'tests/c.test.js': `${header('0003-c')}test("FR-9", () => {});\ntest("FR-9 again", () => {});\ntest("FR-8", () => {});\n` });
    expect(found).toEqual([['tests/c.test.js', 2, 'warning', 'the test cites FR-9, which no spec has: 0003-c has FR-1, FR-2, FR-3, FR-4, FR-5, FR-6, … (8 in all)']]);
  });

  test('two specs sharing a number (a clash): a requirement one of them has is no finding; one neither has names both', () => {
    const specs = [spec('0007-a', 1), spec('0007-b', 2)];
    expect(unknownRequirements(specs, { 't/one.test.js': 'test("0007 FR-2", () => {});\n' })).toEqual([]);
    expect(unknownRequirements(specs, { 't/one.test.js': 'test("0007 FR-5", () => {});\n' }).map((f) => f[3])).toEqual(['the test cites 0007 FR-5, which no spec has: 0007-a has only FR-1; 0007-b has FR-1 and FR-2']);
  });

  test('a bare FR-9 in a file that belongs to no stub, or a citation of an unknown spec, is not this rule\'s: only the real one is reported', () => {
    const found = unknownRequirements([spec('0001-a', 1)], {
      't/free.test.js': 'test("FR-9 of some other system", () => {});\n',
      't/gone.test.js': 'test("0042 FR-9", () => {});\n',
      't/real.test.js': 'test("0001 FR-9", () => {});\n',
    });
    expect(found.map((f) => f[0])).toEqual(['t/real.test.js']);
  });
});
