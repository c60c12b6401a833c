import path from 'node:path';
import { namesFor, SIBLING_FILE } from './journal.js';
import { runMayBeLive } from './recover-runs.js';
import { sameFile, shownPath, type WriterFs } from './writer-fs.js';

export interface StaleReport {
  /** Temp files of dead runs, removed (never a target: a second name of one, or a file never linked). */
  readonly removed: readonly string[];
  /** Backups of dead --force or renumber runs, kept: each may hold the only copy of a replaced or removed file. */
  readonly backups: readonly string[];
}

/**
 * A run killed with SIGKILL after its commit point (or whose journal was
 * set aside as damaged) can leave its dot-files behind. The next run removes
 * the stale temps in the folders it writes to and reports backups for a
 * human to look at. A run is stale once its journal is gone and no process
 * holds its lock (recovery has already undone every dead run with a journal).
 */
export async function cleanStaleTemps(fs: WriterFs, root: string, journalDir: string, dirs: readonly string[]): Promise<StaleReport> {
  const removed: string[] = [];
  const backups: string[] = [];
  for (const dir of new Set(dirs)) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    if (!names.some((name) => SIBLING_FILE.test(name))) continue;
    // Which runs have a journal in place or claimed, read AFTER the folder: a run's journal is
    // there before its first temp, so a temp listed above whose journal is missing here is stale.
    const journalEntries = await fs.readdir(journalDir).catch(() => [] as string[]);
    for (const name of names) {
      const match = SIBLING_FILE.exec(name);
      if (!match || (await runMayBeLive(journalEntries, journalDir, match[2]!))) continue;
      const full = path.join(dir, name);
      const target = path.join(dir, match[1]!);
      const run = namesFor(journalDir, match[2]!);
      const lstat = (p: string) => fs.lstat(p).catch(() => undefined);
      if (match[4] === 'bak') {
        // Its replacement still at the target (the same file as its second name): the run got past its
        // commit point before it died, and the backup is an old version nobody needs back.
        if (sameFile(await lstat(target), await lstat(run.placed(target)))) {
          for (const file of [full, run.placed(target)]) if (await fs.unlink(file).then(() => true, () => false)) removed.push(shownPath(root, file));
        } else {
          backups.push(shownPath(root, full));
        }
      } else if (match[4] === 'new' && (await lstat(run.backup(target)))) {
        // Kept with its backup, the proof of which file is the replacement.
      } else if (await fs.unlink(full).then(() => true, () => false)) {
        removed.push(shownPath(root, full));
      }
    }
  }
  return { removed, backups };
}
