/**
 * SIGHUP (a closed terminal, a dropped SSH session) and SIGQUIT (Ctrl-\)
 * stop a run the way SIGINT and SIGTERM do: before the commit point nothing
 * stays written, whatever step the writer was at.
 *
 * Mid-commit cases run tests/fixtures/slow-commit.mjs (the built planner and
 * writer behind the bin's SignalGuard, holding after a chosen step until a
 * signal is recorded) and send it a real signal. One case sends the signal
 * to the built bin itself, held mid-write by a real condition: the file
 * system its files go to is frozen (fsfreeze, as LVM and VM snapshot tools
 * do), so the bin waits in the kernel after its journal is written. Terminal
 * cases run the built bin in a real pseudo-terminal and hang that terminal up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { killPtys, spawnPty } from '../helpers/pty.js';
import { BIN } from '../helpers/run-bin.js';
import { driver, follow } from '../helpers/slow-commit-driver.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterEach(killPtys);

/** Loop mounts made here: thawed (a frozen one cannot be unmounted) and unmounted before the temp folders go. */
const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted.splice(0).reverse()) {
    try {
      execFileSync('fsfreeze', ['-u', dir], { stdio: 'ignore' });
    } catch {
      // Not frozen: the test thawed it.
    }
    execFileSync('umount', [dir]);
  }
  removeTempDirs();
});
const asRoot = process.geteuid?.() === 0 ? test : test.skip;

