import path from 'node:path';
import { ConflictError, UsageError, WriteError } from '../base/errors.js';
import type { RenderedFile } from './file-to-write.js';
import { isPlainName } from '../base/folder-rule.js';
import { writeErrorFor } from '../base/fs-error-message.js';
import { replaceRefusal } from './replace-permission.js';
import type { FileStamp, Owner, WriterFs } from './writer-fs.js';

export interface FileWrite {
  readonly relativePath: string;
  readonly absolutePath: string;
  readonly contents: string;
  /** Folders to create first, outermost first. */
  readonly missingDirs: readonly string[];
  /** True when --force replaces an existing regular file. */
  readonly replaces: boolean;
  /** True when the file is removed (renumber's old name); `contents` are then its current contents. */
  readonly removes?: boolean;
  /** The replaced file's permission bits, kept by its replacement. */
  readonly mode?: number;
  /** The replaced file's owner and group, kept by its replacement. */
  readonly owner?: Owner;
  /** For a replacement: the text the file must still hold when it is replaced (what the command read). */
  readonly before?: string;
  /**
   * For a replacement the command did not read (`--force`): the file's stamp
   * when the checks ran, which it must still have when it is replaced.
   */
  readonly stamp?: FileStamp;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Invariant 1 by construction: relative, no `..`, never into .git, plain names only. */
function components(relativePath: string): string[] {
  const parts = relativePath.split('/');
  if (path.isAbsolute(relativePath) || !parts.every(isPlainName)) {
    throw new WriteError(`refusing the unsafe path ${JSON.stringify(relativePath)}`);
  }
  return parts;
}

/**
 * Checks one planned file against the disk, component by component from the
 * root: no symbolic link anywhere, folders where folders must be, and an
 * existing target only with --force, and only a regular file. Reads only.
 */
async function checkFile(
  fs: WriterFs,
  root: string,
  file: RenderedFile,
  force: boolean,
  conflicts: string[],
  removes = false,
): Promise<FileWrite | undefined> {
  const parts = components(file.path);
  const missingDirs: string[] = [];
  let current = root;
  for (const [index, part] of parts.entries()) {
    current = path.join(current, part);
    const shown = parts.slice(0, index + 1).join('/');
    const isTarget = index === parts.length - 1;
    if (missingDirs.length > 0) {
      if (!isTarget) missingDirs.push(current);
      continue;
    }
    const info = await fs.lstat(current).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw writeErrorFor(error, shown, 'read');
    });
    if (!info) {
      if (removes) throw new WriteError(`${file.path} is gone; nothing was written. Run again.`);
      if (!isTarget) missingDirs.push(current);
      continue;
    }
    if (info.isSymbolicLink()) {
      throw new WriteError(`${shown} is a symbolic link; specwright never writes through links. Replace it with a real ${isTarget ? 'file' : 'folder'} or remove it.`);
    }
    if (!isTarget && !info.isDirectory()) {
      throw new WriteError(`${shown} is a file where a folder must go (for ${file.path}). Move it away and run again.`);
    }
    if (isTarget) {
      if (info.isDirectory()) {
        throw new WriteError(`${shown} is a folder where a file must go; specwright never replaces a folder. Move it away and run again.`);
      }
      if (!info.isFile()) throw new WriteError(`${shown} exists and is not a regular file; move it away and run again.`);
      if (removes) return { relativePath: file.path, absolutePath: current, contents: file.contents, missingDirs, replaces: false, removes: true };
      if (!force) {
        conflicts.push(file.path);
        return undefined;
      }
      const refusal = replaceRefusal(shown, info);
      if (refusal) throw new UsageError(refusal);
      // What it must still be when it is replaced: the text the command read, or else (--force) the file as it is now.
      const unchanged = file.before !== undefined ? { before: file.before } : { stamp: await fs.stamp(current) };
      return { relativePath: file.path, absolutePath: current, contents: file.contents, missingDirs, replaces: true, mode: info.mode & 0o7777, owner: { uid: info.uid, gid: info.gid }, ...unchanged };
    }
  }
  return { relativePath: file.path, absolutePath: current, contents: file.contents, missingDirs, replaces: false };
}

/**
 * Every check, for every file, before the first write. Conflicts are collected
 * so the user sees all of them at once.
 */
export async function preflight(
  fs: WriterFs,
  root: string,
  files: readonly RenderedFile[],
  force: boolean,
): Promise<FileWrite[]> {
  const rootInfo = await fs.lstat(root).catch(() => undefined);
  if (!rootInfo?.isDirectory()) throw new WriteError(`the repository root ${root} is not a folder`);
  const conflicts: string[] = [];
  const writes: FileWrite[] = [];
  for (const file of files) {
    const write = await checkFile(fs, root, file, force, conflicts);
    if (write) writes.push(write);
  }
  if (conflicts.length > 0) {
    throw new ConflictError(
      `${conflicts.length === 1 ? 'a file already exists' : `${conflicts.length} files already exist`}: ${conflicts.join(', ')}. Nothing was written.`,
      conflicts,
      'Choose another name, or pass --force to replace existing files.',
    );
  }
  // Two planned files must never share a folder that both would create.
  const seen = new Set<string>();
  return writes.map((w) => {
    const missingDirs = w.missingDirs.filter((d) => !seen.has(d));
    missingDirs.forEach((d) => seen.add(d));
    return { ...w, missingDirs };
  });
}

/**
 * Checks a file to remove (renumber's old spec name) as strictly as one to
 * write: a regular file, reached through real folders only. `file.contents`
 * are its contents as read: the journal records their hash, which its backup
 * must match to be put back after a SIGKILL.
 */
export async function preflightRemoval(fs: WriterFs, root: string, file: RenderedFile): Promise<FileWrite> {
  return (await checkFile(fs, root, file, false, [], true))!;
}
