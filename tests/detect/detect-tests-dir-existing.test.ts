/**
 * Where tests go from the tests already there and the folder the test script
 * names: the test folder with the most, tests beside the sources, how they are
 * named, only files the test command runs, and a bounded, shallow count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { DEFAULT_TESTS_DIR } from '../../src/config/config-keys.js';
import { defaultTestsDir, detectTestsPlace } from '../../src/detect/detect-tests-dir.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { testCommandOf } from '../../src/detect/test-script.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function pkg(files: readonly string[]): PackageInfo {
  const root = tempDir();
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  return { dir: root, manifest: {}, rootManifest: {}, nested: false };
}

const inPackages = () => 'packages/a/';
const place = (info: PackageInfo, script?: string, configuredDir?: string, shown = inPackages) =>
  detectTestsPlace(new ProjectFiles(), info, 'node', script === undefined ? undefined : testCommandOf(script), shown, configuredDir);

describe('the folder the test script names', () => {
  test('a folder after node --test', () => {
    expect(place(pkg([]), 'node --test test/unit/').dir).toEqual({ value: 'test/unit', evidence: 'the test script of packages/a/package.json' });
  });

  test('a test folder named alone', () => {
    expect(place(pkg([]), 'node --test tests').dir).toEqual({ value: 'tests', evidence: 'the test script of packages/a/package.json' });
  });

  test('a file names its folder', () => {
    expect(place(pkg([]), 'node --test checks/all.test.mjs').dir?.value).toBe('checks');
  });

  test('not a word that is neither a path, a test folder nor a file, nor a path into node_modules', () => {
    expect(place(pkg([]), 'node --test unit node_modules/x/test/').dir).toBeUndefined();
  });

  test('a file in node_modules binds no name or language', () => {
    expect(place(pkg([]), 'node --test node_modules/x/all.test.mjs').pattern).toBeUndefined();
    expect(place(pkg([]), 'node --test checks/all.test.mjs').pattern).toEqual({ language: 'js', extension: 'mjs', evidence: 'the test script of packages/a/package.json' });
  });
});

describe('the tests already there', () => {
  test('the test folder with the most tests', () => {
    const found = place(pkg(['test/a.test.js', 'test/b.test.js', 'tests/c.test.js', 'tests/d.test.js', 'tests/e.test.js']));
    expect(found.dir).toEqual({ value: 'tests', evidence: '3 test file(s) in packages/a/tests/' });
    expect(found.suffix).toEqual({ value: '.test', evidence: '3 test file(s) in packages/a/tests/' });
  });

  test('on a tie, the first test folder', () => {
    expect(place(pkg(['test/a.test.js', 'tests/c.test.js'])).dir?.value).toBe('test');
  });

  test('tests beside the sources in src, said so', () => {
    const found = place(pkg(['src/a.ts', 'src/a.spec.ts', 'src/b.spec.ts', 'src/c.test.ts']));
    expect(found.dir).toEqual({ value: 'src', evidence: '3 test file(s) beside the sources in packages/a/src/' });
    expect(found.suffix?.value).toBe('.spec');
    expect(found.existing).toEqual({ count: 3, language: 'ts', extension: 'ts', evidence: '3 test file(s) beside the sources in packages/a/src/' });
  });

  test('then lib', () => {
    expect(place(pkg(['lib/a.js', 'lib/a.test.js'])).dir?.value).toBe('lib');
  });

  test('a test folder outranks tests beside the sources', () => {
    expect(place(pkg(['src/a.test.js', 'src/b.test.js', 'test/c.test.js'])).dir?.value).toBe('test');
  });

  test('as many .spec as .test: .test', () => {
    expect(place(pkg(['test/a.spec.js', 'test/b.test.js'])).suffix?.value).toBe('.test');
  });

  test('in a test folder, tests named without a suffix are named so', () => {
    expect(place(pkg(['test/app.router.js', 'test/app.render.js'])).suffix).toEqual({ value: '', evidence: '2 test file(s) in packages/a/test/' });
  });

  test('in spec/, which is no test folder to lint, tests without a suffix get .test', () => {
    expect(place(pkg(['spec/app.router.js'])).suffix).toEqual({ value: '.test', evidence: '1 test file(s) in packages/a/spec/' });
  });

  test('mixed extensions bind none; most TypeScript is TypeScript', () => {
    expect(place(pkg(['test/a.test.ts', 'test/b.test.mts', 'test/c.test.js'])).existing).toEqual({ count: 3, language: 'ts', extension: undefined, evidence: '3 test file(s) in packages/a/test/' });
  });

  test('half TypeScript is JavaScript', () => {
    expect(place(pkg(['test/a.test.ts', 'test/c.test.js'])).existing?.language).toBe('js');
  });

  test('an extension that is no stub extension binds none', () => {
    expect(place(pkg(['test/a.test.jsx', 'test/b.test.jsx'])).existing?.extension).toBeUndefined();
  });

  test('a configured folder that is the package itself is named the package root at the root', () => {
    expect(place(pkg(['a.test.js']), undefined, '.', () => '').existing?.evidence).toBe('1 test file(s) in the package root');
  });

  test('not node_modules, dot-folders or dot-files, or deeper than three folders', () => {
    const found = place(pkg(['test/node_modules/x.test.js', 'test/.cache/y.test.js', 'test/.eslintrc.js', 'test/a/b/c/z.test.js', 'test/a/b/c/d/deep.test.js']));
    expect(found.existing?.count).toBe(1);
  });

  test('at most 400 entries are looked at', () => {
    const names = Array.from({ length: 410 }, (_, i) => `test/t${String(i).padStart(3, '0')}.test.js`);
    expect(place(pkg(names)).existing?.count).toBe(400);
  });
});

describe('defaultTestsDir', () => {
  test('mocha runs ./test by default; the others find tests anywhere', () => {
    expect(defaultTestsDir('mocha')).toBe('test');
    expect(defaultTestsDir('vitest')).toBe(DEFAULT_TESTS_DIR);
    expect(DEFAULT_TESTS_DIR).not.toBe('test');
  });
});
