/**
 * `npm run test:quick`: the unit tests, for the edit-test loop, with no build.
 * Left to the whole suite (`npm test`): the end-to-end tests (they run the
 * built bin) and the tests that run the real frameworks, formatters and
 * linters (the stubs, the runners' own view of where they look).
 */
import base from './jest.config.js';

/** The tests that run the real test frameworks, formatters and linters of tests/fixtures/toolchains. */
export const SLOW_UNIT_TESTS = [
  '<rootDir>/tests/render/test-stubs.test.ts',
  '<rootDir>/tests/render/test-stubs-ava-tap.test.ts',
  '<rootDir>/tests/render/stub-style-formatters.test.ts',
  '<rootDir>/tests/render/stub-lint.test.ts',
  '<rootDir>/tests/detect/read-test-run-real-runners.test.ts',
  '<rootDir>/tests/base/text/log-table-biome.test.ts',
];

export default {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', ...SLOW_UNIT_TESTS],
};
