import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { afterAll, describe, expect, test } from '@jest/globals';
import { isUsableOwner } from '../../src/answers/validate-answers.js';
import { defaultOwner } from '../../src/app/default-owner.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function repoWithUser(name: string): string {
  const root = tempDir({ git: true });
  execFileSync('git', ['config', 'user.name', name], { cwd: root });
  return root;
}

describe('defaultOwner', () => {
  test('is git config user.name', async () => {
    await expect(defaultOwner(repoWithUser('Ada Lovelace'), isUsableOwner)).resolves.toBe('Ada Lovelace');
  });

  test('falls back to the OS user name when the git name is not a valid owner', async () => {
    await expect(defaultOwner(repoWithUser('N'.repeat(60)), isUsableOwner)).resolves.toBe(userInfo().username);
  });

  test('is empty when no candidate is usable', async () => {
    await expect(defaultOwner(repoWithUser('Ada'), () => false)).resolves.toBe('');
  });
});
