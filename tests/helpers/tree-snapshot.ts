import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Every path under `root` (except .git) with its kind and contents, so a test
 * can assert that a failed run left the tree byte-for-byte as it was.
 */
export function treeSnapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (dir === root && name === '.git') continue;
      const full = path.join(dir, name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      const info = lstatSync(full);
      if (info.isSymbolicLink()) out[rel] = `link -> ${readlinkSync(full)}`;
      else if (info.isDirectory()) {
        out[`${rel}/`] = 'dir';
        walk(full);
      } else out[rel] = `file ${readFileSync(full).toString('base64')}`;
    }
  };
  walk(root);
  return out;
}
