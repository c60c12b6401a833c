/**
 * Runs tests/fixtures/slow-commit.mjs (the BUILT planner and writer behind
 * the bin's SignalGuard, with a file system that reports each step and can
 * hold after one) and follows its stdout line by line, so a test can act in
 * the middle of a commit: send a real signal, kill it, plant something.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DRIVER = fileURLToPath(new URL('../fixtures/slow-commit.mjs', import.meta.url));
/** A run that has not ended after this long is a hang: it is killed and the test fails. */
export const HANG_MS = 20000;

export interface DriverOptions {
  readonly root: string;
  readonly name?: string;
  /**
   * Hold after each step whose line starts with `after` and, when given, matches `matching`
   * (a regular expression's source: `'\\.bak$'` is the backup link, not the second-name link
   * before it, whose line starts the same).
   */
  readonly hold?: { readonly after: string; readonly matching?: string; readonly until: 'signal' | 'killed' | 'sigkill' | 'stdin' };
  readonly force?: boolean;
  readonly plant?: { readonly after: string; readonly kind: 'dir' | 'file' | 'move'; readonly path: string };
  /** Renumber this spec (`renumber <spec> [--to]`) instead of writing a new one. */
  readonly renumber?: string;
  readonly to?: string;
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Running {
  readonly pid: number;
  /** Resolves with the first stdout line matching, once it is printed. */
  line(match: RegExp): Promise<string>;
  kill(signal: NodeJS.Signals): void;
  /** Writes to its stdin (started with stdin 'open'). */
  send(text: string): void;
  readonly exit: Promise<Exit>;
}

interface StartOptions {
  readonly cwd?: string;
  readonly stdin?: 'open' | 'closed';
}

/** Spawns `node <script> ...args` and follows its stdout line by line; killed with SIGKILL if it hangs. */
export function start(script: string, args: readonly string[], options: StartOptions = {}): Running {
  return follow(process.execPath, [script, ...args], options);
}

/** Spawns any command (`unshare … node …`) and follows its stdout line by line; killed with SIGKILL if it hangs. */
export function follow(command: string, args: readonly string[], options: StartOptions = {}): Running {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, SPECWRIGHT_TODAY: '2026-11-26' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (options.stdin !== 'open') child.stdin.end();
  let stdout = '';
  let stderr = '';
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  const check = (): void => {
    const lines = stdout.split('\n').slice(0, -1);
    for (const waiter of [...waiters]) {
      const found = lines.find((l) => waiter.match.test(l));
      if (found !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(found);
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    check();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
  const exit = new Promise<Exit>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      for (const waiter of waiters.splice(0)) waiter.resolve(`(exited before a line matched ${waiter.match})`);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    pid: child.pid!,
    line: (match) =>
      new Promise((resolve) => {
        waiters.push({ match, resolve });
        check();
      }),
    kill: (signal) => child.kill(signal),
    send: (text) => child.stdin.write(text),
    exit,
  };
}

export const driver = (options: DriverOptions): Running => start(DRIVER, [JSON.stringify({ name: 'Slow commit', ...options })]);
