/**
 * The path rules for the folders specwright writes into, each rule on its
 * own: plain names, a folder from a config or a flag (normalised, or what is
 * wrong with it), the folders on the way, and the specs folder's own rule.
 */
import { describe, expect, test } from '@jest/globals';
import { checkFolder, foldersOnTheWay, inFolder, isPlainName, joinFolder, specsFolderProblem } from '../../src/base/folder-rule.js';

describe('isPlainName', () => {
  test.each(['docs', 'my.app', 'a_b-c', '@scope', 'c++', '.github', '...'])('%s is plain', (name) => {
    expect(isPlainName(name)).toBe(true);
  });

  test.each(['.', '..', '.git', '.GIT', 'node_modules', 'a b', 'a/b', 'ä', ''])('%j is not', (name) => {
    expect(isPlainName(name)).toBe(false);
  });
});

describe('checkFolder', () => {
  test.each([
    ['test', 'test'],
    ['./test/', 'test'],
    ['docs//specs///', 'docs/specs'],
    ['a/./b', 'a/b'],
    ['.', '.'],
    ['./', '.'],
  ])('%j is the folder %j', (value, folder) => {
    expect(checkFolder(value)).toEqual({ folder });
  });

  test.each([
    ['', 'is empty'],
    ['  ', 'is empty'],
    ['a\\b', 'has a backslash or a control character; use forward slashes'],
    ['a\tb', 'has a backslash or a control character; use forward slashes'],
    ['/etc', 'is an absolute path; give a path relative to the project'],
    ['C:stuff', 'is an absolute path; give a path relative to the project'],
    ['..', 'leaves the project; give a folder inside it'],
    ['../elsewhere', 'leaves the project; give a folder inside it'],
    ['a/../b', 'goes up with ..; give the folder plainly'],
    ['a'.repeat(201), 'is longer than 200 characters'],
    ['docs/.git/x', 'is inside .git or node_modules'],
    ['node_modules', 'is inside .git or node_modules'],
    ['my docs', 'may only have letters, digits and . _ - @ + in its names'],
  ])('%j: %s', (value, problem) => {
    expect(checkFolder(value)).toEqual({ problem });
  });

  test('200 characters is still a folder', () => {
    expect(checkFolder('a'.repeat(200))).toEqual({ folder: 'a'.repeat(200) });
  });
});

describe('the folders on the way and paths in a folder', () => {
  test('foldersOnTheWay lists each folder from the top; the root itself has none', () => {
    expect(foldersOnTheWay('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
    expect(foldersOnTheWay('docs')).toEqual(['docs']);
    expect(foldersOnTheWay('.')).toEqual([]);
  });

  test('inFolder adds nothing for the root', () => {
    expect(inFolder('.', 'README.md')).toBe('README.md');
    expect(inFolder('docs/specs', 'README.md')).toBe('docs/specs/README.md');
  });

  test('joinFolder normalises, without a trailing slash; `.` for the base itself', () => {
    expect(joinFolder('packages/a', 'tests/')).toBe('packages/a/tests');
    expect(joinFolder('packages/a', '../b')).toBe('packages/b');
    expect(joinFolder('.', '.')).toBe('.');
  });
});

describe('specsFolderProblem', () => {
  test('the root itself cannot hold the specs', () => {
    expect(specsFolderProblem('.', '.', 'docs')).toMatch(/^is "\." \(the root itself\): specs need a folder of their own/);
  });

  test('the docs folder cannot be the specs folder', () => {
    expect(specsFolderProblem('docs', 'docs', 'docs')).toBe('is also docsDir ("docs"): each docs stub would sit among the specs, where lint reports it as a misnamed spec');
  });

  test('a folder of its own is fine', () => {
    expect(specsFolderProblem('docs/specs', 'docs/specs', 'docs')).toBeUndefined();
  });
});
