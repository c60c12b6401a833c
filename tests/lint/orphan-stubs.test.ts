/**
 * orphan-stub: a test stub whose spec was deleted (no spec of its number or
 * name left) is an error at its header line; a spec renamed by hand stays a
 * broken link, and a nested project's stub or a header outside the specs
 * folder is not reported.
 */
import { describe, expect, test } from '@jest/globals';
import { RULES } from '../../src/lint/lint-rules.js';
import { testCitations } from '../../src/lint/test-citations.js';
import { traceRequirements, type TracedSpec } from '../../src/lint/traceability.js';

function spec(id: string): TracedSpec {
  return { path: `docs/specs/${id}.md`, id, number: id.slice(0, 4), requirements: [{ id: 'FR-1', line: 20 }] };
}

const stub = (specPath: string, id: string): string => `// Feature: x\n// Specification: ${specPath} (${id}); docs: docs/features/x.md.\ntest.todo("FR-1: x");\n`;

function stubFindings(specs: TracedSpec[], files: Record<string, string>, existing: string[] = specs.map((s) => s.path)): [string, number, string, string, string][] {
  const tests = Object.entries(files).map(([file, text]) => ({ file, citations: testCitations(text) }));
  return traceRequirements(specs, tests, (file) => existing.includes(file), 'docs/specs')
    .findings.filter((f) => f.rule === 'orphan-stub' || f.rule === 'broken-link')
    .map((f) => [f.file, f.line, f.rule, f.severity, f.message]);
}

describe('orphan-stub', () => {
  test('the stub of a deleted spec, no spec of its number left: an error at the header naming the file and saying the spec is gone', () => {
    const found = stubFindings([spec('0001-a')], { 'tests/b.test.js': stub('docs/specs/0002-b.md', '0002-b') });
    expect(found).toEqual([['tests/b.test.js', 2, 'orphan-stub', 'error', 'the test stub belongs to 0002-b, but its spec docs/specs/0002-b.md is gone and no spec has its number or name']]);
    expect(RULES['orphan-stub'].hint).toMatch(/delete the test stub .*or restore the spec/);
  });

  test('a spec renamed by hand (its number kept) stays a broken link; a deleted one beside it is the orphan', () => {
    const found = stubFindings([spec('0002-beta')], { 'tests/b.test.js': stub('docs/specs/0002-b.md', '0002-b'), 'tests/c.test.js': stub('docs/specs/0003-c.md', '0003-c') });
    expect(found.map((f) => [f[0], f[2]])).toEqual([
      ['tests/b.test.js', 'broken-link'],
      ['tests/c.test.js', 'orphan-stub'],
    ]);
  });

  test('a header outside the specs folder, or a nested project\'s stub whose spec is there, is not ours: only the real orphan is reported', () => {
    const files = { 'tests/other.test.js': stub('other/specs/0009-z.md', '0009-z'), 'examples/x/tests/x.test.js': stub('docs/specs/0042-x.md', '0042-x'), 'tests/gone.test.js': stub('docs/specs/0005-e.md', '0005-e') };
    expect(stubFindings([spec('0001-a')], files, ['docs/specs/0001-a.md', 'examples/x/docs/specs/0042-x.md']).map((f) => f[0])).toEqual(['tests/gone.test.js']);
  });

  test('only lint, which gives the specs folder, reports it (list does not)', () => {
    const tests = [{ file: 'tests/b.test.js', citations: testCitations(stub('docs/specs/0002-b.md', '0002-b')) }];
    const orphans = (specsDir?: string): number => traceRequirements([spec('0001-a')], tests, () => false, specsDir).findings.filter((f) => f.rule === 'orphan-stub').length;
    expect([orphans('docs/specs'), orphans()]).toEqual([1, 0]);
  });
});
