import path from 'node:path';
import { InterruptedError, SpecwrightError, WriteError } from '../errors.js';
import { writeErrorFor } from './fs-error-message.js';
import { journalDir, journalFor, runNames, type RunNames } from './journal.js';
import type { FileWrite } from './preflight.js';
import type { WriterFs } from './writer-fs.js';

export type PendingSignal = () => InterruptedError['signal'] | undefined;

/** Which file a path named when we wrote it: undo touches a path only while it still names that file. */
interface Identity {
  readonly dev: number;
  readonly ino: number;
}

/** Undo log: what this run created or replaced, in order. */
type Step =
  | { kind: 'dir'; path: string }
  | { kind: 'file'; path: string; id: Identity }
  | { kind: 'temp'; path: string }
  | { kind: 'replaced'; path: string; backup: string; id: Identity };

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

async function identity(fs: WriterFs, file: string): Promise<Identity> {
  const { dev, ino } = await fs.lstat(file);
  return { dev, ino };
}

async function stillNames(fs: WriterFs, file: string, id: Identity): Promise<boolean> {
  const now = await fs.lstat(file).catch(() => undefined);
  return now !== undefined && now.dev === id.dev && now.ino === id.ino;
}

/**
 * Makes every folder from the root down to the file's, outermost first.
 * Folders that exist are shared, not ours; those we make are logged for undo.
 */
async function ensureParents(fs: WriterFs, root: string, write: FileWrite, log: Step[], checkpoint: () => void): Promise<void> {
  let folder = root;
  for (const part of path.relative(root, path.dirname(write.absolutePath)).split(path.sep)) {
    folder = path.join(folder, part);
    if (await makeDir(fs, folder, root)) log.push({ kind: 'dir', path: folder });
    checkpoint();
  }
}

/**
 * A concurrent run that rolls back removes the empty folders it made, which
 * may be folders this run shares: if one vanished before our temp file landed
 * in it, make the folders again (then they are ours), once.
 */
