import path from 'node:path';
import { MARKER } from './journal.js';
import { isProcessAlive } from './process-alive.js';
import type { WriterFs } from './writer-fs.js';

const OWN_FILE = new RegExp(`^\\.(.+)${MARKER.replace(/\./g, '\\.')}(\\d+)-[0-9a-f]{8}\\.(tmp|bak)$`);


export interface StaleReport {
  /** Temp files of dead runs, removed (they never were a target). */
  readonly removed: readonly string[];
  /** Backups of dead --force runs, kept: each may hold the only copy of a replaced file. */
  readonly backups: readonly string[];
}

/**
 * A run killed with SIGKILL can leave its dot-files behind (never a partial
 * target). The next run removes the stale temps it owns in the folders it
 * writes to and reports backups for a human to look at.
 */
export async function cleanStaleTemps(fs: WriterFs, root: string, dirs: readonly string[]): Promise<StaleReport> {
  const removed: string[] = [];
  const backups: string[] = [];
  for (const dir of new Set(dirs)) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = OWN_FILE.exec(name);
      if (!match || isProcessAlive(Number(match[2]))) continue;
      const full = path.join(dir, name);
      const shown = path.relative(root, full).split(path.sep).join('/');
      if (match[3] === 'bak') {
        backups.push(shown);
      } else if (await fs.unlink(full).then(() => true, () => false)) {
        removed.push(shown);
      }
    }
  }
  return { removed, backups };
}
