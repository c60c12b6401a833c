import { globMatcher } from './glob-match.js';

/**
 * One way the test command picks its files: globs (or plain file paths)
 * relative to the repository root, with forward slashes. A file is run when
 * it matches an include, no exclude, and, when `filters` are given (vitest's
 * `vitest run test/unit`), has one of them in its path.
 */
export interface TestSelection {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly filters?: readonly string[];
  /** Folders (globs) the file must be below: jest's roots, a project's folder. */
  readonly within?: readonly string[];
}

/**
 * What the repository's test command runs, as detection read it from the
 * test script and the runner's configuration (never by running either): the
 * one fact behind where the stub goes, what `config` counts as tests and
 * lint's test-not-run. In base/ because detection makes it and lint reads it.
 */
export interface TestRun {
  /** A file is run when any selection takes it (jest projects, vitest projects). */
  readonly selections: readonly TestSelection[];
  /** What showed it, in words: "include in vitest.config.ts", "mocha's default spec (./test/*.{js,cjs,mjs})". */
  readonly evidence: string;
}

/** "Would the test command run this file": a test of a path relative to the root (forward slashes). */
export function testRunMatcher(run: TestRun): (file: string) => boolean {
  const selections = run.selections.map((s) => ({
    include: s.include.map(globMatcher),
    exclude: s.exclude.map(globMatcher),
    filters: s.filters,
    within: s.within?.map((folder) => globMatcher(folder === '.' || folder === '' ? '**' : `${folder.replace(/\/+$/, '')}/**`)),
  }));
  return (file) =>
    selections.some(
      (s) =>
        s.include.some((test) => test(file)) &&
        !s.exclude.some((test) => test(file)) &&
        (s.within === undefined || s.within.some((test) => test(file))) &&
        (s.filters === undefined || s.filters.length === 0 || s.filters.some((f) => file.includes(f.replace(/^\.\//, '')))),
    );
}

/** The globs in words, for messages: `test/**\/*.spec.js, lib/**\/*.test.js`. */
export function runPatterns(run: TestRun): string {
  return [...new Set(run.selections.flatMap((s) => s.include))].join(', ');
}
