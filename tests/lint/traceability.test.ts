/**
 * Requirements traced to tests: a test belongs to its spec by header, full id
 * or number (renames followed); "0007 FR-3" reaches a spec from anywhere; a
 * real test outranks a todo; FR ids restart per spec.
 */
import { describe, expect, test } from '@jest/globals';
import { testCitations } from '../../src/lint/test-citations.js';
import { traceRequirements, type TracedSpec } from '../../src/lint/traceability.js';

function spec(id: string, requirements: number): TracedSpec {
  return { path: `docs/specs/${id}.md`, id, number: id.slice(0, 4), requirements: Array.from({ length: requirements }, (_, i) => ({ id: `FR-${i + 1}`, line: 20 + i })) };
}

function trace(specs: TracedSpec[], files: Record<string, string>, existing: string[] = specs.map((s) => s.path)): ReturnType<typeof traceRequirements> {
  const tests = Object.entries(files).map(([file, text]) => ({ file, citations: testCitations(text) }));
  return traceRequirements(specs, tests, (file) => existing.includes(file));
}

const header = (path: string, id: string): string => `// Specification: ${path} (${id}); docs: docs/features/x.md.\n`;

describe('traceRequirements', () => {
  test('FR ids restart per spec: a stub\'s FR-1 is its own spec\'s, not another\'s', () => {
    const result = trace([spec('0001-a', 2), spec('0002-b', 2)], {
      'tests/a.test.js': `${header('docs/specs/0001-a.md', '0001-a')}test("FR-1: x", () => {});\ntest.todo("FR-2: y");\n`,
    });
    expect(result.coverage).toEqual([
      ['tested', 'todo'],
      ['untested', 'untested'],
    ]);
    expect(result.counts).toEqual([
      { tested: 1, todo: 1, untested: 0 },
      { tested: 0, todo: 0, untested: 2 },
    ]);
    expect(result.findings.map((f) => [f.file, f.line, f.rule, f.severity, f.message])).toEqual([
      ['docs/specs/0002-b.md', 20, 'untested-requirement', 'warning', 'FR-1 is named by no test of 0002-b'],
      ['docs/specs/0002-b.md', 21, 'untested-requirement', 'warning', 'FR-2 is named by no test of 0002-b'],
    ]);
    expect(result.findings[0]!.hint).toBe('Name FR-1 in the spec\'s test stub, or cite "0002 FR-1" in any test.');
  });

  test('a spec stopped in an end state (rejected, superseded) has no untested requirement: it will never be built; its counts stay', () => {
    const result = trace([{ ...spec('0001-a', 2), stopped: true }, spec('0002-b', 1)], {});
    expect(result.counts).toEqual([
      { tested: 0, todo: 0, untested: 2 },
      { tested: 0, todo: 0, untested: 1 },
    ]);
    expect(result.findings.map((f) => [f.file, f.rule])).toEqual([['docs/specs/0002-b.md', 'untested-requirement']]);
  });

  test('a real test anywhere outranks a todo; "0002 FR-1" reaches spec 0002 from any test file', () => {
    const result = trace([spec('0001-a', 1), spec('0002-b', 1)], {
      'tests/a.test.js': `${header('docs/specs/0001-a.md', '0001-a')}test.todo("FR-1");\n`,
      'tests/e2e/flows.test.js': 'test("0001 FR-1 and 0002 FR-1 together", () => {});\n',
    });
    expect(result.coverage).toEqual([['tested'], ['tested']]);
  });

  test('a spec renamed by hand keeps its stub through its number, and the stale header is a broken link naming the new path', () => {
    const renamed = spec('0001-night-mode', 1);
    const result = trace([renamed], { 'tests/dark.test.js': `${header('docs/specs/0001-dark-mode.md', '0001-dark-mode')}test("FR-1", () => {});\n` });
    expect(result.coverage).toEqual([['tested']]);
    expect(result.findings.map((f) => [f.file, f.line, f.rule, f.message])).toEqual([
      ['tests/dark.test.js', 1, 'broken-link', 'the test names its specification docs/specs/0001-dark-mode.md, which is now docs/specs/0001-night-mode.md'],
    ]);
  });

  test('a header naming no spec of this project (a nested example) is not checked, and credits nothing', () => {
    const result = trace([spec('0001-a', 1)], { 'examples/x/tests/x.test.js': `${header('docs/specs/0042-x.md', '0042-x')}test("FR-1", () => {});\n` });
    expect(result.coverage).toEqual([['untested']]);
    expect(result.findings.map((f) => f.rule)).toEqual(['untested-requirement']);
  });

  test('a full id named anywhere in a test ties the file to that spec', () => {
    const result = trace([spec('0001-a', 1), spec('0002-b', 1)], { 'test/b.js': 'describe("0002-b", () => { it("FR-1 works", () => {}); });\n' });
    expect(result.coverage).toEqual([['untested'], ['tested']]);
  });

  test('two specs that share a number (a clash) are both reached by "0007 FR-1", each by its own full id alone', () => {
    const result = trace([spec('0007-a', 1), spec('0007-b', 1)], {
      't/one.test.js': 'test("0007 FR-1", () => {});\n',
    });
    expect(result.coverage).toEqual([['tested'], ['tested']]);
    const own = trace([spec('0007-a', 1), spec('0007-b', 1)], { 't/a.test.js': `${header('docs/specs/0007-a.md', '0007-a')}test.todo("FR-1");\n` });
    expect(own.coverage).toEqual([['todo'], ['untested']]);
  });
});

