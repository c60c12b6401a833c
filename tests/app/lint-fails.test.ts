/** When `lint` exits 1: on an error always, on a warning only with --strict. */
import { expect, test } from '@jest/globals';
import { lintFails } from '../../src/app/lint-project.js';

test('errors fail with or without --strict; warnings only with it; nothing never', () => {
  expect([lintFails({ errors: 1, warnings: 0 }, false), lintFails({ errors: 1, warnings: 0 }, true)]).toEqual([true, true]);
  expect([lintFails({ errors: 0, warnings: 2 }, false), lintFails({ errors: 0, warnings: 2 }, true)]).toEqual([false, true]);
  expect([lintFails({ errors: 0, warnings: 0 }, false), lintFails({ errors: 0, warnings: 0 }, true)]).toEqual([false, false]);
});
