import path from 'node:path';
import { FileChangedError, InterruptedError, SpecwrightError, WriteError } from '../base/errors.js';
import { writeErrorFor } from '../base/fs-error-message.js';
import { journalFor, parseJournal, runNames, type RunNames } from './journal.js';
import type { FileWrite } from './preflight.js';
import { holdRunLock } from './run-lock.js';
import { LINK_UNSUPPORTED, sameFile, sameStamp, shownPath, type Identity, type Owner, type WriterFs } from './writer-fs.js';

export type PendingSignal = () => InterruptedError['signal'] | undefined;

/** Undo log: what this run created or replaced, in order. */
type Step =
  | { kind: 'dir'; path: string }
  | { kind: 'file'; path: string; id: Identity }
  | { kind: 'temp'; path: string }
  | { kind: 'replaced'; path: string; backup: string; id: Identity; write: FileWrite; linked: boolean }
  | { kind: 'removed'; path: string; backup: string };


const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

async function stillNames(fs: WriterFs, file: string, id: Identity): Promise<boolean> {
  return sameFile(await fs.lstat(file).catch(() => undefined), id);
}

/**
 * Creates a new file, logged for undo BEFORE it exists: a write that fails
 * half-way (a full disk) leaves a file that rollback must remove, and the
 * folders made for it are only empty again once it is gone. A file that was
 * already there (EEXIST) is not ours, so it leaves the log.
 */
