/**
 * Whether a jest stub imports describe/test from @jest/globals, with what
 * showed it: declared, imported by the existing tests, their globals, or
 * installed where nothing else says.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { detectJestGlobals } from '../../../src/detect/style/jest-globals.js';
import { removeTempDirs, tempDir } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

const IMPORTING = { name: 'a.test.js', text: "import { describe, test } from '@jest/globals';\n" };
const GLOBALS = { name: 'b.test.js', text: "test('b', () => {});\n" };

function withInstalled(...dirs: string[]): string {
  const root = tempDir();
  for (const dir of dirs) {
    mkdirSync(path.join(root, dir, 'node_modules/@jest/globals'), { recursive: true });
    writeFileSync(path.join(root, dir, 'node_modules/@jest/globals/package.json'), '{}\n');
  }
  return root;
}

describe('@jest/globals or the globals', () => {
  test('declared in the dependencies: imported, whatever the tests do', () => {
    expect(detectJestGlobals(new ProjectFiles(), 'packages/a/package.json', [GLOBALS], 'test/', [])).toEqual({ value: true, evidence: '@jest/globals in the dependencies of packages/a/package.json' });
  });

  test('imported by an existing test, which is named', () => {
    expect(detectJestGlobals(new ProjectFiles(), undefined, [GLOBALS, IMPORTING], 'test/', [])).toEqual({ value: true, evidence: 'test/a.test.js imports @jest/globals' });
  });

  test('existing tests that use the globals: the globals, even where @jest/globals is installed', () => {
    const root = withInstalled('.');
    expect(detectJestGlobals(new ProjectFiles(), undefined, [GLOBALS], 'test/', [{ dir: root, shown: '' }])).toEqual({ value: false, evidence: "the existing tests in test/ use jest's globals" });
  });

  test('no tests: imported where it is installed, the nearest folder that has it named', () => {
    const root = withInstalled('.');
    const dirs = [
      { dir: path.join(root, 'packages/a'), shown: 'packages/a/' },
      { dir: root, shown: '' },
    ];
    expect(detectJestGlobals(new ProjectFiles(), undefined, [], 'test/', dirs)).toEqual({ value: true, evidence: 'node_modules/@jest/globals is installed' });
  });

  test('no tests, installed in the package itself: that folder is named', () => {
    const root = withInstalled('packages/a');
    expect(detectJestGlobals(new ProjectFiles(), undefined, [], 'test/', [{ dir: path.join(root, 'packages/a'), shown: 'packages/a/' }]).evidence).toBe('packages/a/node_modules/@jest/globals is installed');
  });

  test('no tests and nothing installed: the globals', () => {
    expect(detectJestGlobals(new ProjectFiles(), undefined, [], 'test/', [{ dir: tempDir(), shown: '' }])).toEqual({ value: false, evidence: 'no @jest/globals declared, imported or installed' });
  });
});