/** Whether a loop device can be had (a container without /dev/loop-control has none; the test then says it was skipped). */
function loopDeviceFree(): boolean {
  try {
    execFileSync('losetup', ['-f'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const withLoopDevice = process.geteuid?.() === 0 && loopDeviceFree() ? test : test.skip;

const SLUG = 'slow-commit';
const SPEC = `docs/specs/0001-${SLUG}.md`;

function repo(): string {
  const root = tempDir({ git: true, prefix: 'specwright-signals-' });
  writeFileSync(path.join(root, 'README.md'), '# Project\n');
  return root;
}

/** The writer's journals (`.specwright-<pid>-<hex>.journal`, or one being written) in .git. */
const journals = (root: string): string[] => readdirSync(path.join(root, '.git')).filter((name) => /^\.specwright-.*\.journal(\.tmp)?$/.test(name));

describe('SIGHUP and SIGQUIT during the commit roll back everything', () => {
  test.each([
    ['SIGHUP', 129, 'temp .git/.specwright-'],
    ['SIGHUP', 129, `temp docs/specs/.0001-${SLUG}.md`],
    ['SIGHUP', 129, `linked ${SPEC}`],
    ['SIGQUIT', 131, 'temp .git/.specwright-'],
    ['SIGQUIT', 131, `temp docs/specs/.0001-${SLUG}.md`],
    ['SIGQUIT', 131, `linked ${SPEC}`],
  ] as const)('%s: exit %i, the tree byte-for-byte as before, no journal left (signal after "%s")', async (signal, exitCode, after) => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = driver({ root, hold: { after, until: 'signal' } });

    const line = await run.line(/^holding after /);
    expect(line.startsWith(`holding after ${after}`)).toBe(true);
    // Something of this run is really on disk when the signal arrives.
    if (after.startsWith('linked ')) expect(existsSync(path.join(root, SPEC))).toBe(true);
    expect(journals(root)).toHaveLength(1);
    run.kill(signal);
    const { code, signal: killedBy, stdout, stderr } = await run.exit;

    // Handled (an exit code), not the signal's default action (killed, or a core dump for SIGQUIT).
    expect({ code, killedBy }).toEqual({ code: exitCode, killedBy: null });
    expect(stdout).not.toContain('committed');
    expect(stderr).toBe('specwright: Interrupted: nothing was written.\n');
    expect(treeSnapshot(root)).toEqual(before);
    expect(journals(root)).toEqual([]);
  });
});

describe('a terminal that hangs up during the interview', () => {
  /** The interview in a real terminal, stopped at its third question (answers are held in memory only). */
  async function atRequirements(root: string) {
    const run = spawnPty(process.execPath, [BIN, 'new', '--owner', 'Ada'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
    await run.waitFor(/Feature name:/);
    run.type('Dark mode\r');
    await run.waitFor(/Purpose, in one line/);
    run.type('Read at night\r');
    await run.waitFor(/Functional requirement FR-1/);
    return run;
  }

  test('the terminal closed (its SIGHUP and the end of stdin): exit 129, no crash, nothing written', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = await atRequirements(root);

    run.hangUp();

    // Not a crash: Node 20 would abort (SIGABRT) restoring the dead terminal's mode, or die on its EIO.
    expect(await run.exit()).toEqual({ exitCode: 129, signal: undefined });
    expect(treeSnapshot(root)).toEqual(before);
    expect(journals(root)).toEqual([]);
  });

  test('a SIGHUP while the terminal stays open: exit 129, the message shown, nothing written', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = await atRequirements(root);

    run.signal('SIGHUP');

    expect(await run.exit()).toEqual({ exitCode: 129, signal: undefined });
    expect(run.output()).toContain('specwright: Interrupted: nothing was written.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a SIGQUIT at a prompt: exit 131, nothing written', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = await atRequirements(root);

    run.signal('SIGQUIT');

    expect(await run.exit()).toEqual({ exitCode: 131, signal: undefined });
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('a signal to the bin itself, mid-write', () => {
  /** Whether one of the process's threads waits in the kernel (state D), as a write to a frozen file system does. */
  function waitsInKernel(pid: number): boolean {
    try {
      return readdirSync(`/proc/${pid}/task`).some((task) => {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        // The command name (field 2) may hold spaces: the state follows the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).startsWith('D');
      });
    } catch {
      return false; // exited
    }
  }

  /** Polls until `condition` has held for `steadyMs` (a disk write's own brief waits do not count). */
  async function until(what: string, condition: () => boolean, steadyMs = 0): Promise<void> {
    const deadline = Date.now() + 15000;
    let since: number | undefined;
    for (;;) {
      since = condition() ? (since ?? Date.now()) : undefined;
      if (since !== undefined && Date.now() - since >= steadyMs) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await sleep(20);
    }
  }

  withLoopDevice('SIGHUP while the bin waits on a frozen file system after writing its journal: exit 129, the tree as before, no journal [root and a free loop device: loop mount, fsfreeze]', async () => {
    const root = repo();
    // docs/ is a file system of its own (ext4 on a loop device). The journal and the lock go to
    // .git, which stays writable; once docs/ is frozen, the bin's first write there waits.
    const image = path.join(tempDir({ prefix: 'specwright-image-' }), 'docs.ext4');
    execFileSync('truncate', ['-s', '8M', image]);
    execFileSync('mkfs.ext4', ['-q', '-F', image]);
    const docs = path.join(root, 'docs');
    mkdirSync(docs);
    execFileSync('mount', ['-o', 'loop,noatime', image, docs]);
    mounted.push(docs);
    const before = treeSnapshot(root);

    execFileSync('fsfreeze', ['-f', docs]);
    const run = follow(process.execPath, [BIN, 'new', '--name=Slow commit', '--owner=Ada', '--requirement=Survives a signal'], { cwd: root });
    try {
      const journal = (): string[] => journals(root).filter((name) => name.startsWith(`.specwright-${run.pid}-`) && name.endsWith('.journal'));
      await until('the bin has its journal in place and waits on the frozen docs/', () => journal().length === 1 && waitsInKernel(run.pid), 200);
      run.kill('SIGHUP');
      // It cannot act on the signal until the write returns: still waiting, its journal still there.
      await sleep(300);
      expect(waitsInKernel(run.pid)).toBe(true);
      expect(journal()).toHaveLength(1);
    } finally {
      execFileSync('fsfreeze', ['-u', docs]);
    }
    const { code, signal, stdout, stderr } = await run.exit;

    // Handled once the write returned: everything undone, the signal's exit code.
    expect({ code, signal }).toEqual({ code: 129, signal: null });
    expect(stdout).toBe('');
    expect(stderr).toBe('specwright: Interrupted: nothing was written.\n');
    expect(treeSnapshot(root)).toEqual(before);
    expect(journals(root)).toEqual([]);
  }, 30000);
});
