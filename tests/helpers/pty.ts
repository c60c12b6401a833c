import pty from 'node-pty';

/** CSI (colours, cursor moves), OSC (titles) and the two-byte escapes a prompt library writes. */
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;

/** The text a terminal shows, without escape codes or carriage returns. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '').replace(/\r/g, '');
}

export interface PtyExit {
  readonly exitCode: number;
  readonly signal: number | undefined;
}

export interface PtySession {
  /** The program's process id (to watch it in /proc). */
  readonly pid: number;
  /** Everything the program wrote so far, escape codes stripped. */
  output(): string;
  /**
   * Waits until the output written since the last `type` (or since the start)
   * matches `pattern`, and returns that output. Rejects after `timeoutMs`
   * with the screen text, or at once if the program exits first.
   */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends keys (`\r` is Enter, `\x03` is Ctrl-C); later `waitFor`s look only at what follows. */
  type(keys: string): void;
  /** Resolves when the program has exited (rejects after `timeoutMs`). */
  exit(timeoutMs?: number): Promise<PtyExit>;
  /** Sends `signal` to the program; its terminal stays open. */
  signal(signal: NodeJS.Signals): void;
  /**
   * Closes the terminal, as closing its window or dropping an SSH session
   * does: the kernel hangs it up (SIGHUP to the program, end of input, EIO
   * on every later use of it).
   */
  hangUp(): void;
  kill(): void;
}

const live = new Set<{ session: PtySession; done: Promise<PtyExit> }>();

export interface PtyOptions {
  readonly cwd: string;
  /** Added to the inherited environment; a key set to undefined is removed. */
  readonly env?: NodeJS.ProcessEnv;
  /** The terminal's width (300 unless given: wide enough that nothing wraps). */
  readonly cols?: number;
}

/**
 * Runs `file args` in a real pseudo-terminal (stdin and stdout are TTYs), as a
 * user at a terminal would. Wide enough that prompts and messages never wrap.
 */
export function spawnPty(file: string, args: readonly string[], options: PtyOptions): PtySession {
  // What jest sets for itself (NODE_ENV=test changes how plop reports progress) is not the user's environment.
  const { NODE_ENV: _nodeEnv, JEST_WORKER_ID: _worker, ...inherited } = process.env;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...inherited, TERM: 'xterm-256color', ...options.env })) {
    if (value !== undefined) env[key] = value;
  }
  const child = pty.spawn(file, [...args], { name: 'xterm-256color', cols: options.cols ?? 300, rows: 50, cwd: options.cwd, env });
  let raw = '';
  let mark = 0;
  let exited: PtyExit | undefined;
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  child.onData((data) => {
    raw += data;
    notify();
  });
  const done = new Promise<PtyExit>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      exited = { exitCode, signal: signal || undefined };
      resolve(exited);
      notify();
    });
  });

  const session: PtySession = {
    pid: child.pid,
    output: () => stripAnsi(raw),
    waitFor(pattern, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const since = mark;
        const check = (): boolean => {
          const text = stripAnsi(raw.slice(since));
          if (pattern.test(text)) {
            finish();
            resolve(text);
            return true;
          }
          if (exited) {
            finish();
            reject(new Error(`program exited (${JSON.stringify(exited)}) before showing ${pattern}; screen:\n${stripAnsi(raw)}`));
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}; screen since last input:\n${stripAnsi(raw.slice(since))}`));
        }, timeoutMs);
        const listener = (): void => void check();
        const finish = (): void => {
          clearTimeout(timer);
          listeners.delete(listener);
        };
        if (!check()) listeners.add(listener);
      });
    },
    type(keys) {
      mark = raw.length;
      child.write(keys);
    },
    exit(timeoutMs = 15000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`program did not exit within ${timeoutMs} ms; screen:\n${stripAnsi(raw)}`)), timeoutMs);
      });
      return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    },
    signal(signal) {
      if (!exited) child.kill(signal);
    },
    hangUp() {
      // destroy() closes our (master) side of the terminal; node-pty has it on
      // every platform's terminal but leaves it out of its typings.
      if (!exited) (child as pty.IPty & { destroy(): void }).destroy();
    },
    kill() {
      if (!exited) child.kill('SIGKILL');
    },
  };
  const entry = { session, done };
  live.add(entry);
  void done.then(() => live.delete(entry));
  return session;
}

/** Kills every program still running in a pseudo-terminal and waits for it (call from afterEach). */
export async function killPtys(): Promise<void> {
  const running = [...live];
  for (const { session } of running) session.kill();
  await Promise.all(running.map(({ done }) => done));
}
