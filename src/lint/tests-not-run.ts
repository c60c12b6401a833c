import { runPatterns, testRunMatcher, type TestRun } from '../base/test-run.js';
import path from 'node:path';
import { finding, type Finding } from './lint-rules.js';
import type { TracedSpec } from './traceability.js';
import type { TestCitations } from './test-citations.js';

/** The test run of the package a file is in, when detection could read it; undefined: nothing to check it against. */
export type RunOf = (file: string) => TestRun | undefined;

/**
 * test-not-run: a test file that cites a spec (a stub's `Specification:`
 * line, or `0007 FR-3`) where the repository's test command never picks it
 * up. Its todos and tests count for the spec's requirements while nothing
 * runs them. By the same matcher that places the stub (base/test-run.ts).
 */
export function testsNotRun(tests: readonly { readonly file: string; readonly citations: TestCitations }[], specs: readonly TracedSpec[], runOf: RunOf): Finding[] {
  // Only citations of this repository's specs: a nested example project's stub names a spec of its own.
  const paths = new Set(specs.map((s) => s.path));
  const names = new Set(specs.flatMap((s) => [s.number, s.id?.toLowerCase()]).filter((n): n is string => n !== undefined));
  const named = (spec: string): boolean => names.has(spec.toLowerCase()) || names.has(/^\d+/.exec(spec)?.[0] ?? '');
  const matchers = new Map<TestRun, (file: string) => boolean>();
  const found: Finding[] = [];
  for (const { file, citations } of tests) {
    const cited = citations.headers.find((h) => paths.has(path.posix.normalize(h.path)))?.line ?? citations.mentions.find((m) => m.spec !== undefined && named(m.spec))?.line;
    if (cited === undefined) continue;
    const run = runOf(file);
    if (run === undefined) continue;
    let runs = matchers.get(run);
    if (!runs) {
      runs = testRunMatcher(run);
      matchers.set(run, runs);
    }
    if (runs(file)) continue;
    const patterns = runPatterns(run);
    found.push(
      finding(
        file,
        cited,
        'test-not-run',
        `the test cites a spec, but the test command does not run this file (it runs ${patterns}, per ${run.evidence})`,
        `Move the file where the test command looks (${patterns}) or rename it to match, or make the test command run it; until then the requirements it names count as covered while nothing runs them.`,
      ),
    );
  }
  return found;
}
