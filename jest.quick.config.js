/**
 * `npm run test:quick`: the unit tests, for the edit-test loop, with no build.
 * Left to the whole suite (`npm test`): the end-to-end tests (they run the
 * built bin) and the stubs run in every real test framework.
 */
import base from './jest.config.js';

export const SLOW_UNIT_TESTS = ['<rootDir>/tests/render/test-stubs.test.ts'];

export default {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', ...SLOW_UNIT_TESTS],
};
