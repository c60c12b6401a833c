/**
 * The unit tests `npm run mutate` (stryker.config.mjs) judges mutants with:
 * the quick tier's tests of the pure core only (spec reader, lint rules,
 * detection, config, the ground (text, path rules), planning), so each mutant meets the tests of its
 * own module and a run stays within minutes.
 */
import quick from './jest.quick.config.js';

export default {
  ...quick,
  roots: ['specs', 'lint', 'detect', 'config', 'base', 'plan'].map((folder) => `<rootDir>/tests/${folder}`),
};
