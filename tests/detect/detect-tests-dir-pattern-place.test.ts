/**
 * What a test pattern says of the place and the names: a plain file path
 * names its folder, __tests__ found below a fixed folder, and each glob
 * character of the last part as a test of file names.
 */
import { describe, expect, test } from '@jest/globals';
import { namesOf, placeOfPattern } from '../../src/detect/detect-tests-dir.js';

describe('placeOfPattern', () => {
  test('a plain file path names its folder', () => {
    expect(placeOfPattern('test/all.test.js')).toEqual({ dir: 'test', anywhere: false, suffix: '.test', language: 'js', extension: 'js' });
  });

  test('a folder with a dot in its name before a glob is kept whole', () => {
    expect(placeOfPattern('packages/web.app/**/*.test.js').dir).toBe('packages/web.app');
  });

  test('__tests__ below a fixed folder', () => {
    expect(placeOfPattern('<rootDir>/src/**/__tests__/*.js').dir).toBe('src/__tests__');
  });

  test('__tests__ named in the fixed folders once', () => {
    expect(placeOfPattern('src/__tests__/*.js').dir).toBe('src/__tests__');
  });

  test('a fixed folder that is not plain names no folder', () => {
    expect(placeOfPattern('my tests/**/*.test.js').dir).toBeUndefined();
  });
});

describe('namesOf, each glob character', () => {
  const names = (pattern: string, name: string) => namesOf(pattern)?.test(name);

  test('+( ) one or more', () => {
    expect(names('**/*.+(test|spec).js', 'a.test.js')).toBe(true);
    expect(names('**/*.+(test|spec).js', 'a..js')).toBe(false);
  });

  test('@( ) exactly one', () => {
    expect(names('**/*.@(test|spec).js', 'a.spec.js')).toBe(true);
    expect(names('**/*.@(test|spec).js', 'a.testspec.js')).toBe(false);
  });

  test('*( ) none or more', () => {
    expect(names('**/a*(b).js', 'a.js')).toBe(true);
    expect(names('**/a*(b).js', 'abb.js')).toBe(true);
  });

  test('!( ) is read as any name', () => {
    expect(names('**/!(index).js', 'index.js')).toBe(true);
  });

  test('? one character', () => {
    expect(names('**/a?.test.js', 'ab.test.js')).toBe(true);
    expect(names('**/a?.test.js', 'a.test.js')).toBe(false);
  });

  test('a name without a dot is no glob of names', () => {
    expect(namesOf('test/**')).toBeUndefined();
  });

  test('regular expression characters in a name are plain', () => {
    expect(names('**/a+b.test.js', 'a+b.test.js')).toBe(true);
    expect(names('**/a+b.test.js', 'aab.test.js')).toBe(false);
  });
});
