/**
 * What the branch lookup tells the user when git gives no answer comes from
 * here: each way git can fail, built for real, gives its own reason; and a
 * GIT_DIR in our environment never reaches the git we run.
 */
import { spawn } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { startCatFile } from '../../src/repo/cat-file.js';
import { GIT_TIMEOUT_MS, gitOutput } from '../../src/repo/run-git.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const saved = { PATH: process.env.PATH, GIT_DIR: process.env.GIT_DIR };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.GIT_DIR === undefined) delete process.env.GIT_DIR;
  else process.env.GIT_DIR = saved.GIT_DIR;
});

describe('gitOutput: an answer, or why there is none', () => {
  test('git\'s stdout; a failing command by its exit code; too much output by the limit', async () => {
    const root = tempDir({ git: true });
    expect((await gitOutput(root, ['rev-parse', '--is-inside-work-tree'])).out?.toString()).toBe('true\n');
    expect(await gitOutput(root, ['rev-parse', '--verify', '--quiet', 'no-such-ref'])).toEqual({ why: '`git rev-parse` failed (exit 1)' });
    expect(await gitOutput(root, ['--version'], { maxBytes: 3 })).toEqual({ why: "git's answer was over 3 bytes" });
  });

  test('no git on PATH: not installed', async () => {
    process.env.PATH = tempDir();
    expect(await gitOutput(tempDir(), ['--version'])).toEqual({ why: 'git is not installed' });
  });

  // The fake git sleeps 30 s; the test's own limit, well under that, fails it if gitOutput waits for git.
  test('a git that does not answer: killed at the limit, and said so', async () => {
    const bin = tempDir();
    writeFileSync(path.join(bin, 'git'), '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    process.env.PATH = `${bin}${path.delimiter}${saved.PATH ?? ''}`;
    expect(await gitOutput(tempDir(), ['for-each-ref'])).toEqual({ why: `git did not answer within ${GIT_TIMEOUT_MS / 1000} seconds` });
  }, GIT_TIMEOUT_MS + 8000);

  test('GIT_DIR in our environment is not passed on: git answers about the repository it was pointed at', async () => {
    const root = realpathSync(tempDir({ git: true }));
    const other = realpathSync(tempDir({ git: true }));
    process.env.GIT_DIR = path.join(other, '.git');
    expect((await gitOutput(root, ['rev-parse', '--absolute-git-dir'])).out?.toString().trim()).toBe(path.join(root, '.git'));
    expect((await gitOutput('/', ['rev-parse', '--absolute-git-dir'], { repository: { root, gitDir: path.join(root, '.git') } })).out?.toString().trim()).toBe(path.join(root, '.git'));
  });
});

describe('cat-file: why it gave no answer', () => {
  test('too much output, a missing git, a git that does not answer', async () => {
    const talkative = startCatFile(tempDir(), () => spawn('sh', ['-c', 'head -c 100000 /dev/zero'], { stdio: ['pipe', 'pipe', 'ignore'] }));
    expect(await talkative.ask('', 1000)).toBeUndefined();
    expect(talkative.whyNoAnswer()).toBe("git's answer was over 1000 bytes");
    const missing = startCatFile(tempDir(), () => spawn('no-such-git-here', [], { stdio: ['pipe', 'pipe', 'ignore'] }));
    expect(await missing.ask('x\n', 1000)).toBeUndefined();
    expect(missing.whyNoAnswer()).toBe('git is not installed');
    const stuck = startCatFile(tempDir(), () => spawn('sh', ['-c', 'exec sleep 30'], { stdio: ['pipe', 'pipe', 'ignore'] }));
    expect(await stuck.ask('x\n', 1000)).toBeUndefined();
    expect(stuck.whyNoAnswer()).toBe(`git did not answer within ${GIT_TIMEOUT_MS / 1000} seconds`);
  }, GIT_TIMEOUT_MS + 8000);
});
