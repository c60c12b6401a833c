import { execFileSync, spawn } from 'node:child_process';
import { afterAll, describe, expect, test } from '@jest/globals';
import { startCatFile } from '../../src/repo/cat-file.js';
import { GIT_TIMEOUT_MS } from '../../src/repo/run-git.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const realGit = (cwd: string) => spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });

describe('startCatFile', () => {
  test('started early, asked later: the answer is git\'s', async () => {
    const root = tempDir({ git: true });
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'x'], { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' } });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const catFile = startCatFile(root, realGit);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const out = await catFile.ask(`${head}\n`, 1024 * 1024);
    expect(out?.toString('utf8')).toMatch(new RegExp(`^${head} commit \\d+\\n`));
  });

  // The git sleeps 30 s; the test's own limit, well under that, fails it if the lookup waits for git.
  test('a git that never answers is killed at the limit: no answer, and the run goes on', async () => {
    const catFile = startCatFile(tempDir(), () => spawn('sh', ['-c', 'trap "" TERM; sleep 30'], { stdio: ['pipe', 'pipe', 'ignore'] }));
    expect(await catFile.ask('x\n', 1024)).toBeUndefined();
  }, GIT_TIMEOUT_MS + 8000);

  test('more output than allowed is no answer; a missing git is no answer; cancel ends one never asked', async () => {
    const talkative = startCatFile(tempDir(), () => spawn('sh', ['-c', 'head -c 100000 /dev/zero'], { stdio: ['pipe', 'pipe', 'ignore'] }));
    expect(await talkative.ask('', 1000)).toBeUndefined();
    const missing = startCatFile(tempDir(), () => spawn('no-such-git-here', [], { stdio: ['pipe', 'pipe', 'ignore'] }));
    expect(await missing.ask('x\n', 1000)).toBeUndefined();
    const child = spawn('sh', ['-c', 'cat >/dev/null; sleep 30'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const unasked = startCatFile(tempDir(), () => child);
    const closed = new Promise((resolve) => child.on('close', resolve));
    unasked.cancel();
    await expect(closed).resolves.toBeDefined();
  });
});
