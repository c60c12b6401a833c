import { describe, expect, test } from '@jest/globals';
import { namesOf, placeOfPattern } from '../../src/detect/detect-tests-dir.js';

describe('what a test pattern says', () => {
  test.each([
    ['./test/**/*.spec.ts', { dir: 'test', anywhere: false, suffix: '.spec', language: 'ts', extension: 'ts' }],
    ['**/__tests__/**/*.js', { dir: '__tests__', anywhere: true, suffix: undefined, language: 'js', extension: 'js' }],
    ['**/test/**/*.test.js', { dir: 'test', anywhere: true, suffix: '.test', language: 'js', extension: 'js' }],
    ['test/*.test.mjs', { dir: 'test', anywhere: false, suffix: '.test', language: 'js', extension: 'mjs' }],
    ['tests/**/*.test.js', { dir: 'tests', anywhere: false, suffix: '.test', language: 'js', extension: 'js' }],
    ['**/*.test.?(c|m)js', { dir: undefined, anywhere: true, suffix: '.test', language: 'js' }],
    ['src/**/*.{test,spec}.{js,ts}', { dir: 'src', anywhere: false, suffix: undefined }],
    ['test/', { dir: 'test', anywhere: false, suffix: undefined }],
  ])('%s', (pattern, place) => {
    expect(placeOfPattern(pattern)).toEqual(place);
  });

  test('the file names a pattern matches', () => {
    expect(namesOf('**/*.spec.ts')?.test('a.spec.ts')).toBe(true);
    expect(namesOf('**/*.spec.ts')?.test('a.test.ts')).toBe(false);
    expect(namesOf('**/*.{test,spec}.?(c|m)[jt]s?(x)')?.test('a.test.mjs')).toBe(true);
    expect(namesOf('**/*.{test,spec}.?(c|m)[jt]s?(x)')?.test('data.js')).toBe(false);
    expect(namesOf('test/')).toBeUndefined();
  });
});
