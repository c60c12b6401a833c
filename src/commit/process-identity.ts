import { readFileSync } from 'node:fs';

/**
 * When the process `pid` started, in clock ticks since boot (field 22 of
 * /proc/<pid>/stat), or undefined where there is no /proc or no such process.
 * A pid alone does not name a process: pids are reused, and in every fresh
 * container the first run is pid 2 again.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or ')': count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that recorded (pid, started) may still run, for runs
 * that could hold no lock (run-lock.ts). Our own pid is not another live run
 * of this pid namespace (this process has no journal yet when it looks); in
 * another namespace it may be, which is why the lock comes first. With a
 * start time and /proc, the pid must still name a process that started then;
 * without, any process with that pid counts (EPERM means it exists but is
 * another user's).
 */
export function mayStillRun(pid: number, started: string | null): boolean {
  if (pid === process.pid) return false;
  if (started !== null) {
    const now = processStartTime(pid);
    if (now !== undefined || processStartTime(process.pid) !== undefined) return now === started;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
