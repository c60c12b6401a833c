import { existsSync, lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { readBytes } from '../specs/read-specs-folder.js';

/** A folder's entries with their types (no stat each); none when it is not a folder. */
function entriesOf(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/**
 * Loose refs cost a file read each (some 0.1 ms on a slow disk): past this
 * many, one `git for-each-ref`, in a process of its own that runs while this
 * one goes on, is cheaper. Clones and `git gc` keep refs packed, in one file.
 */
const MAX_LOOSE_REFS = 32;
/** A packed-refs file larger than this (tens of thousands of tags) costs more to read here than asking git. */
const MAX_PACKED_REFS_BYTES = 8 * 1024 * 1024;

/** One of git's files as text; undefined where it is absent or not a regular file (never read through a link). */
function gitText(file: string, max?: number): string | undefined {
  const bytes = readBytes(file, max);
  return typeof bytes === 'string' ? undefined : bytes.toString('utf8');
}

/**
 * The commits at the tips of the local and remote-tracking branches, read
 * from git's own files (loose refs and packed-refs), which costs a fraction
 * of starting a git process. Undefined where the files cannot tell (the
 * reftable format) or where reading them costs more than asking git (many
 * loose refs): the caller then asks git. Reads regular files only, never
 * through a link.
 */
export function branchTipsFromFiles(gitDir: string): string[] | undefined {
  // A worktree's refs live in the main repository's folder.
  const common = gitText(path.join(gitDir, 'commondir'))?.trim();
  const dir = common ? path.resolve(gitDir, common) : gitDir;
  if (existsSync(path.join(dir, 'reftable'))) return undefined;
  const tips = new Map<string, string>();
  const packedFile = path.join(dir, 'packed-refs');
  if ((lstatSync(packedFile, { throwIfNoEntry: false })?.size ?? 0) > MAX_PACKED_REFS_BYTES) return undefined;
  const packed = gitText(packedFile, MAX_PACKED_REFS_BYTES) ?? '';
  for (const line of packed.split('\n')) {
    const [id, name] = line.split(' ');
    if (id && name && OBJECT_ID.test(id) && /^refs\/(heads|remotes)\//.test(name)) tips.set(name, id);
  }
  // Loose refs win over packed ones of the same name; symbolic refs (origin/HEAD) point at a branch already read.
  const loose: [string, string][] = [];
  const list = (folder: string, name: string): boolean => {
    for (const entry of entriesOf(folder)) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!list(file, `${name}/${entry.name}`)) return false;
      } else if (entry.isFile() && loose.push([file, `${name}/${entry.name}`]) > MAX_LOOSE_REFS) return false;
    }
    return true;
  };
  if (!list(path.join(dir, 'refs', 'heads'), 'refs/heads') || !list(path.join(dir, 'refs', 'remotes'), 'refs/remotes')) return undefined;
  for (const [file, name] of loose) {
    const id = gitText(file)?.trim();
    if (id && OBJECT_ID.test(id)) tips.set(name, id);
  }
  return [...new Set(tips.values())];
}
