import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileWrite } from './preflight.js';
import { isProcessAlive } from './process-alive.js';
import type { WriterFs } from './writer-fs.js';

/**
 * The intent log that makes a commit all-or-nothing even when the process is
 * killed outright (SIGKILL). Before the first folder is made, the writer
 * records which files it will create or replace, with the hash of each file's
 * new contents, and which folders it will make. Deleting the journal is the
 * commit point. A later run that finds the journal of a dead process undoes
 * that run: it removes the files it created and puts back the files it
 * replaced, but only where the file still holds exactly the bytes that run
 * wrote, and removes the planned folders if they are empty.
 *
 * Journals live in `.git/` (never committed, never in a colleague's
 * checkout, no folder to create), or in the root outside git. Temp and backup names
 * are derived from the journal's id, never read from the journal, so a
 * planted journal can name nothing but the writer's own three folders.
 */

export interface RunNames {
  /** `<pid>-<8 hex>`: temp, backup and journal names share it, and the pid tells a dead run. */
  readonly id: string;
  readonly journal: string;
  temp(target: string): string;
  backup(target: string): string;
}

export const MARKER = '.specwright-';
const JOURNAL_FILE = /^\.specwright-((\d+)-[0-9a-f]{8})\.journal$/;
/** The only places a journal may name, relative to the root. */
const ALLOWED_FILE = /^(docs\/specs|docs\/features|tests)\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ALLOWED_DIRS: readonly string[] = ['docs', 'docs/specs', 'docs/features', 'tests'];

/** Where journals go: `.git` when the root is a plain git checkout, else the root. */
export async function journalDir(fs: WriterFs, root: string): Promise<string> {
  const git = path.join(root, '.git');
  const info = await fs.lstat(git).catch(() => undefined);
  return info?.isDirectory() ? git : root;
}

function namesFor(dir: string, id: string): RunNames {
  const sibling = (target: string, kind: string): string =>
    path.join(path.dirname(target), `.${path.basename(target)}${MARKER}${id}.${kind}`);
  return {
    id,
    journal: path.join(dir, `${MARKER}${id}.journal`),
    temp: (target) => sibling(target, 'tmp'),
    backup: (target) => sibling(target, 'bak'),
  };
}

export function runNames(dir: string): RunNames {
  return namesFor(dir, `${process.pid}-${randomBytes(4).toString('hex')}`);
}

interface JournalEntry {
  readonly path: string;
  readonly sha256: string;
  readonly replaces: boolean;
}

interface JournalData {
  readonly files: readonly JournalEntry[];
  readonly dirs: readonly string[];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function journalFor(root: string, writes: readonly FileWrite[]): string {
  const rel = (p: string): string => path.relative(root, p).split(path.sep).join('/');
  const data: JournalData = {
    files: writes.map((w) => ({ path: w.relativePath, sha256: sha256(w.contents), replaces: w.replaces })),
    dirs: writes.flatMap((w) => w.missingDirs.map(rel)),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A journal path is trusted only inside the writer's own folders, and never through a link. */
async function safePath(fs: WriterFs, root: string, relative: unknown, allowed: (p: string) => boolean): Promise<string | undefined> {
  if (typeof relative !== 'string' || !allowed(relative)) return undefined;
  let current = root;
  for (const part of relative.split('/').slice(0, -1)) {
    current = path.join(current, part);
    const info = await fs.lstat(current).catch(() => undefined);
    if (!info?.isDirectory()) return undefined;
  }
  return path.join(root, relative);
}

const isFilePath = (p: string): boolean => ALLOWED_FILE.test(p);
const isDirPath = (p: string): boolean => ALLOWED_DIRS.includes(p);

/** The file's hash if it is a regular file (not a link), else undefined. */
async function hashOf(fs: WriterFs, file: string): Promise<string | undefined> {
  const info = await fs.lstat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return fs.readFile(file).then(sha256, () => undefined);
}

async function undoFile(fs: WriterFs, root: string, names: RunNames, entry: JournalEntry): Promise<string | undefined> {
  const target = await safePath(fs, root, entry.path, isFilePath);
  if (!target) return undefined;
  await fs.unlink(names.temp(target)).catch(() => undefined);
  // Only the exact bytes that run wrote are its own: a file edited since, or someone else's, stays.
  const ours = (await hashOf(fs, target)) === entry.sha256;
  const backup = names.backup(target);
  if (entry.replaces) {
    const saved = await fs.lstat(backup).catch(() => undefined);
    if (!saved?.isFile()) return undefined;
    if (ours && (await fs.rename(backup, target).then(() => true, () => false))) return `restored ${entry.path}`;
    // Not replaced yet, the backup is a second name of the untouched original: drop it.
    // Otherwise (edited since) both stay, and the next runs point at the backup.
    const current = await fs.lstat(target).catch(() => undefined);
    if (current && current.ino === saved.ino && current.dev === saved.dev) await fs.unlink(backup).catch(() => undefined);
    return undefined;
  }
  return ours && (await fs.unlink(target).then(() => true, () => false)) ? `removed ${entry.path}` : undefined;
}

async function undo(fs: WriterFs, root: string, names: RunNames, data: JournalData): Promise<string[]> {
  const done: string[] = [];
  for (const entry of [...data.files].reverse()) {
    const result = await undoFile(fs, root, names, entry);
    if (result) done.push(result);
  }
  for (const dir of [...data.dirs].reverse()) {
    const full = await safePath(fs, root, dir, isDirPath);
    const info = full ? await fs.lstat(full).catch(() => undefined) : undefined;
    // rmdir removes only an empty folder: anything put there since keeps it.
    if (full && info?.isDirectory() && (await fs.rmdir(full).then(() => true, () => false))) done.push(`removed ${dir}/`);
  }
  return done;
}

/**
 * Finds journals of runs that died mid-commit and undoes them. Returns one
 * line per undone run, for the user to read.
 */
export async function recoverInterruptedRuns(fs: WriterFs, root: string): Promise<string[]> {
  const dir = await journalDir(fs, root);
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  const reports: string[] = [];
  for (const name of entries) {
    const match = JOURNAL_FILE.exec(name);
    if (!match || isProcessAlive(Number(match[2]))) continue;
    const journal = path.join(dir, name);
    let data: JournalData | undefined;
    try {
      data = JSON.parse(await fs.readFile(journal)) as JournalData;
    } catch {
      // Cut short while being written: that run had not touched anything else yet.
    }
    const valid = data && Array.isArray(data.files) && Array.isArray(data.dirs);
    const done = valid ? await undo(fs, root, namesFor(dir, match[1]!), data!) : [];
    await fs.unlink(journal).catch(() => undefined);
    reports.push(`Rolled back a run that was killed mid-write (pid ${match[2]})${done.length > 0 ? `: ${done.join(', ')}` : ''}.`);
  }
  return reports;
}
