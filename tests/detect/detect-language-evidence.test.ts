/**
 * The stub's language and extension from the strongest evidence: the tests
 * already there, then a pattern naming one kind of file, then a tsconfig.json;
 * each with the words that say why.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectExtension, detectLanguage } from '../../src/detect/detect-language.js';
import type { ExistingTests, TestPattern, TestsPlace } from '../../src/detect/detect-tests-dir.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function pkg(files: Record<string, string> = {}): PackageInfo {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, manifest: {}, rootManifest: {}, nested: false };
}

const place = (existing?: Partial<ExistingTests>, pattern?: Partial<TestPattern>): TestsPlace => ({
  dir: undefined,
  suffix: undefined,
  existing: existing && { count: 2, language: 'js', extension: undefined, evidence: '2 test file(s) in test/', ...existing },
  pattern: pattern && { language: undefined, extension: undefined, evidence: 'testMatch in package.json', ...pattern },
});
const inPackages = () => 'packages/a/';
const atRoot = () => '';

describe('detectLanguage', () => {
  test('TypeScript tests already there decide, even without a tsconfig.json', () => {
    expect(detectLanguage(new ProjectFiles(), pkg(), 'jest', undefined, place({ language: 'ts' }, { language: 'js' }), inPackages)).toEqual({ value: 'ts', evidence: '2 test file(s) in test/ (TypeScript)' });
  });

  test('JavaScript tests already there decide, even with a tsconfig.json', () => {
    expect(detectLanguage(new ProjectFiles(), pkg({ 'tsconfig.json': '{}' }), 'vitest', undefined, place({ language: 'js' }), inPackages)).toEqual({ value: 'js', evidence: '2 test file(s) in test/ (JavaScript)' });
  });

  test('a pattern naming JavaScript files decides over a tsconfig.json', () => {
    expect(detectLanguage(new ProjectFiles(), pkg({ 'tsconfig.json': '{}' }), 'vitest', undefined, place(undefined, { language: 'js' }), inPackages)).toEqual({ value: 'js', evidence: 'testMatch in package.json (JavaScript)' });
  });

  test('a pattern naming TypeScript files stands for a tsconfig.json', () => {
    expect(detectLanguage(new ProjectFiles(), pkg(), 'vitest', undefined, place(undefined, { language: 'ts' }), inPackages)).toEqual({ value: 'ts', evidence: 'testMatch in package.json (TypeScript)' });
  });

  test('a tsconfig.json with vitest: nothing more to say', () => {
    expect(detectLanguage(new ProjectFiles(), pkg({ 'tsconfig.json': '{}' }), 'vitest', undefined, place(), inPackages)).toEqual({ value: 'ts', evidence: 'packages/a/tsconfig.json' });
  });

  test('a pattern naming neither and no tsconfig.json: JavaScript, naming the package folder', () => {
    expect(detectLanguage(new ProjectFiles(), pkg(), 'vitest', undefined, place(undefined, {}), inPackages)).toEqual({ value: 'js', evidence: 'no tsconfig.json in packages/a' });
  });

  test('no tsconfig.json at the root: JavaScript, naming the root', () => {
    expect(detectLanguage(new ProjectFiles(), pkg(), 'jest', undefined, place(), atRoot)).toEqual({ value: 'js', evidence: 'no tsconfig.json in the root' });
  });
});

describe('detectExtension', () => {
  test("the pattern's extension when it is of the stub's language", () => {
    expect(detectExtension('js', place({ extension: 'cjs' }, { extension: 'mjs' }))).toEqual({ value: 'mjs', evidence: 'testMatch in package.json' });
  });

  test("else the existing tests' extension when it is of the stub's language", () => {
    expect(detectExtension('ts', place({ extension: 'mts' }, { extension: 'mjs' }))).toEqual({ value: 'mts', evidence: '2 test file(s) in test/' });
  });

  test("none when neither is of the stub's language", () => {
    expect(detectExtension('ts', place({ extension: 'js' }, { extension: 'cjs' }))).toBeUndefined();
  });

  test('none when nothing binds one', () => {
    expect(detectExtension('js', place({}, {}))).toBeUndefined();
    expect(detectExtension('js', place())).toBeUndefined();
  });
});
