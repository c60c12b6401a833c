/**
 * `npm run test:quick`: the unit tests, for the edit-test loop, with no build.
 * Left to the whole suite (`npm test`): the end-to-end tests (they run the
 * built bin), the stubs run in every real test framework, and the one hostile
 * line that testCitations still reads in quadratic time.
 */
import base from './jest.config.js';

export const SLOW_UNIT_TESTS = ['<rootDir>/tests/render/test-stubs.test.ts', '<rootDir>/tests/lint/test-citations-hostile-line.test.ts'];

export default {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', ...SLOW_UNIT_TESTS],
};
