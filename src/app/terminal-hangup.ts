import { closeSync } from 'node:fs';
import { isatty } from 'node:tty';

export interface TerminalWatch {
  /** True once a terminal the run started on has hung up (a closed window, a dropped SSH session). */
  hungUp(): boolean;
}

/**
 * Notes which of stdin, stdout and stderr are a terminal, and keeps the
 * run's exit code when that terminal hangs up. A hung-up terminal still
 * looks like the same file, but no longer answers as a terminal (isatty is
 * false, its ioctls fail with EIO). Node 20 restores the terminal's mode as
 * the process exits and aborts (SIGABRT) when that fails with EIO, replacing
 * whatever exit code the run decided (nodejs/node#51519, fixed in later
 * Node by #58200); closing a dead terminal's descriptors first makes it
 * skip them. A live terminal is left alone: its mode must be restored.
 */
export function watchTerminal(): TerminalWatch {
  const terminals = [0, 1, 2].filter((fd) => isatty(fd));
  const dead = (): number[] => terminals.filter((fd) => !isatty(fd));
  process.on('exit', () => {
    for (const fd of dead()) {
      try {
        closeSync(fd);
      } catch {
        // Already closed: nothing for Node to restore either.
      }
    }
  });
  return { hungUp: () => dead().length > 0 };
}
