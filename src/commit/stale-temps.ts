import path from 'node:path';
import { SIBLING_FILE } from './journal.js';
import { runMayBeLive } from './recover-runs.js';
import type { WriterFs } from './writer-fs.js';

export interface StaleReport {
  /** Temp files of dead runs, removed (never a target: a second name of one, or a file never linked). */
  readonly removed: readonly string[];
  /** Backups of dead --force runs, kept: each may hold the only copy of a replaced file. */
  readonly backups: readonly string[];
}

/** Whether `target` is the very file a --force run kept a second name of (`placed`). */
async function committedReplacement(fs: WriterFs, target: string, placed: string): Promise<boolean> {
  const [a, b] = await Promise.all([fs.lstat(target).catch(() => undefined), fs.lstat(placed).catch(() => undefined)]);
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
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
    for (const name of names) {
      const match = SIBLING_FILE.exec(name);
      if (!match || (await runMayBeLive(fs, journalDir, match[2]!))) continue;
      const full = path.join(dir, name);
      const shown = path.relative(root, full).split(path.sep).join('/');
      const sibling = (kind: string): string => path.join(dir, `.${match[1]}.specwright-${match[2]}.${kind}`);
      if (match[4] === 'bak') {
        // Its replacement still at the target (the same file as its second name): the run got past its
        // commit point before it died, and the backup is an old version nobody needs back.
        if (await committedReplacement(fs, path.join(dir, match[1]!), sibling('new'))) {
          for (const file of [full, sibling('new')]) if (await fs.unlink(file).then(() => true, () => false)) removed.push(path.relative(root, file).split(path.sep).join('/'));
        } else {
          backups.push(shown);
        }
      } else if (match[4] === 'new' && (await fs.lstat(sibling('bak')).then(() => true, () => false))) {
        // Kept with its backup, the proof of which file is the replacement.
      } else if (await fs.unlink(full).then(() => true, () => false)) {
        removed.push(shown);
      }
    }
  }
  return { removed, backups };
}
