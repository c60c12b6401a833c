import { describe, expect, test } from '@jest/globals';
import { testsNotRun } from '../../src/lint/tests-not-run.js';
import { testCitations } from '../../src/lint/test-citations.js';

const SPECS = [{ path: 'docs/specs/0001-dark-mode.md', id: '0001-dark-mode', number: '0001', requirements: [{ id: 'FR-1', line: 10 }] }];
const RUN = { selections: [{ include: ['test/*.{js,cjs,mjs}'], exclude: [] }], evidence: 'the test script of package.json' };
const stub = "// Specification: docs/specs/0001-dark-mode.md (0001-dark-mode)\nit('FR-1: follows the OS theme');\n";

describe('test-not-run: a test citing a spec that the test command never runs', () => {
  test('warned at its citation, saying what runs and how to fix', () => {
    const tests = [
      { file: 'test/unit/dark-mode.js', citations: testCitations(stub) },
      { file: 'test/dark-mode.js', citations: testCitations(stub) },
      { file: 'test/other/cites.js', citations: testCitations("it('0001 FR-1 works', () => {});\n") },
    ];
    const found = testsNotRun(tests, SPECS, () => RUN);
    expect(found.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([
      ['test/unit/dark-mode.js', 1, 'test-not-run', 'warning'],
      ['test/other/cites.js', 1, 'test-not-run', 'warning'],
    ]);
    expect(found[0]!.message).toBe('the test cites a spec, but the test command does not run this file (it runs test/*.{js,cjs,mjs}, per the test script of package.json)');
    expect(found[0]!.hint).toMatch(/^Move the file where the test command looks \(test\/\*\.\{js,cjs,mjs\}\)/);
  });

  test('nothing to say where the run is unknown, or the file cites no spec of this repository', () => {
    expect(testsNotRun([{ file: 'x/a.js', citations: testCitations(stub) }], SPECS, () => undefined)).toEqual([]);
    const other = "// Specification: examples/docs/specs/0001-x.md (0001-x)\nit('FR-1');\n";
    expect(testsNotRun([{ file: 'examples/a.js', citations: testCitations(other) }], SPECS, () => RUN)).toEqual([]);
  });
});
