/** The paths `lint` is given, from where the user stands, to the root: outside or missing ones exit 2. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { lintPaths } from '../../src/app/lint-paths.js';
import { tempDir, removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function tree(): { root: string; cwd: string } {
  const root = tempDir();
  mkdirSync(path.join(root, 'packages/web'), { recursive: true });
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(root, 'docs/specs/0001-a.md'), '# A\n');
  return { root, cwd: path.join(root, 'packages/web') };
}

test('each path, typed from where the user stands, relative to the root with forward slashes', () => {
  const { root, cwd } = tree();
  expect(lintPaths({ root, cwd }, ['../../docs/specs/0001-a.md', '../../docs', '.'])).toEqual(['docs/specs/0001-a.md', 'docs', 'packages/web']);
});

test('a path outside the root, or one that does not exist, exits 2 naming it as typed', () => {
  const { root, cwd } = tree();
  expect(() => lintPaths({ root, cwd }, ['../../..'])).toThrow(expect.objectContaining({ exitCode: 2, message: `../../.. is outside the project (${root})` }));
  expect(() => lintPaths({ root, cwd }, ['../../docs/specs/0002-b.md'])).toThrow(expect.objectContaining({ exitCode: 2, message: '../../docs/specs/0002-b.md does not exist' }));
});
