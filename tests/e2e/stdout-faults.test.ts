/**
 * Invariant 8: exit codes tell the truth whatever happens to stdout. After
 * the commit point the run exits 0 even if its summary cannot be printed;
 * before it (dry runs, help, version) a lost output is a failure, but never
 * a crash: no stack trace, no hang. A failing stderr never crashes either.
 *
 * The faults are real: stdout or stderr is the write end of a pipe whose
 * only reader has exited before node starts (what `specwright new | true`
 * gives when `true` wins the race), or /dev/full (ENOSPC on every write).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BIN } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

/** A run that has not ended after this long is a hang: it is killed and the test fails. */
const HANG_MS = 20000;

const ARGS = ['new', '--name', 'Dark mode', '--owner', 'Ada', '--requirement', 'Follows the OS theme', '--yes'];
const FILES = ['docs/features/dark-mode.md', 'docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.js'];

/** Where a standard stream of the bin goes: a pipe read by the test, a pipe nobody reads any more, or /dev/full. */
type Sink = 'pipe' | 'closed pipe' | 'full';

/**
 * fd 3 becomes a pipe whose reader (`true`) has exited, and `wait` makes sure
 * it has before node starts: every write to it fails with EPIPE, never by
 * luck of timing. fd 4 is /dev/full. Then the bin replaces the shell.
 */
const SHELL = `
exec 3> >(true)
wait $!
exec 4>/dev/full
exec "$@" >&"$OUT_FD" 2>&"$ERR_FD" 3>&- 4>&-
`;
const FD: Record<Sink, string> = { pipe: '', 'closed pipe': '3', full: '4' };

interface Result {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The stack of an uncaught exception, recorded by a preloaded hook: with stderr broken, nothing else would show it. */
  readonly crash: string | undefined;
}

const CRASH_HOOK = fileURLToPath(new URL('../fixtures/record-crash.cjs', import.meta.url));

function runBinInto(args: readonly string[], cwd: string, sinks: { stdout: Sink; stderr?: Sink }): Promise<Result> {
  const stderrSink = sinks.stderr ?? 'pipe';
  const crashFile = path.join(tempDir(), 'crash.txt');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', SHELL, 'bash', process.execPath, '--require', CRASH_HOOK, BIN, ...args], {
      cwd,
      env: { ...process.env, SPECWRIGHT_TODAY: '2026-11-26', OUT_FD: FD[sinks.stdout] || '1', ERR_FD: FD[stderrSink] || '2', SPECWRIGHT_TEST_CRASH_FILE: crashFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, crash: existsSync(crashFile) ? readFileSync(crashFile, 'utf8') : undefined });
    });
  });
}

function repo(): string {
  const root = tempDir({ git: true, prefix: 'specwright-stdout-' });
  writeFileSync(path.join(root, 'README.md'), '# Project\n');
  return root;
}

/** What a clean run of ARGS writes: the three files, whole. */
async function cleanRunTree(): Promise<Record<string, string>> {
  const root = repo();
  const result = await runBinInto(ARGS, root, { stdout: 'pipe' });
  expect(result).toMatchObject({ code: 0, signal: null, stderr: '' });
  return treeSnapshot(root);
}

const files = (tree: Record<string, string>): string[] => Object.keys(tree).filter((p) => !p.endsWith('/') && p !== 'README.md').sort();
const journals = (root: string): string[] => readdirSync(path.join(root, '.git')).filter((name) => name.startsWith('.specwright-'));
/** A Node stack trace or its "Unhandled 'error' event" banner. */
const STACK = /^\s+at |node:events|Unhandled 'error'|Node\.js v\d/m;

describe('after the commit point the exit code is 0, whatever stdout does', () => {
  test.each([
    ['a closed pipe (| true)', [] as string[], 'closed pipe', 'EPIPE'],
    ['/dev/full, with --json', ['--json'], 'full', 'ENOSPC'],
  ] as const)('stdout is %s: exit 0, the three files whole, one line on stderr', async (_what, extra, sink, code) => {
    const expected = await cleanRunTree();
    const root = repo();

    const result = await runBinInto([...ARGS, ...extra], root, { stdout: sink });

    expect({ code: result.code, signal: result.signal }).toEqual({ code: 0, signal: null });
    const tree = treeSnapshot(root);
    expect(files(tree)).toEqual(FILES);
    for (const file of FILES) expect(tree[file]).toBe(expected[file]);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).toBe(`specwright: the files were written, but the result could not be printed (${code}).\n`);
    expect(journals(root)).toEqual([]);
  });

  test.each([
    ['closed pipe', 'closed pipe'],
    ['full', 'full'],
    ['closed pipe', 'full'],
  ] as const)('stdout a %s and stderr a %s too: still exit 0 with the files written', async (stdout, stderr) => {
    const root = repo();

    const result = await runBinInto(ARGS, root, { stdout, stderr });

    expect({ code: result.code, signal: result.signal, crash: result.crash }).toEqual({ code: 0, signal: null, crash: undefined });
    expect(files(treeSnapshot(root))).toEqual(FILES);
  });
});

describe('before the commit point nothing was written: a lost output exits non-zero, without a stack or a hang', () => {
  test('--dry-run into /dev/full: exit 1, one line, nothing written', async () => {
    const root = repo();
    const before = treeSnapshot(root);

    const result = await runBinInto([...ARGS, '--dry-run'], root, { stdout: 'full' });

    expect({ code: result.code, signal: result.signal }).toEqual({ code: 1, signal: null });
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).toBe('specwright: the output could not be printed (ENOSPC); no file was written.\n');
    expect(treeSnapshot(root)).toEqual(before);
    expect(journals(root)).toEqual([]);
  });

  test.each([[['--help']], [['--version']], [['new', '--help']], [['help', 'new']]])('%j into a closed pipe: exit 1, one line', async (args) => {
    const root = repo();

    const result = await runBinInto(args, root, { stdout: 'closed pipe' });

    expect({ code: result.code, signal: result.signal }).toEqual({ code: 1, signal: null });
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).toBe('specwright: the output could not be printed (EPIPE); no file was written.\n');
  });
});

describe('a failing stderr never crashes the run', () => {
  test.each([['closed pipe'], ['full']] as const)('a usage error with stderr a %s still exits 2', async (stderr) => {
    const root = repo();
    const result = await runBinInto(['nwe'], root, { stdout: 'pipe', stderr });
    expect({ code: result.code, signal: result.signal, crash: result.crash }).toEqual({ code: 2, signal: null, crash: undefined });
  });

  test('a conflict with stderr a closed pipe exits 1 and changes nothing', async () => {
    const root = repo();
    expect((await runBinInto(ARGS, root, { stdout: 'pipe' })).code).toBe(0);
    const before = treeSnapshot(root);
    const result = await runBinInto(ARGS, root, { stdout: 'pipe', stderr: 'closed pipe' });
    expect({ code: result.code, signal: result.signal, crash: result.crash }).toEqual({ code: 1, signal: null, crash: undefined });
    expect(treeSnapshot(root)).toEqual(before);
  });
});
