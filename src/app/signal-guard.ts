import { STOP_SIGNALS, type StopSignal } from '../base/errors.js';
import type { PendingSignal } from '../commit/commit-files.js';
import { watchTerminal } from './terminal-hangup.js';

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

/**
 * Installs the process's handlers for the stop signals (see SignalGuard):
 * SIGINT and SIGTERM, and SIGHUP and SIGQUIT, whose default action would end
 * the process mid-commit and leave a partial set for the next run to undo.
 *
 * Given the process's stdin, a terminal hanging up also counts as SIGHUP
 * when stdin's end reports it: the kernel sends SIGHUP and ends stdin
 * together, and a prompt reading stdin sees the end first and crashes on the
 * dead terminal (setRawMode EIO) before the signal is ever handled.
 */
export function installSignalGuard(stderr: NodeJS.WritableStream, stdin?: NodeJS.ReadableStream): SignalGuard {
  let inCritical = false;
  let committed = false;
  let received: StopSignal | undefined;
  const onSignal = (signal: StopSignal): void => {
    if (inCritical) {
      received ??= signal;
      return;
    }
    // After the commit the files are written and the run ends in a moment: let it report success.
    if (committed) return;
    // After a hangup this write can fail (EIO), but its error would only be
    // emitted on a later tick, and exit() comes first.
    stderr.write('\nspecwright: Interrupted: nothing was written.\n');
    process.exit(STOP_SIGNALS[signal]);
  };
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[]) process.on(signal, onSignal);
  if (stdin) {
    const terminal = watchTerminal();
    // Installed before any prompt exists, so this listener runs before the prompt's own.
    stdin.on('end', () => {
      if (terminal.hungUp()) onSignal('SIGHUP');
    });
  }
  return {
    pending: () => received,
    committed: () => committed,
    async critical(work) {
      inCritical = true;
      try {
        const result = await work();
        committed = true;
        return result;
      } finally {
        inCritical = false;
      }
    },
  };
}
