import { InterruptedError, SpecwrightError } from '../errors.js';
import { writeErrorFor } from './fs-error-message.js';
import { journalFor, runNames, type RunNames } from './journal.js';
import type { FileWrite } from './preflight.js';
import type { WriterFs } from './writer-fs.js';

export type PendingSignal = () => 'SIGINT' | 'SIGTERM' | undefined;

/** Undo log: what this run created or replaced, in order. */
type Step =
  | { kind: 'dir'; path: string }
  | { kind: 'file'; path: string }
  | { kind: 'temp'; path: string }
  | { kind: 'replaced'; path: string; backup: string };

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

async function createExclusive(fs: WriterFs, names: RunNames, write: FileWrite, log: Step[]): Promise<void> {
  const temp = names.temp(write.absolutePath);
  await fs.writeNew(temp, write.contents);
  log.push({ kind: 'temp', path: temp });
  try {
    // link() never overwrites: a concurrent run or a symlink planted since the
    // preflight makes it fail with EEXIST. The target appears whole or not at all.
    await fs.link(temp, write.absolutePath);
  } catch (error) {
    if (!LINK_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // File systems without hard links: still exclusive (`wx`), written in one go.
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
  log.push({ kind: 'file', path: write.absolutePath });
}

async function replaceAtomically(fs: WriterFs, names: RunNames, write: FileWrite, log: Step[]): Promise<void> {
  const temp = names.temp(write.absolutePath);
  await fs.writeNew(temp, write.contents);
  log.push({ kind: 'temp', path: temp });
  const info = await fs.lstat(write.absolutePath);
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
  // Keep the original reachable until the whole commit succeeds.
  const backup = names.backup(write.absolutePath);
  await fs.link(write.absolutePath, backup);
  // Until the rename succeeds the backup is just a second name for the original.
  log.push({ kind: 'temp', path: backup });
  await fs.rename(temp, write.absolutePath);
  // The temp is now the target, and the backup the only name of the original.
  log.splice(-2, 2, { kind: 'replaced', path: write.absolutePath, backup });
}

/**
 * Creates a folder the preflight found missing. Returns false when a
 * concurrent run made it first: a real folder is fine to share (and not ours
 * to remove); a link or file planted there is an error.
 */
async function makeDir(fs: WriterFs, dir: string): Promise<boolean> {
  try {
    await fs.mkdir(dir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const info = await fs.lstat(dir);
    if (info.isDirectory() && !info.isSymbolicLink()) return false;
    throw error;
  }
}

/** Undoes the log in reverse. Best effort: one failed undo must not stop the others. */
async function rollback(fs: WriterFs, log: readonly Step[]): Promise<void> {
  for (const step of [...log].reverse()) {
    const undo =
      step.kind === 'dir' ? fs.rmdir(step.path)
      : step.kind === 'replaced' ? fs.rename(step.backup, step.path)
      : fs.unlink(step.path);
    await undo.catch(() => undefined);
  }
}

export interface CommitOptions {
  /** The repository root, where the run's journal lives while it writes. */
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
  const names = runNames(options.root);
  const log: Step[] = [];
  let current = writes[0]?.relativePath ?? '';
  const checkpoint = (): void => {
    const signal = options.pendingSignal();
    if (signal) throw new InterruptedError(signal);
  };
  try {
    await fs.writeNew(names.journal, journalFor(options.root, names, writes));
    log.push({ kind: 'temp', path: names.journal });
    for (const write of writes) {
      current = write.relativePath;
      checkpoint();
      for (const dir of write.missingDirs) {
        if (await makeDir(fs, dir)) log.push({ kind: 'dir', path: dir });
        checkpoint();
      }
      await (write.replaces ? replaceAtomically(fs, names, write, log) : createExclusive(fs, names, write, log));
    }
    await options.verify?.();
    checkpoint();
    // The commit point: from here on the files are final.
    await fs.unlink(names.journal);
  } catch (error) {
    await rollback(fs, log);
    if (error instanceof SpecwrightError) throw error;
    throw writeErrorFor(error, current);
  }
  // Drop the temps and backups. A failure here leaves only dot-files the next run removes or reports.
  for (const step of log) {
    if (step.kind === 'temp' && step.path !== names.journal) await fs.unlink(step.path).catch(() => undefined);
    if (step.kind === 'replaced') await fs.unlink(step.backup).catch(() => undefined);
  }
}