describe('which spec a test belongs to', () => {
  test('a stub header outranks a full id mentioned in passing: the other spec claims no FR of the file', () => {
    const result = trace([spec('0001-alpha', 2), spec('0002-login', 2)], {
      'tests/login.test.js': `${header('docs/specs/0002-login.md', '0002-login')}// Unlike 0001-alpha, login needs no theme.\ntest("FR-1", () => {});\ntest("FR-2", () => {});\n`,
    });
    expect(result.coverage).toEqual([
      ['untested', 'untested'],
      ['tested', 'tested'],
    ]);
  });

  test('a spec renumbered by hand keeps its tests through its slug, not the spec that took its old number', () => {
    const result = trace([spec('0001-alpha', 1), spec('0002-gamma', 1), spec('0003-beta', 1)], {
      'tests/beta.test.js': `${header('docs/specs/0002-beta.md', '0002-beta')}test("FR-1", () => {});\n`,
    });
    expect(result.coverage).toEqual([['untested'], ['untested'], ['tested']]);
    expect(result.findings.filter((f) => f.rule === 'broken-link').map((f) => f.message)).toEqual([
      'the test names its specification docs/specs/0002-beta.md, which is now docs/specs/0003-beta.md',
    ]);
  });

  test('dated ids: a date two specs share names neither; the hint cites the full id', () => {
    const dated = (id: string): TracedSpec => ({ path: `docs/specs/${id}.md`, id, number: id.slice(0, 8), requirements: [{ id: 'FR-1', line: 20 }] });
    const result = trace([dated('20261127-alpha'), dated('20261127-beta')], { 't/x.test.js': 'test("20261127 FR-1", () => {});\ntest("20261127-beta FR-1", () => {});\n' });
    expect(result.coverage).toEqual([['untested'], ['tested']]);
    expect(result.findings.find((f) => f.rule === 'untested-requirement')!.hint).toBe('Name FR-1 in the spec\'s test stub, or cite "20261127-alpha FR-1" in any test.');
  });

  test('a test outside any stub citing a number no spec has is a warning (a renumber left it behind)', () => {
    const result = trace([spec('0005-webhooks', 1)], { 'src/retry.test.js': '// covers 0001 FR-1\ntest("retries", () => {});\n' });
    expect(result.findings.map((f) => [f.file, f.line, f.rule, f.severity, f.message])).toContainEqual([
      'src/retry.test.js',
      1,
      'unknown-spec',
      'warning',
      'the test cites 0001, but no spec has that number',
    ]);
  });
});
