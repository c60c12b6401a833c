// @ts-check
/**
 * `npm run mutate`: StrykerJS over the pure core, judged by its unit tests
 * (jest.mutate.config.js), never the end-to-end tests. Not part of `npm test`.
 * jest runs native ESM here, so its node needs --experimental-vm-modules;
 * per-test coverage works with it (each mutant meets only the tests that run
 * its code, about 13 on average). Each mutant still costs a jest start, about
 * 3 s on two busy cores: the whole scope (about 4,500 mutants) takes hours, so
 * name one module while working on it:
 *   npm run mutate -- --mutate src/base/folder-rule.ts
 * incremental: a later run tests only the mutants whose code or tests changed.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: false },
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) need every test per mutant: too slow for the value they add.
  ignoreStatic: true,
  mutate: [
    'src/specs/read-spec.ts',
    'src/specs/markdown-lines.ts',
    'src/specs/inline-text.ts',
    'src/specs/spec-links.ts',
    'src/specs/spec-status.ts',
    'src/lint/**/*.ts',
    'src/detect/**/*.ts',
    'src/config/validate-config.ts',
    'src/base/folder-rule.ts',
    'src/base/text/**/*.ts',
    'src/plan/**/*.ts',
  ],
  // The sandbox needs sources, unit tests and configs only: not the e2e tests, the test frameworks' installs, the build.
  ignorePatterns: ['dist', 'tests/e2e', 'tests/fixtures/toolchains', 'reports', '.stryker-tmp'],
  // One jest per core: the machines this runs on have two.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // A mutant that loops (a retry that never ends) is stopped and counted as detected (Stryker's rule).
  // 20 s, not 5: on two busy cores a mutant whose tests fail by the dozen (each printing its diff)
  // ran past 5 s and was counted as a timeout; one checked by hand ran 24 s with 73 failing tests.
  // A longer limit makes such runs what they are (killed, or survived), at the cost of slower hangs.
  timeoutMS: 20000,
};
