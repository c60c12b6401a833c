/**
 * The runners beyond jest, vitest, mocha and node --test that a test script
 * may run: ava, tap, and the wrappers over `node --test` (borp, bnt), whose
 * stub is a node:test stub, with the files or patterns each is given.
 */
import { describe, expect, test } from '@jest/globals';
import { testCommand, testCommandOf, typescriptLoader } from '../../src/detect/test-script.js';

const read = (script: string) => {
  const command = testCommandOf(script);
  return command && { framework: command.framework, runner: command.runner, paths: command.paths };
};

describe('ava, tap, borp and bnt in a test script', () => {
  test.each([
    ['ava', 'ava', 'ava', []],
    ['ava --verbose --timeout 2m test/*.js', 'ava', 'ava', ['test/*.js']],
    ['c8 ava', 'ava', 'ava', []],
    ['xo && ava', 'ava', 'ava', []],
    ['node node_modules/ava/entrypoints/cli.mjs', 'ava', 'ava', []],
    ['tap', 'tap', 'tap', []],
    ['tap run', 'tap', 'tap', []],
    ['tap run test/unit', 'tap', 'tap', ['test/unit']],
    ['nyc tap', 'tap', 'tap', []],
    ['tap --timeout 60 -R terse --include "spec/**/*.ts"', 'tap', 'tap', ['spec/**/*.ts']],
    ['borp', 'node', 'borp', []],
    ['borp --coverage --check-coverage --lines 95', 'node', 'borp', []],
    ['borp -p "test/*.test.js"', 'node', 'borp', ['test/*.test.js']],
    ["borp 'test/**/*.test.js' '!test/**/node_modules/**/*.test.js'", 'node', 'borp', ['test/**/*.test.js', '!test/**/node_modules/**/*.test.js']],
    ['bnt', 'node', 'bnt', []],
    ['bnt ./test/request.test.ts -t "uses HTTPS"', 'node', 'bnt', ['./test/request.test.ts']],
  ] as const)('%s → %s (%s) %j', (script, framework, runner, paths) => {
    expect(read(script)).toEqual({ framework, runner, paths });
  });

  test.each(['tape test/*.js | tap-spec', 'node test.js | tap-arc', 'xo', 'tap-mocha-reporter'])('%s runs none of them', (script) => {
    expect(testCommandOf(script)).toBeUndefined();
  });

  test('npm run lint && tap: the lint script runs no tests, tap does', () => {
    expect(testCommand({ test: 'npm run lint && tap', lint: 'eslint .' })?.framework).toBe('tap');
  });

  test.each([
    ['borp', 'borp, which compiles TypeScript with tsconfig.json'],
    ['borp --no-typescript', undefined],
    ['borp -T', undefined],
    ['bnt', 'bnt, which loads tsx for .ts files'],
    ['tap', undefined],
  ])('%s runs TypeScript test files: %s', (script, loader) => {
    expect(typescriptLoader(testCommandOf(script)!)).toBe(loader);
  });
});
