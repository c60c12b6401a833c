import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileWrite } from './preflight.js';
import { isProcessAlive } from './process-alive.js';
import type { WriterFs } from './writer-fs.js';

/**
 * The intent log that makes a commit all-or-nothing even across SIGKILL or a
 * power cut. Before the first folder is made, the writer records in the
 * repository root which files and folders it is about to create and the hash
 * of each file's contents. Deleting the journal is the commit point. A later
 * run that finds the journal of a dead process undoes that run: it removes
 * the files it created (only if their contents are still exactly what it
 * wrote), restores files it replaced, and removes the folders it made if empty.
 */

export interface RunNames {
  /** `<pid>-<8 hex>`: temp, backup and journal names share it, and the pid tells a dead run. */
  readonly id: string;
  readonly journal: string;
  temp(target: string): string;
  backup(target: string): string;
}

export const MARKER = '.specwright-';
const JOURNAL_FILE = /^\.specwright-(\d+)-[0-9a-f]{8}\.journal$/;
/** The only places a journal may name: the writer never writes anywhere else. */
const ALLOWED_FILE = /^(docs\/specs|docs\/features|tests)\/[A-Za-z0-9.][A-Za-z0-9._-]*$/;
const ALLOWED_DIRS: readonly string[] = ['docs', 'docs/specs', 'docs/features', 'tests'];

export function runNames(root: string): RunNames {
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const sibling = (target: string, kind: string): string =>
    path.join(path.dirname(target), `.${path.basename(target)}${MARKER}${id}.${kind}`);
  return {
    id,
    journal: path.join(root, `${MARKER}${id}.journal`),
    temp: (target) => sibling(target, 'tmp'),
    backup: (target) => sibling(target, 'bak'),
  };
}

interface JournalEntry {
  readonly path: string;
  readonly sha256: string;
  readonly replaces: boolean;
  readonly temp: string;
  readonly backup: string;
}

interface JournalData {
  readonly files: readonly JournalEntry[];
  readonly dirs: readonly string[];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function journalFor(root: string, names: RunNames, writes: readonly FileWrite[]): string {
  const rel = (p: string): string => path.relative(root, p).split(path.sep).join('/');
  const data: JournalData = {
    files: writes.map((w) => ({
      path: w.relativePath,
      sha256: sha256(w.contents),
      replaces: w.replaces,
      temp: rel(names.temp(w.absolutePath)),
      backup: rel(names.backup(w.absolutePath)),
    })),
    dirs: writes.flatMap((w) => w.missingDirs.map(rel)),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}


/** A path from a journal is trusted only inside the writer's own folders, and never through a link. */
async function safePath(fs: WriterFs, root: string, relative: unknown, pattern: (p: string) => boolean): Promise<string | undefined> {
  if (typeof relative !== 'string' || !pattern(relative) || relative.split('/').includes('..')) return undefined;
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

async function undo(fs: WriterFs, root: string, data: JournalData): Promise<string[]> {
  const done: string[] = [];
  for (const entry of [...data.files].reverse()) {
    const target = await safePath(fs, root, entry.path, isFilePath);
    const temp = await safePath(fs, root, entry.temp, isFilePath);
    const backup = await safePath(fs, root, entry.backup, isFilePath);
    if (!target) continue;
    if (temp) await fs.unlink(temp).catch(() => undefined);
    if (entry.replaces) {
      if (backup && (await fs.rename(backup, target).then(() => true, () => false))) done.push(`restored ${entry.path}`);
      continue;
    }
    const info = await fs.lstat(target).catch(() => undefined);
    if (!info?.isFile()) continue;
    // Only the exact bytes that run wrote: a file edited since, or someone else's, stays.
    const contents = await fs.readFile(target).catch(() => undefined);
    if (contents !== undefined && sha256(contents) === entry.sha256 && (await fs.unlink(target).then(() => true, () => false))) {
      done.push(`removed ${entry.path}`);
    }
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
  const names = await fs.readdir(root).catch(() => [] as string[]);
  const reports: string[] = [];
  for (const name of names) {
    const match = JOURNAL_FILE.exec(name);
    if (!match || isProcessAlive(Number(match[1]))) continue;
    const journal = path.join(root, name);
    let data: JournalData | undefined;
    try {
      data = JSON.parse(await fs.readFile(journal)) as JournalData;
    } catch {
      // Cut short while being written: that run had not touched anything else yet.
    }
    const done = data && Array.isArray(data.files) && Array.isArray(data.dirs) ? await undo(fs, root, data) : [];
    await fs.unlink(journal).catch(() => undefined);
    reports.push(`Rolled back a run that was killed mid-write (pid ${match[1]})${done.length > 0 ? `: ${done.join(', ')}` : ''}.`);
  }
  return reports;
}
