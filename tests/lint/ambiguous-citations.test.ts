/**
 * A bare number two specs share (`0006 FR-1` after a merge): the spec whose
 * full id the same file names, when it names exactly one; else each of them,
 * with an ambiguous-citation warning.
 */
import { describe, expect, test } from '@jest/globals';
import { bareCitation } from '../../src/lint/ambiguous-citations.js';

const SPECS = [{ id: '0005-seed' }, { id: '0006-admin-dashboard' }, { id: '0006-billing' }];
const SHARED = [1, 2];

describe('bareCitation', () => {
  test('the file names one of them: that spec, no finding', () => {
    expect(bareCitation('tests/a.test.js', 3, '0006', SHARED, SPECS, new Set(['0006-billing', '0005-seed']))).toEqual({ specs: [2] });
  });

  test.each([
    ['none', new Set<string>(), 'the file names none of their full ids'],
    ['both', new Set(['0006-admin-dashboard', '0006-billing']), 'the file names more than one of their full ids'],
  ])('the file names %s: each of them, and a warning on the line', (_, ids, why) => {
    const { specs, finding } = bareCitation('tests/a.test.js', 3, '0006', SHARED, SPECS, ids);
    expect(specs).toEqual(SHARED);
    expect(finding).toMatchObject({ file: 'tests/a.test.js', line: 3, rule: 'ambiguous-citation', severity: 'warning', message: `the test cites 0006, a number 0006-admin-dashboard and 0006-billing share (${why}): it counts for each of them` });
  });
});
