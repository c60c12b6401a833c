/**
 * GIT_DIR in the environment gives another user's repository no way to mark
 * itself safe: specwright reads safe.directory from the user's and the
 * system's git config only, and a GIT_DIR inherited by the git it runs would
 * make git read the repository's own config too.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const isRoot = process.geteuid?.() === 0;
const asRoot = isRoot ? test : test.skip;
const NOBODY = 65534;

const asNobody = (...command: string[]): void => {
  execFileSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command]);
};

asRoot('another user\'s repository whose own config says safe.directory = *, named by GIT_DIR: still refused, nothing written [root: setpriv]', async () => {
  const outer = realpathSync(tempDir());
  chmodSync(outer, 0o1777);
  const shared = path.join(outer, 'team');
  asNobody('git', 'init', '-q', shared);
  asNobody('git', '-C', shared, 'config', 'safe.directory', '*');
  asNobody('chmod', '1777', shared);
  const project = path.join(shared, 'my-project');
  mkdirSync(project);

  const result = await runBin(['new', 'Secret plan', '--owner=Ada', '--json'], { cwd: project, env: { GIT_DIR: path.join(shared, '.git') } });

  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`the repository root ${shared} is owned by user ${NOBODY} (nobody), not by you`);
  expect(existsSync(path.join(shared, 'docs'))).toBe(false);
});
