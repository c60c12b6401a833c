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

/** A limit as people say it: `1 MiB` when it is whole MiB, else bytes. */
function limitText(max: number): string {
  const mib = max / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${max} bytes`;
}

/**
 * Why readRegularSync did not read a file, to follow its name in a message:
 * `package.json is a symbolic link (…)`, or `the file` for a spec. The one
 * table of these reasons; callers add what to do.
 */
export function whyNotRead(read: { readonly code: string; readonly size?: number }, max: number): string {
  switch (read.code) {
    case 'ENOENT':
      return 'does not exist';
    case 'ELOOP':
      return 'is a symbolic link: not read (specwright reads files in your repository only when they are regular files, never through a link)';
    case 'NOT_REGULAR':
      return 'is not a regular file (a folder, FIFO, socket or device): not read';
    case 'TOO_LARGE':
      return `is larger than ${limitText(max)} (${read.size ?? '?'} bytes): not read`;
    case 'EACCES':
      return 'cannot be read: permission denied';
    case 'EPERM':
      return 'cannot be read: not permitted';
    default:
      return `cannot be read (${read.code})`;
  }
}
