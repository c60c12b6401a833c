import type { SignalGuard } from './io.js';

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof EXIT_CODES;

/** Installs the process's SIGINT/SIGTERM handlers (see SignalGuard). */
export function installSignalGuard(stderr: NodeJS.WritableStream): SignalGuard {
  let inCritical = false;
  let committed = false;
  let received: Signal | undefined;
  const onSignal = (signal: Signal): void => {
    if (inCritical) {
      received ??= signal;
      return;
    }
    // After the commit the files are written and the run ends in a moment: let it report success.
    if (committed) return;
    stderr.write('\nspecwright: Interrupted: nothing was written.\n');
    process.exit(EXIT_CODES[signal]);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    pending: () => received,
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
