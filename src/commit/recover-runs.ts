import path from 'node:path';
import { isOwnedByUs } from '../repo/ownership.js';
import { MAX_JOURNAL_BYTES, namesFor, parseJournal, runFileOf, sha256, type JournalData, type JournalEntry, type RunNames } from './journal.js';
import { mayStillRun } from './process-identity.js';
import { probeRunLock } from './run-lock.js';
import { NOT_REGULAR, TOO_LARGE, type WriterFs } from './writer-fs.js';

/** A file larger than this was never written by specwright: its hash is not worth reading for. */
const MAX_TARGET_BYTES = 16 * 1024 * 1024;

/** A journal path is trusted only inside the writer's own folders, and never through a link. */
async function safePath(fs: WriterFs, root: string, relative: string): Promise<string | undefined> {
  let current = root;
  for (const part of relative.split('/').slice(0, -1)) {
    current = path.join(current, part);
    const info = await fs.lstat(current).catch(() => undefined);
    if (!info?.isDirectory()) return undefined;
  }
  return path.join(root, relative);
}

/** The file's text if it is a regular file (not a link, FIFO or device) of a size specwright writes, else undefined. */
async function textOf(fs: WriterFs, file: string): Promise<string | undefined> {
  return fs.readRegular(file, MAX_TARGET_BYTES).then(({ text }) => text, () => undefined);
}

/**
 * Whether `target` holds what the dead run wrote there: exactly the bytes it
 * planned, or, on a file system without hard links (where a file is written
 * in place after its complete temp), the start of them, when its temp still
 * holds all of them: a write the kill cut short.
 */
async function holdsOurBytes(fs: WriterFs, target: string, temp: string, planned: string): Promise<boolean> {
  const now = await textOf(fs, target);
  if (now === undefined) return false;
  if (sha256(now) === planned) return true;
  const full = await textOf(fs, temp);
  return full !== undefined && sha256(full) === planned && full.startsWith(now);
}

const sameFile = (a: { dev: number; ino: number } | undefined, b: { dev: number; ino: number } | undefined): boolean =>
  a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** Undoes one file of a dead run; returns what it did, for the user, or undefined when nothing was its to undo. */
async function undoFile(fs: WriterFs, root: string, names: RunNames, entry: JournalEntry): Promise<string | undefined> {
  const target = await safePath(fs, root, entry.path);
  if (!target) return undefined;
  // Only the bytes that run wrote are its own: a file edited since, or someone else's, stays.
  const ours = await holdsOurBytes(fs, target, names.temp(target), entry.sha256);
  await fs.unlink(names.temp(target)).catch(() => undefined);
  if (!entry.replaces) {
    if (!ours) return undefined;
    return (await fs.unlink(target).then(() => true, () => false)) ? `removed ${entry.path}` : undefined;
  }
  const backup = names.backup(target);
  const saved = await fs.lstat(backup).catch(() => undefined);
  if (!saved?.isFile()) return undefined;
  // Killed between backing up and replacing: both names are still the untouched original
  // (renaming one onto the other would be a no-op that leaves the backup forever).
  if (sameFile(saved, await fs.lstat(target).catch(() => undefined))) {
    await fs.unlink(backup).catch(() => undefined);
    return undefined;
  }
  if (ours && (await fs.rename(backup, target).then(() => true, () => false))) return `restored ${entry.path}`;
  // Edited since: both stay, and the next runs point at the backup.
  return undefined;
}

async function undo(fs: WriterFs, root: string, names: RunNames, data: JournalData): Promise<string[]> {
  const done: string[] = [];
  for (const entry of [...data.files].reverse()) {
    const result = await undoFile(fs, root, names, entry);
    if (result) done.push(result);
  }
  for (const dir of [...data.dirs].reverse()) {
    const full = await safePath(fs, root, dir);
    const info = full ? await fs.lstat(full).catch(() => undefined) : undefined;
    // rmdir removes only an empty folder: anything put there since keeps it.
    if (full && info?.isDirectory() && (await fs.rmdir(full).then(() => true, () => false))) done.push(`removed ${dir}/`);
  }
  return done;
}

/** Whether the run that wrote `data` may still be writing: its lock socket if it held one, else its pid and start time. */
async function mayBeLive(names: RunNames, data: Pick<JournalData, 'lock' | 'pid' | 'started'>): Promise<boolean> {
  // A run removes its lock only after its journal: a lock gone while the journal stays was removed by
  // someone else, so the pid and start time decide then.
  const lock = data.lock ? await probeRunLock(names.lock) : 'absent';
  return lock === 'absent' ? mayStillRun(data.pid, data.started) : lock !== 'dead';
}

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

