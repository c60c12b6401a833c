/**
 * The script another script runs (`npm run test:unit`, `pnpm test:unit`),
 * and the words after `--`, which are paths even when they look like options.
 */
import { describe, expect, test } from '@jest/globals';
import { scriptRunBy, testCommandOf } from '../../src/detect/test-script.js';

describe('the script another script runs', () => {
  test.each([
    [['npm', 'run', 'test:unit'], 'test:unit'],
    [['npm', 'run-script', 'unit'], 'unit'],
    [['bun', 'run', 'unit'], 'unit'],
    [['npm', 'test'], 'test'],
    [['yarn', 't'], 'test'],
    [['pnpm', 'test:unit'], 'test:unit'],
    [['yarn', 'unit', '--ci'], 'unit'],
  ])('%j runs %s', (segment, name) => {
    expect(scriptRunBy(segment)).toBe(name);
  });

  test.each([
    [['npm', 'ci']],
    [['npm', 'unit']],
    [['bun', 'unit']],
    [['npm', 'run', '--silent']],
    [['npm', 'run']],
    [['pnpm', 'exec', 'jest']],
    [['pnpm', 'dlx', 'jest']],
    [['yarn', 'install']],
    [['yarn', 'add', 'jest']],
    [['pnpm', 'i']],
    [['pnpm', '--silent']],
    [['yarn']],
    [['npm', 'run', 'test', '--workspaces']],
    [['npm', 'test', '-w', 'a']],
    [['pnpm', '--filter', 'a', 'test']],
    [['npm', 'run', 'test', '--workspace=a']],
    [['make', 'test']],
  ])('%j runs no script of the package', (segment) => {
    expect(scriptRunBy(segment)).toBeUndefined();
  });
});

describe('the words after --', () => {
  test('are paths, even one that looks like an option', () => {
    expect(testCommandOf('mocha --bail -- --odd-name.js test/a.js')).toMatchObject({ paths: ['--odd-name.js', 'test/a.js'], options: [{ name: '--bail', value: undefined }] });
  });

  test('follow the paths given before them', () => {
    expect(testCommandOf('vitest run unit -- e2e')?.paths).toEqual(['unit', 'e2e']);
  });

  test('are read once by node --test, which reads its own words before the paths', () => {
    expect(testCommandOf('node --test -- test/a.test.js')?.paths).toEqual(['test/a.test.js']);
  });
});
