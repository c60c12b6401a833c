import { runPatterns, testRunMatcher } from '../base/test-run.js';
import type { RunReading } from './read-test-run.js';

/** Why `new` cannot write a test stub that the repository's test command runs, and how the user chooses. */
export interface StubProblem {
  readonly message: string;
  readonly hint: string;
}

/** The ways out, named the same wherever the refusal is shown (new, --dry-run, config). */
export const STUB_CHOICES =
  'Say where the stub goes and what runs it: --test-framework and --tests-dir (or "testFramework" and "testsDir" in specwright.config.json); or write the spec and docs without a stub: --no-test (or "testFramework": "none").';

/**
 * The one verdict on the test stub, from what detection read of the test
 * run: a runner specwright does not know, a file list, a config only code
 * can compute, or a stub path the run does not select, is a problem; a
 * folder or framework the user chose (`chosen`) is trusted. Pure.
 * `stubFile`: the stub's path as it would be written, relative to the root.
 */
export function stubVerdict(reading: RunReading, stubFile: string, chosen: boolean): StubProblem | undefined {
  if (chosen) return undefined;
  if (reading.unplaceable !== undefined) return { message: `no test stub can be placed where the test command runs it: ${reading.unplaceable}`, hint: STUB_CHOICES };
  if (reading.run && !testRunMatcher(reading.run)(stubFile)) {
    return { message: `no test stub can be placed where the test command runs it: ${stubFile} is not among the files it runs (${reading.run.evidence}: ${runPatterns(reading.run)})`, hint: STUB_CHOICES };
  }
  return undefined;
}
