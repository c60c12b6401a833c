/**
 * SIGHUP (a closed terminal, a dropped SSH session) and SIGQUIT (Ctrl-\)
 * stop a run the way SIGINT and SIGTERM do: before the commit point nothing
 * stays written, whatever step the writer was at.
 *
 * Mid-commit cases run tests/fixtures/slow-commit.mjs (the built planner and
 * writer behind the bin's SignalGuard, holding after a chosen step until a
 * signal is recorded) and send it a real signal. Terminal cases run the
 * built bin in a real pseudo-terminal and hang that terminal up.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { killPtys, spawnPty } from '../helpers/pty.js';
import { BIN } from '../helpers/run-bin.js';
import { driver } from '../helpers/slow-commit-driver.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterEach(killPtys);
afterAll(removeTempDirs);

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
