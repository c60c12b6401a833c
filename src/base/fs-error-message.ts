import { WriteError } from './errors.js';

const ADVICE: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full; free some space and run again',
  EDQUOT: 'the disk quota is exhausted; free some space and run again',
  EACCES: 'permission denied; check the folder is writable by you',
  EPERM: 'the operation is not permitted; check permissions and that no other program holds the file',
  EROFS: 'the file system is read-only; run specwright in a writable checkout',
  ENOTDIR: 'a file stands where a folder must go; move that file away',
  EISDIR: 'a folder stands where a file must go; move that folder away',
  ENOENT: 'a file or folder on the way disappeared while writing (another program moved or removed it); run again',
  EEXIST: 'it already exists (another run may have just created it); run again to see the conflict',
  ENAMETOOLONG: 'the path is too long for this file system; choose a shorter name',
  ELOOP: 'a symbolic link loop is in the way',
  EMFILE: 'too many open files; close some programs and run again',
  EBUSY: 'the file is busy; close the program holding it and run again',
};

/** One clear line for a file-system failure: what, where, and what to do. */
export function writeErrorFor(error: unknown, relativePath: string, verb: 'write' | 'read' = 'write'): WriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const advice = ADVICE[code] ?? `${error instanceof Error ? error.message : String(error)}`;
  return new WriteError(`cannot ${verb} ${relativePath}: ${advice}${code ? ` (${code})` : ''}. Nothing was written.`);
}
