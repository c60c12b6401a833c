/**
 * The owner lookup asks `git config user.name`, and the number lookup reads
 * the other branches' specs, each with a 2 s limit. A git that
 * ignores SIGTERM, and leaves a child holding its output pipe, must not hold
 * the run past that limit: the run goes on with the documented fallback,
 * the OS user name.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

/** The stuck git sleeps this long; a run that waits for it is a failure. */
const GIT_SLEEPS_S = 30;

const bin = tempDir({ prefix: 'specwright-stuck-git-' });
const sleepPid = path.join(bin, 'sleep.pid');
// Ignores TERM (as does its child, which inherits the ignored disposition) and
// sleeps in a child that keeps git's stdout open. The child's pid is written
// down so the test can end it: nothing else would until it wakes.
writeFileSync(path.join(bin, 'git'), `#!/bin/sh\ntrap '' TERM\nsleep ${GIT_SLEEPS_S} &\necho $! >> '${sleepPid}'\nwait $!\n`, { mode: 0o755 });

afterAll(() => {
  // Every git the run started (the owner and the branch lookups) left one.
  const pids = (() => {
    try {
      return readFileSync(sleepPid, 'utf8').split('\n').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(sleepPid, { force: true });
  removeTempDirs();
});

test('a git that ignores SIGTERM: the run ends soon after the 2 s limit, the owner is the OS user', async () => {
  const root = tempDir({ git: true });

  // No --owner: the owner is asked of git, the first git on PATH.
  const result = await runBin(['new', '--name', 'X', '--yes'], {
    cwd: root,
    env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
    // Killed (code null) if it waits for the stuck git.
    timeoutMs: (GIT_SLEEPS_S - 10) * 1000,
  });

  expect({ code: result.code, signal: result.signal, stderr: result.stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toMatch(new RegExp(`Owner: ${userInfo().username}\\n$`));
}, GIT_SLEEPS_S * 1000 + 10000);