export interface RecoveryResult {
  /** Lines for the user: what was undone, and anything found that is not ours to touch. */
  readonly reports: readonly string[];
}

/**
 * Finds journals of runs that died mid-commit and undoes them, and clears
 * what dead runs left in the journal folder (a journal cut short before it
 * was renamed into place, a lock socket). Reads only regular files owned by
 * this user and at most 64 KiB, never through a link, never blocking on a
 * FIFO; anything else named like a journal is reported, never followed.
 * Returns one line per finding, for the user to read.
 */
export async function recoverInterruptedRuns(fs: WriterFs, root: string, journalDir: string): Promise<string[]> {
  const shown = (p: string): string => {
    const rel = path.relative(root, p);
    return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
  };
  const entries = await fs.readdir(journalDir).catch(() => [] as string[]);
  const reports: string[] = [];
  const journals = new Set(entries.filter((name) => runFileOf(name)?.kind === 'journal').map((name) => runFileOf(name)!.id));
  for (const name of entries) {
    const run = runFileOf(name);
    if (!run) continue;
    const names = namesFor(journalDir, run.id);
    const file = path.join(journalDir, name);
    if (run.kind !== 'journal') {
      // A journal never renamed into place (its run had touched nothing else yet), or the lock of a
      // run that ended: cleared once nothing holds the lock, or the run's pid is gone.
      if (journals.has(run.id)) continue;
      const lock = await probeRunLock(names.lock);
      const dead = lock === 'dead' || (lock === 'absent' && (run.kind === 'lock' || !mayStillRun(run.pid, null)));
      if (dead) await fs.unlink(file).catch(() => undefined);
      continue;
    }
    let text: string;
    try {
      const read = await fs.readRegular(file, MAX_JOURNAL_BYTES);
      if (!isOwnedByUs(read.uid)) {
        reports.push(`warning: ignored ${shown(file)}: it is owned by another user, so specwright neither reads nor follows it. Remove it if you did not put it there: rm -r '${file}'`);
        continue;
      }
      text = read.text;
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT') continue; // its run just finished
      const what = code === 'ELOOP' ? 'a symbolic link' : code === NOT_REGULAR ? 'not a regular file' : code === TOO_LARGE ? `larger than a journal can be (${MAX_JOURNAL_BYTES} bytes)` : `unreadable (${code})`;
      reports.push(`warning: ignored ${shown(file)}: it is ${what}, so specwright neither reads nor follows it. Remove it if you did not put it there: rm -r '${file}'`);
      continue;
    }
    const data = parseJournal(text, run.pid);
    if ('problem' in data) {
      // Written whole or not at all, so a broken journal is damage or a stranger's: set aside, reported once.
      const aside = `${file}.invalid`;
      const moved = await fs.rename(file, aside).then(() => true, () => false);
      const now = moved ? aside : file;
      reports.push(
        `warning: ${shown(file)} is not a valid specwright journal (${data.problem}); nothing was undone from it.` +
          `${moved ? ` It is now ${shown(aside)}.` : ''} If a killed run left files behind, remove them; then clear it: rm '${now}'`,
      );
      continue;
    }
    if (await mayBeLive(names, data)) continue;
    const done = await undo(fs, root, names, data);
    const removed = await fs.unlink(file).then(() => undefined, (error: unknown) => codeOf(error));
    if (removed === undefined || removed === 'ENOENT') {
      await fs.unlink(names.lock).catch(() => undefined);
      reports.push(
        done.length > 0
          ? `Rolled back a run that was killed mid-write (pid ${run.pid}): ${done.join(', ')}.`
          : `Cleared the journal of a run that was killed mid-write (pid ${run.pid}); none of its files remained.`,
      );
    } else {
      if (done.length > 0) reports.push(`Rolled back a run that was killed mid-write (pid ${run.pid}): ${done.join(', ')}.`);
      reports.push(`warning: cannot remove ${shown(file)}, the journal of a killed run (${removed}); its files are undone. Remove it: rm '${file}'`);
    }
  }
  return reports;
}

/** Whether the run `id` may still be writing: its journal is in place (recovery left it: a live run), or its lock is held. */
export async function runMayBeLive(fs: WriterFs, journalDir: string, id: string): Promise<boolean> {
  const names = namesFor(journalDir, id);
  if (await fs.lstat(names.journal).then(() => true, () => false)) return true;
  const lock = await probeRunLock(names.lock);
  return lock === 'live' || lock === 'unknown';
}
