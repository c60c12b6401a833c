import type { Stats } from 'node:fs';

/**
 * The only file-system calls the writer makes. Tests inject faults (ENOSPC,
 * EACCES, a crash after N writes) through this seam; production uses
 * `realWriterFs`, backed by fs-extra's graceful-fs, which retries EMFILE and
 * the transient EPERM/EBUSY that virus scanners cause on Windows renames.
 */
export interface WriterFs {
  lstat(path: string): Promise<Stats>;
  readdir(path: string): Promise<string[]>;
  /** Creates one folder; fails with EEXIST if anything is there. */
  mkdir(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  /** Creates a new file exclusively (`wx`), writes it whole and flushes it to disk. */
  writeNew(path: string, contents: string): Promise<void>;
  /** Hard link: fails with EEXIST if `to` exists, so it is an exclusive, atomic create. */
  link(from: string, to: string): Promise<void>;
  /** Atomic replace of a file. */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export async function realWriterFs(): Promise<WriterFs> {
  // Loaded here, not at start-up: --help, --version and --dry-run never write.
  const { default: fs } = await import('fs-extra');
  return {
    lstat: (p) => fs.lstat(p),
    readdir: (p) => fs.readdir(p),
    mkdir: async (p) => {
      await fs.mkdir(p);
    },
    rmdir: (p) => fs.rmdir(p),
    writeNew: async (p, contents) => {
      const handle = await fs.promises.open(p, 'wx', 0o644);
      try {
        await handle.writeFile(contents, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    link: (from, to) => fs.link(from, to),
    rename: (from, to) => fs.rename(from, to),
    unlink: (p) => fs.unlink(p),
  };
}
