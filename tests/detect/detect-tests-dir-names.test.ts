import { describe, expect, test } from '@jest/globals';
import { namesOf } from '../../src/detect/detect-tests-dir.js';

describe('the file names a pattern matches, when it is not a plain glob of names', () => {
  test('a character class that no regular expression can hold matches nothing, rather than throwing', () => {
    expect(namesOf('test/*.[z-a]s')).toBeUndefined();
  });

  test('an unclosed group, brace or class is no glob of names', () => {
    expect(namesOf('test/*.?(c|m.js')).toBeUndefined();
    expect(namesOf('test/*.{js,ts')).toBeUndefined();
    expect(namesOf('test/*.[jt')).toBeUndefined();
  });

  test('a negated class is read as one', () => {
    expect(namesOf('test/*.[!t]s')?.test('a.js')).toBe(true);
    expect(namesOf('test/*.[!t]s')?.test('a.ts')).toBe(false);
  });
});