async function createLogged(fs: WriterFs, file: string, contents: string, mode: number | undefined, log: Step[], owner?: Owner): Promise<Identity> {
  const step: Step = { kind: 'temp', path: file };
  log.push(step);
  try {
    return await fs.writeNew(file, contents, mode, owner);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') log.splice(log.indexOf(step), 1);
    throw error;
  }
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

/** Racing runs that roll back one after another can pull the same folder away more than once. */
const FOLDER_ATTEMPTS = 5;

/**
 * Makes the file's folders, then its temp. A concurrent run that rolls back
 * removes the empty folders it made, which may be folders this run shares:
 * if one vanished before our temp landed in it (ENOENT from mkdir or open),
 * make the folders again (then they are ours) and retry, a few times.
 */
async function writeTemp(fs: WriterFs, root: string, write: FileWrite, temp: string, log: Step[], checkpoint: () => void): Promise<Identity> {
  for (let attempt = 1; ; attempt++) {
    const logged = log.length;
    try {
      await ensureParents(fs, root, write, log, checkpoint);
      return await createLogged(fs, temp, write.contents, write.mode, log, write.owner);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT' || attempt === FOLDER_ATTEMPTS) throw error;
      // The folders made this time are still logged; only a temp whose open() failed never existed.
      if (log.length > logged && log[log.length - 1]?.path === temp) log.pop();
    }
  }
}

async function createExclusive(fs: WriterFs, root: string, names: RunNames, write: FileWrite, log: Step[], checkpoint: () => void): Promise<void> {
  const temp = names.temp(write.absolutePath);
  // The identity is the temp's: link() keeps the inode, so it is known before the target exists.
  let id = await writeTemp(fs, root, write, temp, log, checkpoint);
  try {
    // link() never overwrites: a concurrent run, or a file or link put there
    // since the preflight, makes it fail with EEXIST. The target appears whole or not at all.
    await fs.link(temp, write.absolutePath);
  } catch (error) {
    if (!LINK_UNSUPPORTED.has(codeOf(error) ?? '')) throw error;
    // File systems without hard links: still exclusive (`wx`), but written in place, so until its
    // write ends the target may be partial; it is logged first and removed on failure. The complete
    // temp takes its in-place name first: after a SIGKILL it proves a partial target was this run's.
    const inPlace = names.inPlace(write.absolutePath);
    await fs.rename(temp, inPlace);
    log.splice(log.findIndex((step) => step.path === temp), 1, { kind: 'temp', path: inPlace });
    id = await createLogged(fs, write.absolutePath, write.contents, undefined, log);
    log.pop();
  }
  log.push({ kind: 'file', path: write.absolutePath, id });
}

/** The file's text now, or undefined when it cannot be read as the regular file it was. */
async function textNow(fs: WriterFs, file: string, bytes: number): Promise<string | undefined> {
  return fs.readRegular(file, bytes + 1).then(({ text }) => text, () => undefined);
}

function changedWhileWriting(write: FileWrite): FileChangedError {
  return new FileChangedError(write.relativePath, `${write.relativePath} was changed by another program while specwright was replacing it; that change is kept. Nothing was written.`);
}

/**
 * Replaces a file only while it still holds what the command read
 * (`write.before`): another program's edit made since is never overwritten.
 * The original gets a second name (its backup) first, which pins the very
 * file checked; its stamp is taken before its bytes are read, and the rename
 * happens only if the target still has that stamp (renameOverIfUnchanged: a
 * check and a rename back to back). A write into the original in place that
 * slips in after the check lands in the backup, which is read again after
 * the rename (and at the commit point): then the run rolls back, putting the
 * edited original back.
 */
async function replaceAtomically(fs: WriterFs, root: string, names: RunNames, write: FileWrite, log: Step[], checkpoint: () => void): Promise<void> {
  const temp = names.temp(write.absolutePath);
  // The replacement keeps the original's owner and permissions; rename() keeps the temp's inode.
  const id = await writeTemp(fs, root, write, temp, log, checkpoint);
  // A second name of the replacement until the commit point: after a SIGKILL it tells the next
  // run which file at the target is this run's (a rerun may have put the same bytes there since).
  const placed = names.placed(write.absolutePath);
  log.push({ kind: 'temp', path: placed });
  await fs.link(temp, placed).catch((error: unknown) => {
    log.pop();
    if (!LINK_UNSUPPORTED.has(codeOf(error) ?? '')) throw error;
  });
  const info = await fs.lstat(write.absolutePath);
  if (!info.isFile()) throw new WriteError(`${write.relativePath} changed while being written: it is no longer a regular file. Nothing was written.`);
  const stamp = await fs.stamp(write.absolutePath);
  // --force: the file must be as the checks found it (it was not read, so there are no bytes to compare).
  if (write.stamp !== undefined && !sameStamp(stamp, write.stamp)) throw changedWhileWriting(write);
  // Keep the original reachable until the whole commit succeeds: a second name of it, or,
  // where hard links fail, a copy (logged first: a copy cut short is ours to remove).
  const backup = names.backup(write.absolutePath);
  const backupStep: Step = { kind: 'temp', path: backup };
  let linked = true;
  await fs.link(write.absolutePath, backup).catch(async (error: unknown) => {
    if (!LINK_UNSUPPORTED.has(codeOf(error) ?? '')) throw error;
    linked = false;
    log.push(backupStep);
    await fs.copyNew(write.absolutePath, backup);
    log.pop();
  });
  // Until the rename succeeds the backup is just a second name for the original.
  log.push(backupStep);
  const before = write.before;
  const size = before === undefined ? 0 : Buffer.byteLength(before);
  if (before !== undefined && (await textNow(fs, backup, size)) !== before) throw changedWhileWriting(write);
  if (!(await fs.renameOverIfUnchanged(temp, write.absolutePath, stamp))) throw changedWhileWriting(write);
  // The temp is now the target, and the backup the only name of the original: from here on
  // nothing may fail before the log says so (no lstat in between).
  log.splice(log.indexOf(backupStep), 1);
  log.splice(log.findIndex((step) => step.path === temp), 1);
  log.push({ kind: 'replaced', path: write.absolutePath, backup, id, write, linked });
  await checkOriginalUnedited(fs, write, backup, linked);
}

/** The original, now only its backup's, still holds what was read (or, for --force, is as the checks found it): nobody wrote into it through a handle opened before. */
async function checkOriginalUnedited(fs: WriterFs, write: FileWrite, backup: string, linked: boolean): Promise<void> {
  if (!linked) return;
  const { before, stamp } = write;
  if (before !== undefined && (await textNow(fs, backup, Buffer.byteLength(before))) !== before) throw changedWhileWriting(write);
  if (stamp !== undefined && !sameStamp(await fs.stamp(backup), stamp)) throw changedWhileWriting(write);
}

/**
 * Just before the commit point: every replaced file is still this run's
 * replacement, with this run's bytes, and every original still holds what was
 * read. Another run or program that replaced or edited one since would
 * otherwise lose its change, or make this one's vanish, silently.
 */
async function checkReplacementsKept(fs: WriterFs, log: readonly Step[]): Promise<void> {
  for (const step of log) {
    if (step.kind !== 'replaced') continue;
    const { write } = step;
    if (!(await stillNames(fs, step.path, step.id)) || (await textNow(fs, step.path, Buffer.byteLength(write.contents))) !== write.contents) {
      throw changedWhileWriting(write);
    }
    await checkOriginalUnedited(fs, write, step.backup, step.linked);
  }
}

/**
 * Removes a file recoverably: one rename() gives it its backup name, so it
 * is always reachable under one of the two, and rollback (or, after a
 * SIGKILL, the next run, from the journal) renames it back. The backup goes
 * only after the commit point.
 */
async function removeRecoverably(fs: WriterFs, names: RunNames, write: FileWrite, log: Step[]): Promise<void> {
  const info = await fs.lstat(write.absolutePath);
  if (!info.isFile()) throw new WriteError(`${write.relativePath} changed while being written: it is no longer a regular file. Nothing was written.`);
  const backup = names.backup(write.absolutePath);
  await fs.rename(write.absolutePath, backup);
  log.push({ kind: 'removed', path: write.absolutePath, backup });
  // Recovery puts back only a backup holding the bytes the journal names: a file edited since it
  // was read would stay in its backup after a SIGKILL, so such a run stops here instead.
  const kept = await fs.readRegular(backup, MAX_REMOVED_BYTES).then(({ text }) => text, () => undefined);
  if (kept !== write.contents) {
    throw new WriteError(`${write.relativePath} changed while being written. Nothing was written.`);
  }
}

/** A removed file is a spec or a stub that was read whole first: larger is not that file any more. */
const MAX_REMOVED_BYTES = 16 * 1024 * 1024;

/** Puts a removed file back under its name, never over a file that appeared there since (link() is exclusive). */
async function restoreRemoved(fs: WriterFs, step: { path: string; backup: string }, kept: RollbackResult['kept']): Promise<void> {
  try {
    await fs.link(step.backup, step.path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') {
      // Someone put a file there since: theirs stays, and the backup is the removed file's only name.
      kept.push({ backup: step.backup, why: 'removed' });
      return;
    }
    if (!LINK_UNSUPPORTED.has(code ?? '')) throw error;
    // Without hard links: rename, only while nothing is there (the window is the rollback's own).
    if (await fs.lstat(step.path).then(() => true, () => false)) {
      kept.push({ backup: step.backup, why: 'removed' });
      return;
    }
    await fs.rename(step.backup, step.path);
    return;
  }
  await fs.unlink(step.backup);
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
    if (codeOf(error) !== 'EEXIST') throw error;
    const info = await fs.lstat(dir);
    if (info.isDirectory()) return false;
    const shown = path.relative(root, dir).split(path.sep).join('/');
    throw new WriteError(`${shown} was replaced by ${info.isSymbolicLink() ? 'a link' : 'a file'} while writing. Nothing was written.`);
  }
}

