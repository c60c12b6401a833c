import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { Io } from './io.js';

/** Where a command runs: --cwd (relative to where it was started), physical, and an existing folder. */
export function workingFolder(io: Io, cwdFlag: string | undefined): string {
  const cwd = path.resolve(io.cwd, cwdFlag ?? '.');
  let isDir = false;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`--cwd ${cwdFlag ?? cwd} is not an existing folder`);
  // Physical, like the root it is compared with to tell whether the files go somewhere else.
  return realpathSync(cwd);
}

