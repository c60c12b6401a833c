import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { UnsafeRootError } from '../../src/base/errors.js';
import { findRepo } from '../../src/repo/find-root.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** A work tree with no .git, and its git folder elsewhere (`git --git-dir=… --work-tree=…`). */
function separated(): { workTree: string; gitDir: string } {
  const workTree = realpathSync(tempDir());
  const gitDir = path.join(realpathSync(tempDir()), 'repo.git');
  execFileSync('git', ['init', '-q', '--bare', gitDir]);
  return { workTree, gitDir };
}

describe('findRepo with GIT_DIR and GIT_WORK_TREE', () => {
  test('unset, or naming the repository around the folder: that repository', () => {
    const root = realpathSync(tempDir({ git: true }));
    mkdirSync(path.join(root, 'app'));
    const found = { root, gitDir: path.join(root, '.git') };
    expect(findRepo(path.join(root, 'app'), {})).toEqual(found);
    expect(findRepo(path.join(root, 'app'), { GIT_DIR: path.join(root, '.git') })).toEqual(found);
    expect(findRepo(root, { GIT_DIR: '.git', GIT_WORK_TREE: '.' })).toEqual(found);
    expect(findRepo(path.join(root, 'app'), { GIT_WORK_TREE: root })).toEqual(found);
  });

  test('a separated git folder with its work tree: both, from anywhere in the work tree', () => {
    const { workTree, gitDir } = separated();
    mkdirSync(path.join(workTree, 'docs'));
    expect(findRepo(path.join(workTree, 'docs'), { GIT_DIR: gitDir, GIT_WORK_TREE: workTree })).toEqual({ root: workTree, gitDir });
  });

  test.each([
    ['GIT_DIR that is no git folder', (dir: string) => ({ GIT_DIR: dir }), /^GIT_DIR is .*, which is not a git folder$/],
    ['GIT_DIR without GIT_WORK_TREE, outside any work tree', (_dir: string, gitDir: string) => ({ GIT_DIR: gitDir }), /^GIT_DIR is .*, but GIT_WORK_TREE is not set and .* is in no work tree of it$/],
    ['a folder outside GIT_WORK_TREE', (_dir: string, gitDir: string) => ({ GIT_DIR: gitDir, GIT_WORK_TREE: separated().workTree }), /is outside GIT_WORK_TREE/],
  ])('refused, exit 2: %s', (_name, envFor, message) => {
    const { workTree, gitDir } = separated();
    let error: unknown;
    try {
      findRepo(workTree, envFor(workTree, gitDir));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UnsafeRootError);
    expect((error as UnsafeRootError).message).toMatch(message);
    expect((error as UnsafeRootError).exitCode).toBe(2);
    expect((error as UnsafeRootError).hint).toMatch(/unset GIT_DIR and GIT_WORK_TREE/i);
  });
});