type ReplacedStep = Extract<Step, { kind: 'replaced' }>;

/**
 * Puts the original back over this run's replacement, only while the target
 * is still that replacement with this run's bytes. Someone else's file there,
 * or an edit written into the replacement, stays; the original then stays in
 * its backup, unless it has another name too (the target itself, or the
 * backup of a concurrent run that read the same original, which that run
 * puts back or supersedes): then the backup is only a duplicate and goes.
 */
async function undoReplacement(fs: WriterFs, step: ReplacedStep, kept: RollbackResult['kept'], attempt: (target: string, undo: () => Promise<unknown>) => Promise<void>): Promise<void> {
  if (await stillNames(fs, step.path, step.id)) {
    if ((await textNow(fs, step.path, Buffer.byteLength(step.write.contents))) === step.write.contents) {
      await attempt(step.path, () => fs.rename(step.backup, step.path));
      return;
    }
    kept.push({ backup: step.backup, why: 'edited' });
    return;
  }
  const backup = await fs.lstat(step.backup).catch(() => undefined);
  if (step.linked && backup !== undefined && backup.nlink > 1) {
    await attempt(step.backup, () => fs.unlink(step.backup));
    return;
  }
  // Someone moved our replacement away: the backup is the original's only name now, and it stays.
  kept.push({ backup: step.backup, why: 'moved' });
}

