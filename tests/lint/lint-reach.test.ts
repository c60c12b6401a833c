/** What `lint <path>` checks outside the specs folder: a docs stub, a test file, a folder of them; or nothing, to refuse. */
import { describe, expect, test } from '@jest/globals';
import { lintReach } from '../../src/lint/lint-reach.js';

const READ = { docsStubs: ['docs/features/dark-mode.md'], testFiles: ['tests/dark-mode.test.js', 'tests/e2e/flows.test.js'] };

describe('lintReach', () => {
  test('the specs folder, a file in it, and a folder holding it need no note', () => {
    expect(lintReach(['docs/specs', 'docs/specs/0001-a.md', 'docs', ''], 'docs/specs', READ)).toEqual({ notes: [], unchecked: [] });
  });

  test('a docs stub, a test file, a folder of tests: each said as what it was checked', () => {
    expect(lintReach(['docs/features/dark-mode.md', 'tests/e2e/flows.test.js', 'tests'], 'docs/specs', READ).notes).toEqual([
      'docs/features/dark-mode.md is not in the specs folder (docs/specs/): checked as a docs stub (its links), not as a spec',
      'tests/e2e/flows.test.js is not in the specs folder (docs/specs/): checked as a test file (the specs and requirements it cites), not as a spec',
      'tests is not in the specs folder (docs/specs/): checked its 2 test files, not as specs',
    ]);
  });

  test('a path holding nothing lint reads is unchecked (the caller refuses it); a name that only starts like a folder is not in it', () => {
    expect(lintReach(['docs/notes.md', 'tests-old', 'docs/specs-archive'], 'docs/specs', READ)).toEqual({ notes: [], unchecked: ['docs/notes.md', 'tests-old', 'docs/specs-archive'] });
  });
});