async function writeTemp(fs: WriterFs, root: string, write: FileWrite, temp: string, log: Step[]): Promise<void> {
  try {
    await fs.writeNew(temp, write.contents, write.mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await ensureParents(fs, root, write, log, () => undefined);
    await fs.writeNew(temp, write.contents, write.mode);
  }
  log.push({ kind: 'temp', path: temp });
}

async function createExclusive(fs: WriterFs, root: string, names: RunNames, write: FileWrite, log: Step[]): Promise<void> {
  const temp = names.temp(write.absolutePath);
  await writeTemp(fs, root, write, temp, log);
  try {
    // link() never overwrites: a concurrent run, or a file or link put there
    // since the preflight, makes it fail with EEXIST. The target appears whole or not at all.
    await fs.link(temp, write.absolutePath);
  } catch (error) {
    if (!LINK_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // File systems without hard links: still exclusive (`wx`), but written in place.
    try {
      await fs.writeNew(write.absolutePath, write.contents);
    } catch (fallbackError) {
      // A half-written file is ours to remove; an EEXIST file belongs to someone else.
      if ((fallbackError as NodeJS.ErrnoException).code !== 'EEXIST') {
        await fs.unlink(write.absolutePath).catch(() => undefined);
      }
      throw fallbackError;
    }
  }
  log.push({ kind: 'file', path: write.absolutePath, id: await identity(fs, write.absolutePath) });
}

async function replaceAtomically(fs: WriterFs, root: string, names: RunNames, write: FileWrite, log: Step[]): Promise<void> {
  const temp = names.temp(write.absolutePath);
  // The replacement keeps the original's permissions.
  await writeTemp(fs, root, write, temp, log);
  const info = await fs.lstat(write.absolutePath);
  if (!info.isFile()) throw new WriteError(`${write.relativePath} changed while being written: it is no longer a regular file. Nothing was written.`);
  // Keep the original reachable until the whole commit succeeds.
  const backup = names.backup(write.absolutePath);
  await fs.link(write.absolutePath, backup);
  // Until the rename succeeds the backup is just a second name for the original.
  log.push({ kind: 'temp', path: backup });
  await fs.rename(temp, write.absolutePath);
  // The temp is now the target, and the backup the only name of the original.
  log.splice(-2, 2, { kind: 'replaced', path: write.absolutePath, backup, id: await identity(fs, write.absolutePath) });
}

/**
 * Creates a folder the preflight found missing. Returns false when a
 * concurrent run made it first: a real folder is fine to share (and not ours
 * to remove); a link or file planted there is an error.
 */
async function makeDir(fs: WriterFs, dir: string, root: string): Promise<boolean> {
  try {
    await fs.mkdir(dir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const info = await fs.lstat(dir);
    if (info.isDirectory()) return false;
    const shown = path.relative(root, dir).split(path.sep).join('/');
    throw new WriteError(`${shown} was replaced by ${info.isSymbolicLink() ? 'a link' : 'a file'} while writing. Nothing was written.`);
  }
}

/**
 * Undoes the log in reverse, touching a target only while it is still the
 * file this run put there (another run may have replaced it since). Returns
 * what could not be undone; one failure does not stop the other steps.
 */
async function rollback(fs: WriterFs, log: readonly Step[]): Promise<string[]> {
  const failed: string[] = [];
  const attempt = async (target: string, undo: () => Promise<unknown>): Promise<void> => {
    await undo().catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') failed.push(target);
    });
  };
  for (const step of [...log].reverse()) {
    if (step.kind === 'dir') await fs.rmdir(step.path).catch(() => undefined); // not empty: someone else's now
    else if (step.kind === 'temp') await attempt(step.path, () => fs.unlink(step.path));
    else if (await stillNames(fs, step.path, step.id)) {
      await attempt(step.path, () => (step.kind === 'file' ? fs.unlink(step.path) : fs.rename(step.backup, step.path)));
    }
  }
  return failed;
}

/** Each parent folder must still be the real folder the preflight checked, not a link swapped in since. */
async function checkParentsUnmoved(fs: WriterFs, writes: readonly FileWrite[]): Promise<void> {
  for (const write of writes) {
    const parent = path.dirname(write.absolutePath);
    if ((await fs.realpath(parent)) !== parent) {
      throw new WriteError(`a folder on the way to ${write.relativePath} was replaced by a link while writing. Nothing was written.`);
    }
  }
}

export interface CommitOptions {
  /** The repository root (physical path): the run's journal lives in it (or in its .git). */
  readonly root: string;
  readonly pendingSignal: PendingSignal;
  /** Runs once every file is in place, before the commit point; if it throws, everything is rolled back. */
  readonly verify?: () => Promise<void>;
}

/**
 * Writes every planned file or none (invariant 2). The journal goes first
 * (see journal.ts), so even a SIGKILL is undone by the next run. Between steps
 * it checks for a pending SIGINT/SIGTERM; on any failure it undoes what this
 * run did, so the tree is as before, and throws a one-line error.
 */
export async function commitFiles(fs: WriterFs, writes: readonly FileWrite[], options: CommitOptions): Promise<void> {
  const dir = await journalDir(fs, options.root);
  const names = runNames(dir);
  const log: Step[] = [];
  let current = writes[0]?.relativePath ?? '';
  const checkpoint = (): void => {
    const signal = options.pendingSignal();
    if (signal) throw new InterruptedError(signal);
  };
  try {
    await fs.writeNew(names.journal, journalFor(options.root, writes));
    log.push({ kind: 'temp', path: names.journal });
    for (const write of writes) {
      current = write.relativePath;
      checkpoint();
      await ensureParents(fs, options.root, write, log, checkpoint);
      await (write.replaces ? replaceAtomically : createExclusive)(fs, options.root, names, write, log);
    }
    await checkParentsUnmoved(fs, writes);
    await options.verify?.();
    checkpoint();
    // The commit point: from here on the files are final.
    await fs.unlink(names.journal);
  } catch (error) {
    // The journal is undone last; if anything else could not be, it stays for the next run.
    const failed = await rollback(fs, log.slice(1));
    if (failed.length === 0) await fs.unlink(names.journal).catch(() => undefined);
    const reported = error instanceof SpecwrightError ? error : writeErrorFor(error, current);
    if (failed.length === 0) throw reported;
    const where = failed.map((p) => path.relative(options.root, p).split(path.sep).join('/')).join(', ');
    throw new WriteError(`${reported.message.replace(/ Nothing was written\.$/, '')} Could not undo ${where} yet; the next run finishes the rollback.`);
  }
  // Drop the temps and backups. A failure here leaves only dot-files the next run removes or reports.
  for (const step of log.slice(1)) {
    if (step.kind === 'temp') await fs.unlink(step.path).catch(() => undefined);
    if (step.kind === 'replaced') await fs.unlink(step.backup).catch(() => undefined);
  }
}
