import { constants, lstatSync, renameSync, type Stats } from 'node:fs';
import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';

/** Which file a path names: a link or a rename keeps it, so it is known before either. */

/** Errors of link() where the file system has no hard links (or forbids them), rather than a real failure. */
export const LINK_UNSUPPORTED: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);
export interface Identity {
  readonly dev: number;
  readonly ino: number;
}

/** A file's owner, kept by the file that replaces it. */
export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Which file a path names and whether it was written since: taken before its
 * bytes are read, so a later stamp that differs means the bytes may differ.
 * Nanoseconds (bigint): two writes within one millisecond still differ.
 */
export interface FileStamp {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
}

/** Whether two stats (or identities) are one file; undefined (nothing there) is no file. */
export function sameFile(a: Identity | undefined, b: Identity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

function stampOf(info: { dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint }): FileStamp {
  return { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/** A path for messages: relative to the root with forward slashes, or absolute when outside it (a worktree's git folder). */
export function shownPath(root: string, p: string): string {
  const rel = path.relative(root, p);
  return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
}

/** A small file read without trusting what stands at its path. */
export interface RegularFile {
  readonly text: string;
  readonly uid: number;
}

/** Why readRegular refused what stands at a path: it is not a regular file, or it is larger than asked for. */
export const NOT_REGULAR = 'ENOTREG';
export const TOO_LARGE = 'EFBIG';

/**
 * The only file-system calls the writer makes. Tests inject faults (ENOSPC,
 * EACCES, a crash after N writes) through this seam.
 */
export interface WriterFs {
  lstat(path: string): Promise<Stats>;
  readdir(path: string): Promise<string[]>;
  /** Creates one folder; fails with EEXIST if anything is there. */
  mkdir(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  /**
   * Reads a file only if it is a regular file of at most `maxBytes`: never
   * through a link (ELOOP), never blocking on a FIFO or device (ENOTREG), never
   * loading a huge file whole (EFBIG, with the `size` seen). Returns its text and its owner.
   */
  readRegular(path: string, maxBytes: number): Promise<RegularFile>;
  /**
   * Creates a new file exclusively (`wx`), writes it whole and flushes it to
   * disk; `mode` defaults to 0644. Returns the new file's identity, which a
   * link or rename of it keeps.
   */
  writeNew(path: string, contents: string, mode?: number, owner?: Owner): Promise<Identity>;
  /** The stamp of what stands at a path (not followed if a link). */
  stamp(path: string): Promise<FileStamp>;
  /**
   * Renames `from` over `to` only while `to` still has the stamp `expected`:
   * the check and the rename are two system calls back to back, with no other
   * work between them (no event-loop turn), the shortest window a rename can
   * have. Returns false, renaming nothing, when `to` changed.
   */
  renameOverIfUnchanged(from: string, to: string, expected: FileStamp): Promise<boolean>;
  /** The physical path (links resolved). */
  realpath(path: string): Promise<string>;
  /** Hard link: fails with EEXIST if `to` exists, so it is an exclusive, atomic create. */
  link(from: string, to: string): Promise<void>;
  /** A byte-for-byte copy at a new name (fails with EEXIST if `to` exists): a backup where hard links fail. */
  copyNew(from: string, to: string): Promise<void>;
  /** Atomic replace of a file. */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The promise API both implementations share (node:fs/promises, or fs-extra's graceful-fs). */
type PromiseFs = Pick<typeof FsPromises, 'lstat' | 'readdir' | 'realpath' | 'mkdir' | 'rmdir' | 'open' | 'link' | 'rename' | 'unlink' | 'copyFile'>;

function writerFsFrom(fs: PromiseFs): WriterFs {
  return {
    lstat: (p) => fs.lstat(p),
    readdir: (p) => fs.readdir(p),
    realpath: (p) => fs.realpath(p),
    mkdir: async (p) => {
      await fs.mkdir(p);
    },
    rmdir: (p) => fs.rmdir(p),
    readRegular: async (p, maxBytes) => {
      // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: a link is not followed.
      const handle = await fs.open(p, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      try {
        const info = await handle.stat();
        const refuse = (code: string, size?: number): never => {
          throw Object.assign(new Error(`${code}: ${p}`), { code, path: p, size });
        };
        if (!info.isFile()) refuse(NOT_REGULAR);
        if (info.size > maxBytes) refuse(TOO_LARGE, info.size);
        // One byte past the size seen: a file that grows while read is not read whole, and is refused.
        const buffer = Buffer.alloc(info.size + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > info.size) refuse(TOO_LARGE, bytesRead);
        return { text: buffer.subarray(0, bytesRead).toString('utf8'), uid: info.uid };
      } finally {
        await handle.close();
      }
    },
    writeNew: async (p, contents, mode, owner) => {
      const handle = await fs.open(p, 'wx', mode ?? 0o644);
      try {
        // The replaced file's owner first: chown() clears the set-id bits that chmod() then sets.
        if (owner !== undefined) {
          const made = await handle.stat();
          if (made.uid !== owner.uid || made.gid !== owner.gid) await handle.chown(owner.uid, owner.gid);
        }
        // The umask narrows the mode given to open(); a kept mode must be exact.
        if (mode !== undefined) await handle.chmod(mode);
        await handle.writeFile(contents, 'utf8');
        await handle.sync();
        const { dev, ino } = await handle.stat();
        return { dev, ino };
      } finally {
        await handle.close();
      }
    },
    stamp: async (p) => stampOf(await fs.lstat(p, { bigint: true })),
    renameOverIfUnchanged: async (from, to, expected) => {
      // Synchronous on purpose: nothing may run between the check and the rename.
      if (!sameStamp(stampOf(lstatSync(to, { bigint: true })), expected)) return false;
      renameSync(from, to);
      return true;
    },
    link: (from, to) => fs.link(from, to),
    copyNew: (from, to) => fs.copyFile(from, to, constants.COPYFILE_EXCL),
    rename: (from, to) => fs.rename(from, to),
    unlink: (p) => fs.unlink(p),
  };
}

/** node:fs/promises: every call the writer needs is native and atomic where it must be. */
export async function nativeWriterFs(): Promise<WriterFs> {
  return writerFsFrom(await import('node:fs/promises'));
}

/**
 * fs-extra (graceful-fs): retries the transient EPERM/EBUSY that virus
 * scanners and indexers cause on Windows renames, and queues on EMFILE.
 */
export async function gracefulWriterFs(): Promise<WriterFs> {
  const { default: fsExtra } = await import('fs-extra');
  return writerFsFrom({
    lstat: fsExtra.lstat,
    readdir: fsExtra.readdir,
    realpath: fsExtra.realpath,
    mkdir: fsExtra.mkdir,
    rmdir: fsExtra.rmdir,
    open: fsExtra.promises.open,
    link: fsExtra.link,
    copyFile: fsExtra.copyFile,
    rename: fsExtra.rename,
    unlink: fsExtra.unlink,
  } as PromiseFs);
}

/**
 * The writer's file system. graceful-fs costs ~20 ms of start-up (a quarter
 * of a whole run) and only pays off on Windows; POSIX renames and links have
 * no transient failures to retry for the six files of a run.
 */
export function realWriterFs(platform: NodeJS.Platform = process.platform): Promise<WriterFs> {
  return platform === 'win32' ? gracefulWriterFs() : nativeWriterFs();
}
