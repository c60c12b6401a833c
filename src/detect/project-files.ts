import { listFolder } from '../base/list-folder.js';
import path from 'node:path';
import { decodeUtf8 } from '../base/strict-utf8.js';
import { UsageError } from '../base/errors.js';
import { readRegularSync } from '../base/read-regular-file.js';

/** A package.json or a config is small; anything larger is not read whole. */
export const MAX_PROJECT_FILE_BYTES = 1024 * 1024;

/**
 * Reads the few small files that configuration and detection look at,
 * each at most once per run, and never runs the project's code. A file
 * that is missing, not a regular file or a link is treated as absent
 * (O_NOFOLLOW|O_NONBLOCK: a FIFO or a link planted there is never read).
 */
export class ProjectFiles {
  private readonly texts = new Map<string, string | undefined>();
  private readonly jsons = new Map<string, unknown>();
  private readonly listings = new Map<string, readonly string[]>();

  /** Why a file that is there was not read (ELOOP for a link, NOT_REGULAR, EACCES…), by file. */
  private readonly unread = new Map<string, { readonly code: string }>();

  /** The file's text, or undefined when it is not a regular file. */
  text(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    const read = readProjectFile(file);
    const text = typeof read === 'string' ? read : undefined;
    if (typeof read === 'object') this.unread.set(file, read);
    this.texts.set(file, text);
    return text;
  }

  /**
   * Why `file` was not read although something is there (a link, a FIFO, a
   * folder, no permission), or undefined when it was read or is missing.
   * Detection takes such a file as absent; a config must not be, or its
   * settings would be silently replaced by the defaults.
   */
  whyUnread(file: string): { readonly code: string } | undefined {
    this.text(file);
    return this.unread.get(file);
  }

  /** The file parsed as JSON; a file that is there but is not JSON exits 2 naming it. */
  json(file: string, shown: string): unknown {
    if (this.jsons.has(file)) return this.jsons.get(file);
    const text = this.text(file);
    let value: unknown;
    if (text !== undefined) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new UsageError(`${shown} is not valid JSON: ${(error as Error).message}`, `Fix ${shown}, then run again.`);
      }
    }
    this.jsons.set(file, value);
    return value;
  }

  exists(file: string): boolean {
    return this.text(file) !== undefined;
  }

  /** The names in a folder (empty when it is not one). */
  list(dir: string): readonly string[] {
    let names = this.listings.get(dir);
    if (names === undefined) {
      names = listFolder(dir);
      this.listings.set(dir, names);
    }
    return names;
  }
}

/** A small regular file's text (never through a link, never a FIFO), or undefined when it is not one. */
export function readRegularFile(file: string): string | undefined {
  const read = readProjectFile(file);
  return typeof read === 'string' ? read : undefined;
}

/** A small regular file's text; undefined when it is missing; else why it was not read. */
function readProjectFile(file: string): string | { readonly code: string } | undefined {
  const read = readRegularSync(file, MAX_PROJECT_FILE_BYTES);
  if ('bytes' in read) return decodeUtf8(read.bytes, file);
  if (read.code === 'TOO_LARGE') throw new UsageError(`${path.basename(file)} is larger than 1 MiB; specwright reads only small configuration files`);
  return read.code === 'ENOENT' || read.code === 'ENOTDIR' ? undefined : { code: read.code };
}