interface RollbackResult {
  /** Paths that could not be undone: the journal stays for the next run. */
  readonly failed: string[];
  /** Backups kept because another program moved our replacement away, or put a file where a removed one goes back: the original's only name. */
  readonly kept: { backup: string; why: 'moved' | 'edited' | 'removed' }[];
}

/**
 * Undoes the log in reverse, touching a target only while it is still the
 * file this run put there (another run may have replaced it since). Returns
 * what could not be undone; one failure does not stop the other steps.
 */
async function rollback(fs: WriterFs, log: readonly Step[]): Promise<RollbackResult> {
  const failed: string[] = [];
  const kept: RollbackResult['kept'] = [];
  const attempt = async (target: string, undo: () => Promise<unknown>): Promise<void> => {
    // A file that is not there is undone, whatever the error says (a read-only
    // file system answers EROFS even for a name it does not have).
    const gone = async (): Promise<boolean> => (await fs.lstat(target).then(() => false, (e: unknown) => codeOf(e) === 'ENOENT'));
    await undo().catch(async (error: unknown) => {
      if (codeOf(error) !== 'ENOENT' && !(await gone())) failed.push(target);
    });
  };
  for (const step of [...log].reverse()) {
    if (step.kind === 'dir') {
      await fs.rmdir(step.path).catch((error: unknown) => {
        // Not empty: someone else's now, and it stays. Any other refusal leaves the journal for the next run.
        if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(codeOf(error) ?? '')) failed.push(step.path);
      });
    }
    else if (step.kind === 'temp') await attempt(step.path, () => fs.unlink(step.path));
    else if (step.kind === 'removed') {
      await restoreRemoved(fs, step, kept).catch(() => failed.push(step.path));
    } else if (step.kind === 'file') {
      if (await stillNames(fs, step.path, step.id)) await attempt(step.path, () => fs.unlink(step.path));
    } else {
      await undoReplacement(fs, step, kept, attempt);
    }
  }
  return { failed, kept };
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

/**
 * ENOENT from creating a new entry (open with O_CREAT, mkdir) in a folder
 * that exists is no folder vanishing: the file system refuses new entries
 * there (/proc, /sys). ENOENT from anything else (a file moved away while
 * being replaced) keeps its own message.
 */
async function reportedError(fs: WriterFs, error: unknown, current: string): Promise<SpecwrightError> {
  if (error instanceof SpecwrightError) return error;
  const { path: failedPath, syscall } = error as NodeJS.ErrnoException;
  const creating = syscall === 'open' || syscall === 'mkdir';
  if (codeOf(error) === 'ENOENT' && creating && failedPath && (await fs.lstat(path.dirname(failedPath)).then((i) => i.isDirectory(), () => false))) {
    return new WriteError(`cannot write ${current}: the file system of ${path.dirname(failedPath)} does not allow new files there (ENOENT); run specwright in a project folder on a regular file system. Nothing was written.`);
  }
  return writeErrorFor(error, current);
}

export interface CommitOptions {
  /** The repository root (physical path). */
  readonly root: string;
  /** Where the run's journal and lock go: git's folder for the work tree, or the root outside git. */
  readonly journalDir: string;
  /** The folders the files go in (the layout's): recorded in the journal, the only ones recovery will touch. */
  readonly folders: readonly string[];
  readonly pendingSignal: PendingSignal;
  /** Runs once every file is in place, before the commit point; if it throws, everything is rolled back. */
  readonly verify?: () => Promise<void>;
}

