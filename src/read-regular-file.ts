import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The bytes read, or why not: the errno of open() (`ENOENT`, `ELOOP` for a link), `NOT_REGULAR`, or `TOO_LARGE` with the size. */
export type RegularRead = { readonly bytes: Buffer } | { readonly code: string; readonly size?: number };

/**
 * A regular file's bytes, at most `max`: never through a link (O_NOFOLLOW),
 * never waiting on a FIFO (O_NONBLOCK, then fstat says it is none). The one
 * reader of the project's own files (configs, specs, tests, git's refs);
 * errors after the open, rare (EIO), are thrown.
 */
export function readRegularSync(file: string, max: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { code: 'NOT_REGULAR' };
    if (info.size > max) return { code: 'TOO_LARGE', size: info.size };
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}
