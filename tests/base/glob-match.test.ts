import { describe, expect, test } from '@jest/globals';
import { globMatcher, isGlob } from '../../src/base/glob-match.js';

describe('a glob as the runners write it, as a test of a path', () => {
  test.each([
    ['test/**/*.test.ts', 'test/a.test.ts', true],
    ['test/**/*.test.ts', 'test/x/y/a.test.ts', true],
    ['test/**/*.test.ts', 'src/a.test.ts', false],
    ['test/**/*.test.ts', 'test/a.test.tsx', false],
    ['**/*.{test,spec}.?(c|m)[jt]s?(x)', 'a/b.spec.mjs', true],
    ['**/*.{test,spec}.?(c|m)[jt]s?(x)', 'b.test.tsx', true],
    ['**/*.{test,spec}.?(c|m)[jt]s?(x)', 'b.test.json', false],
    ['**/*.{test,spec}.?(c|m)[jt]s?(x)', 'b.js', false],
    ['./test/*.{js,cjs,mjs}', 'test/a.js', true],
    ['./test/*.{js,cjs,mjs}', 'test/fixtures/a.js', false],
    ['**/__tests__/**/*.?([mc])[jt]s?(x)', 'src/__tests__/a.js', true],
    ['**/?(*.)+(spec|test).?([mc])[jt]s?(x)', 'src/a.test.js', true],
    ['**/?(*.)+(spec|test).?([mc])[jt]s?(x)', 'src/test.js', true],
    ['**/?(*.)+(spec|test).?([mc])[jt]s?(x)', 'src/latest.js', false],
    ['src/**', 'src/a/b.js', true],
    ['test/!(fixtures)/*.js', 'test/unit/a.js', true],
    ['test/!(fixtures)/*.js', 'test/fixtures/a.js', false],
    ['test/[!_]*.js', 'test/_helper.js', false],
    ['test.js', 'test.js', true],
    ['test.js', 'testxjs', false],
  ])('%s against %s: %s', (glob, file, runs) => {
    expect(globMatcher(glob)(file)).toBe(runs);
  });

  test('a path is not a glob; a pattern is', () => {
    expect([isGlob('test/app.router.js'), isGlob('test/'), isGlob('test/*.js'), isGlob('src/{a,b}'), isGlob('x/@(a|b).js')]).toEqual([false, false, true, true, true]);
  });
});
