import type { PendingSignal } from '../commit/commit-files.js';

/** Everything a command touches outside its arguments, injected so tests pin it. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly now: Date;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly signals: SignalGuard;
}

/**
 * SIGHUP/SIGINT/SIGQUIT/SIGTERM handling. Outside a critical section a signal
 * ends the run at once (nothing has been written). Inside one (the commit) it
 * is only recorded, and the writer rolls back at its next checkpoint. After a
 * critical section completed (the commit point) a signal no longer stops the run.
 */
export interface SignalGuard {
  readonly pending: PendingSignal;
  /** True once a critical section has completed: the files are written, whatever happens next. */
  committed(): boolean;
  critical<T>(work: () => Promise<T>): Promise<T>;
}
