import { describe, expect, test } from '@jest/globals';
import { STUB_CHOICES, stubVerdict } from '../../src/detect/stub-verdict.js';

const MOCHA_DEFAULT = { selections: [{ include: ['test/*.{js,cjs,mjs}'], exclude: [] }], evidence: "mocha's default spec (./test)" };

describe('the one verdict on the stub', () => {
  test('a stub path the run does not select is refused, naming what runs', () => {
    expect(stubVerdict({ run: MOCHA_DEFAULT, unplaceable: undefined }, 'test/unit/new-feature.test.js', false)).toEqual({
      message: "no test stub can be placed where the test command runs it: test/unit/new-feature.test.js is not among the files it runs (mocha's default spec (./test): test/*.{js,cjs,mjs})",
      hint: STUB_CHOICES,
    });
    expect(stubVerdict({ run: MOCHA_DEFAULT, unplaceable: undefined }, 'test/new-feature.js', false)).toBeUndefined();
  });

  test('what cannot be placed anywhere is refused; a folder or framework the user chose is trusted', () => {
    const code = { run: undefined, unplaceable: 'test.include in vitest.config.ts is computed by code (getIncludes()), which specwright reads but never runs' };
    expect(stubVerdict(code, 'tests/x.test.ts', false)?.message).toBe('no test stub can be placed where the test command runs it: test.include in vitest.config.ts is computed by code (getIncludes()), which specwright reads but never runs');
    expect(stubVerdict(code, 'tests/x.test.ts', true)).toBeUndefined();
    expect(stubVerdict({ run: MOCHA_DEFAULT, unplaceable: undefined }, 'checks/x.test.js', true)).toBeUndefined();
  });

  test('the hint names every way out', () => {
    expect(STUB_CHOICES).toMatch(/--test-framework.*--tests-dir.*specwright\.config\.json.*--no-test.*"testFramework": "none"/);
  });
});