/**
 * Writes every planned file or none (invariant 2). The lock and the journal
 * go first (see run-lock.ts and journal.ts), so even a SIGKILL is undone by
 * the next run. Between steps it checks for a pending signal; on any failure
 * it undoes what this run did, so the tree is as before, and throws a
 * one-line error.
 */
export async function commitFiles(fs: WriterFs, writes: readonly FileWrite[], options: CommitOptions): Promise<void> {
  const names = runNames(options.journalDir);
  const shown = (p: string): string => shownPath(options.root, p);
  // A journal the next run could not read back would leave a killed run's files for good: refuse first.
  const journal = journalFor(options.root, writes, options.folders);
  const readBack = parseJournal(journal, Number(names.id.split('-')[0]));
  if ('problem' in readBack) throw new WriteError(`this run could not be undone if it were killed: its journal would not be valid (${readBack.problem}). Nothing was written; use fewer or shorter folders.`);
  // Made while the journal's temp is flushed to disk (setting up a socket costs a few ms); it must
  // listen before the journal appears under its name, so it is awaited before the rename.
  const locking = holdRunLock(names.lock);
  let lock: Awaited<typeof locking> | undefined;
  // The journal's own steps: its temp while written, then the journal itself.
  const journalLog: Step[] = [];
  const log: Step[] = [];
  let current = shown(names.journal);
  const checkpoint = (): void => {
    const signal = options.pendingSignal();
    if (signal) throw new InterruptedError(signal);
  };
  try {
    const [locked, written] = await Promise.allSettled([locking, createLogged(fs, names.journalTemp, journal, undefined, journalLog)]);
    lock = locked.status === 'fulfilled' ? locked.value : undefined;
    if (written.status === 'rejected') throw written.reason;
    // Renamed into place: a journal is whole, or not there at all.
    await fs.rename(names.journalTemp, names.journal);
    journalLog.splice(0, 1, { kind: 'temp', path: names.journal });
    for (const write of writes) {
      current = write.relativePath;
      checkpoint();
      if (write.removes) await removeRecoverably(fs, names, write, log);
      else await (write.replaces ? replaceAtomically : createExclusive)(fs, options.root, names, write, log, checkpoint);
    }
    await checkParentsUnmoved(fs, writes);
    await options.verify?.();
    await checkReplacementsKept(fs, log);
    checkpoint();
    // The commit point: from here on the files are final.
    current = shown(names.journal);
    await fs.unlink(names.journal);
  } catch (error) {
    // The journal is undone last; if anything else could not be, it stays for the next run.
    const { failed, kept } = await rollback(fs, log);
    const journalLeft = failed.length === 0 ? (await rollback(fs, journalLog)).failed : [];
    await lock?.release();
    const reported = await reportedError(fs, error, current);
    const notes = [
      ...kept.map(({ backup, why }) =>
        ({
          removed: `Another program put a file where a removed one was; the removed file is kept in ${shown(backup)}.`,
          moved: `Another program moved a replaced file away; its previous contents are kept in ${shown(backup)}.`,
          edited: `Another program edited a replaced file after it was replaced; its edit stays, and the previous contents are kept in ${shown(backup)}.`,
        })[why],
      ),
      ...(failed.length > 0 ? [`Could not undo ${failed.map(shown).join(', ')} yet; the next run finishes the rollback.`] : []),
      ...journalLeft.map((j) => `Its journal ${shown(j)} could not be removed; the next run clears it.`),
    ];
    if (notes.length === 0) throw reported;
    const message = `${failed.length > 0 || kept.length > 0 ? reported.message.replace(/ (N|n)othing was written\.$/, '') : reported.message} ${notes.join(' ')}`;
    // An interrupted run still exits with its signal's code.
    throw reported instanceof InterruptedError ? new InterruptedError(reported.signal, message) : new WriteError(message);
  }
  // Drop the temps and backups. A failure here leaves only dot-files the next run removes or reports.
  for (const step of log) {
    if (step.kind === 'temp') await fs.unlink(step.path).catch(() => undefined);
    if (step.kind === 'replaced' || step.kind === 'removed') await fs.unlink(step.backup).catch(() => undefined);
  }
  await lock?.release();
}
