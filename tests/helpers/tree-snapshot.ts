import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import path from 'node:path';

/** What one entry is: a FIFO or socket is recorded by kind (reading a FIFO would block). */
function describeEntry(full: string, info: Stats): string {
  if (info.isSymbolicLink()) return `link -> ${readlinkSync(full)}`;
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  return `file ${readFileSync(full).toString('base64')}`;
}

/**
 * Every path under `root` with its kind and contents, so a test can assert
 * that a failed run left the tree byte-for-byte as it was. Inside `.git`,
 * which git itself changes, only specwright's own entries count (journals,
 * locks, wherever they are: `.git/`, `.git/worktrees/<name>/`), so a journal
 * left behind by a failed or interrupted run is seen too.
 */
export function treeSnapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, inGit: boolean): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      const info = lstatSync(full);
      const gitFolder = dir === root && name === '.git';
      if (info.isDirectory() && !info.isSymbolicLink()) {
        if (inGit && name === 'objects') continue;
        if (!inGit && !gitFolder) out[`${rel}/`] = 'dir';
        walk(full, inGit || gitFolder);
      } else if (!inGit || name.includes('specwright')) {
        out[rel] = describeEntry(full, info);
      }
    }
  };
  walk(root, false);
  return out;
}
