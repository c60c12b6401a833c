/**
 * Words of a test script read as runners or not: mocha's `_mocha` bin, node
 * running no script of a framework, and mocha's --node-option loading TypeScript.
 */
import { describe, expect, test } from '@jest/globals';
import { testCommandOf, typescriptLoader } from '../../src/detect/test-script.js';

describe('runners named by their bin', () => {
  test('_mocha is mocha', () => {
    expect(testCommandOf('_mocha test/')).toMatchObject({ framework: 'mocha', runner: 'mocha', paths: ['test/'] });
    expect(testCommandOf('./node_modules/.bin/_mocha --exit')).toMatchObject({ framework: 'mocha', runner: 'mocha' });
  });

  test('node with options and no script runs no framework', () => {
    expect(testCommandOf('node --inspect')).toBeUndefined();
  });

  test('node running a script of its own runs no framework', () => {
    expect(testCommandOf('node --trace-warnings scripts/test.js')).toBeUndefined();
  });
});

describe("mocha's --node-option", () => {
  test.each([
    ['mocha --node-option import=tsx', '--node-option import=tsx'],
    ['mocha -n require=ts-node/register', '-n require=ts-node/register'],
    ['mocha --node-option=loader=ts-node/esm', '--node-option loader=ts-node/esm'],
  ])('%s loads TypeScript', (script, loader) => {
    expect(typescriptLoader(testCommandOf(script)!)).toBe(loader);
  });

  test.each(['mocha --node-option import=other', 'mocha --node-option inspect', 'mocha --node-option'])('%s loads none', (script) => {
    expect(typescriptLoader(testCommandOf(script)!)).toBeUndefined();
  });
});
