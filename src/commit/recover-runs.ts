import path from 'node:path';
import { isOwnedByUs } from '../base/ownership.js';
import { hasHash } from './content-hash.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_JOURNAL_BYTES, namesFor, outsidePlaces, parseJournal, runFileOf, runNames, type JournalData, type JournalEntry, type JournalPlaces, type RunFile, type RunNames } from './journal.js';
import { relation } from './machine.js';
import { mayStillRun } from './process-identity.js';
import { holdRunLock, probeRunLock, type RunLock } from './run-lock.js';
import { LINK_UNSUPPORTED, NOT_REGULAR, sameFile, shownPath, TOO_LARGE, type WriterFs } from './writer-fs.js';

/** Far longer than any run takes from bind() to listen() on its lock socket. */
const LOCK_SETUP_MS = 10_000;

/** A file larger than this was never written by specwright: its bytes are not worth reading. */
const MAX_TARGET_BYTES = 16 * 1024 * 1024;

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

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
 * Whether `target` is the file the dead run created, by identity, not by
 * content alone (a rerun may have written the same bytes since, and those
 * are someone else's): the run's temp and its target are one file until the
 * commit point, holding exactly the planned bytes. Where hard links failed,
 * the run renamed its complete temp to its in-place name before writing the
 * target in place: then a strict start of those bytes is a write the kill
 * cut short (a complete one may be a rerun's, and stays).
 */
async function createdByRun(fs: WriterFs, target: string, names: RunNames, planned: string): Promise<boolean> {
  const [now, temp] = await Promise.all([fs.lstat(target).catch(() => undefined), fs.lstat(names.temp(target)).catch(() => undefined)]);
  if (!now?.isFile()) return false;
  const text = await textOf(fs, target);
  if (text === undefined) return false;
  if (sameFile(now, temp)) return hasHash(text, planned);
  // Only a strict start: a complete file with those bytes may be a rerun's, written since.
  const full = await textOf(fs, names.inPlace(target));
  return full !== undefined && text.length < full.length && full.startsWith(text) && (await hasHash(full, planned));
}

/**
 * Whether `target` is the replacement the dead --force run put there: its
 * bytes, and, where the run could keep a second name of it (hard links), that
 * very file; a rerun's file with the same bytes is not the dead run's.
 */
async function replacedByRun(fs: WriterFs, target: string, names: RunNames, planned: string): Promise<boolean> {
  const [now, placed] = await Promise.all([fs.lstat(target).catch(() => undefined), fs.lstat(names.placed(target)).catch(() => undefined)]);
  if (!now?.isFile() || (placed !== undefined && !sameFile(now, placed))) return false;
  // Without the second name, only a file system without hard links explains a backup: where links
  // work, the run made that name before its backup, so a backup without it is not the run's.
  if (placed === undefined && (await hardLinksWork(fs, names.backup(target)))) return false;
  const text = await textOf(fs, target);
  return text !== undefined && (await hasHash(text, planned));
}

/** Whether `file`'s folder takes hard links: a second name of it, made and removed at once. */
async function hardLinksWork(fs: WriterFs, file: string): Promise<boolean> {
  const probe = `${file}.probe`;
  const made = await fs.link(file, probe).then(() => true, () => false);
  if (made) await fs.unlink(probe).catch(() => undefined);
  return made;
}

/**
 * Undoes one file of a dead run; returns what it did, for the user, or
 * undefined when nothing was its to undo. The target is acted on first and
 * the proofs (temp, in-place temp, second name) removed after: a recovering
 * run killed in between leaves them for the next one, which can still tell
 * the dead run's file from anyone else's.
 */
async function undoFile(fs: WriterFs, root: string, names: RunNames, entry: JournalEntry): Promise<string | undefined> {
  const target = await safePath(fs, root, entry.path);
  if (!target) return undefined;
  if (entry.removes) return undoRemoval(fs, target, names, entry);
  const proofs = [names.temp(target), names.inPlace(target), names.placed(target)];
  const dropProofs = async (): Promise<void> => {
    for (const proof of proofs) await fs.unlink(proof).catch(() => undefined);
  };
  const ours = entry.replaces ? await replacedByRun(fs, target, names, entry.hash) : await createdByRun(fs, target, names, entry.hash);
  if (!entry.replaces) {
    const removed = ours && (await fs.unlink(target).then(() => true, () => false));
    await dropProofs();
    return removed ? `removed ${entry.path}` : undefined;
  }
  const backup = names.backup(target);
  const saved = await fs.lstat(backup).catch(() => undefined);
  let result: string | undefined;
  if (!saved?.isFile()) {
    result = undefined;
  } else if (sameFile(saved, await fs.lstat(target).catch(() => undefined))) {
    // Killed between backing up and replacing: both names are still the untouched original
    // (renaming one onto the other would be a no-op that leaves the backup forever).
    await fs.unlink(backup).catch(() => undefined);
  } else if (ours && (await fs.rename(backup, target).then(() => true, () => false))) {
    result = `restored ${entry.path}`;
  }
  // Otherwise edited since: both stay, and the next runs point at the backup.
  await dropProofs();
  return result;
}

/**
 * Puts back a file the dead run removed (renamed to its backup name). Only
 * its backup is moved, only if it is a regular file of this user holding
 * the bytes the journal names, and never over a file at the target (link()
 * is exclusive): a file put there since stays, and so does the backup, for
 * the user (stale-temps.ts reports it). No backup: the run never got to the
 * removal, or the file is back already.
 */
async function undoRemoval(fs: WriterFs, target: string, names: RunNames, entry: JournalEntry): Promise<string | undefined> {
  const backup = names.backup(target);
  const saved = await fs.readRegular(backup, MAX_TARGET_BYTES).catch(() => undefined);
  if (!saved || !isOwnedByUs(saved.uid) || !(await hasHash(saved.text, entry.hash))) return undefined;
  const now = await fs.lstat(target).catch(() => undefined);
  // A recovering run killed between its link and its unlink left two names of the one file.
  if (now && sameFile(now, await fs.lstat(backup).catch(() => undefined))) {
    await fs.unlink(backup).catch(() => undefined);
    return `restored ${entry.path}`;
  }
  if (now) return undefined;
  const linked = await fs.link(backup, target).then(() => undefined, codeOf);
  if (linked === undefined) {
    await fs.unlink(backup).catch(() => undefined);
    return `restored ${entry.path}`;
  }
  // Without hard links, a rename: nothing was at the target a moment ago. Any other refusal (EEXIST:
  // a file appeared there just now) leaves the backup for the user.
  if (!LINK_UNSUPPORTED.has(linked)) return undefined;
  return (await fs.rename(backup, target).then(() => true, () => false)) ? `restored ${entry.path}` : undefined;
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

type Verdict = 'live' | 'dead' | 'elsewhere';

/**
 * Whether the run that wrote a journal may still be writing. Its lock is
 * asked FIRST, before its journal is read: a run removes its journal (its
 * commit point) before it releases its lock, so a journal read after a lock
 * found dead or absent cannot belong to a run that has committed since.
 */
async function writerOf(fs: WriterFs, file: string, names: RunNames, pidFromName: number): Promise<{ verdict: Verdict; text?: string }> {
  const lock = await probeRunLock(names.lock);
  if (lock === 'live' || lock === 'unknown') return { verdict: 'live' };
  const text = await fs.readRegular(file, MAX_JOURNAL_BYTES).then((r) => r.text, () => undefined);
  if (text === undefined) return { verdict: 'live' }; // gone: committed meanwhile
  const data = parseJournal(text, pidFromName);
  const valid = !('problem' in data);
  const where = valid ? relation(data.machine) : 'same';
  if (where === 'rebooted') return { verdict: 'dead', text };
  // Another kernel: its socket cannot be reached from here, nor its pid seen.
  if (where === 'other') return { verdict: 'elsewhere', text };
  if (lock === 'dead') return { verdict: 'dead', text };
  // No lock: the run could not make one, or someone removed it: its pid and start time decide.
  return { verdict: mayStillRun(pidFromName, valid ? data.started : null) ? 'live' : 'dead', text };
}

/** How long a run waits for another run to finish undoing a dead run, and how often it looks. */
const CLAIM_WAIT_MS = 10_000;
const CLAIM_POLL_MS = 25;

/**
 * Finds journals of runs that died mid-commit and undoes them, and clears
 * what dead runs left in the journal folder (a journal cut short before it
 * was renamed into place, a lock socket).
 *
 * A dead run's journal is first claimed: renamed to `.undo-<this run's id>`
 * while this run holds its own lock. So a run that committed meanwhile is
 * never touched (the rename fails), and a run that finds a journal claimed
 * by a live run waits until that run has finished undoing before it plans
 * or writes anything (else the undo could act on files it writes). A claim
 * whose run died is taken over: undoing is repeatable, and its proofs (temps,
 * second names) outlive the targets.
 *
 * Reads a journal only if it is a regular file owned by this user, of at
 * most 64 KiB (MAX_JOURNAL_BYTES); a journal or claim that is not (a link, a
 * FIFO, another user's, too large) is reported, never read, followed or
 * moved. The files a journal names, and their in-place temps, are read only
 * if they are regular files of at most 16 MiB (MAX_TARGET_BYTES), whoever
 * owns them. Nothing is read through a link or blocks on a FIFO. A dead run's
 * `.journal.tmp`, `.lock` and `.lock.tmp` are unlinked without being read,
 * whatever file they are (a folder so named stays). Undoes only files in `places`, the recovering run's own
 * configuration (see journal.ts). Returns one line per finding, for the user
 * to read.
 */
export async function recoverInterruptedRuns(fs: WriterFs, root: string, journalDir: string, places: JournalPlaces): Promise<string[]> {
  const shown = (p: string): string => shownPath(root, p);
  const entries = await fs.readdir(journalDir).catch(() => [] as string[]);
  const reports: string[] = [];
  const journals = new Set(entries.map(runFileOf).filter((run) => run?.kind === 'journal' || run?.kind === 'journal.undo').map((run) => run!.id));
  const me = runNames(journalDir);
  let myLock: RunLock | undefined | null = null;
  /** Claims of live runs: this run waits for them before it goes on. */
  const waitFor: { file: string; pid: number }[] = [];
  const claimsOf = async (id: string): Promise<RunFile[]> =>
    (await fs.readdir(journalDir).catch(() => [] as string[])).map(runFileOf).filter((r): r is RunFile => r?.kind === 'journal.undo' && r.id === id);
  try {
    for (const name of entries) {
      const run = runFileOf(name);
      if (!run) continue;
      const names = namesFor(journalDir, run.id);
      const file = path.join(journalDir, name);
      if (run.kind !== 'journal' && run.kind !== 'journal.undo') {
        // A journal never renamed into place (its run had touched nothing else yet), or a lock
        // of a run that ended: cleared once nothing holds it, or the run's pid is gone.
        if (journals.has(run.id)) continue;
        const lock = await probeRunLock(run.kind === 'lock.tmp' ? file : names.lock);
        const dead = lock === 'dead' || (lock === 'absent' && (run.kind !== 'journal.tmp' || !mayStillRun(run.pid, null)));
        // A socket being made refuses connections between bind() and listen(): a .lock.tmp
        // counts as dead only once it is older than any run takes to start listening.
        const settled = run.kind !== 'lock.tmp' || (await fs.lstat(file).then((i) => Date.now() - i.mtimeMs > LOCK_SETUP_MS, () => false));
        if (dead && settled) await fs.unlink(file).catch(() => undefined);
        continue;
      }
      // Not a regular file of ours, or too large to be a journal: reported, and never read, followed or moved.
      const info = await fs.lstat(file).catch(() => undefined);
      if (!info) continue;
      const foreign = info.isSymbolicLink()
        ? 'a symbolic link'
        : !info.isFile()
          ? 'not a regular file'
          : !isOwnedByUs(info.uid)
            ? 'owned by another user'
            : info.size > MAX_JOURNAL_BYTES
              ? `larger than a journal can be (${MAX_JOURNAL_BYTES} bytes)`
              : undefined;
      if (foreign) {
        reports.push(`warning: ignored ${shown(file)}: it is ${foreign}, so specwright neither reads nor follows it. Remove it if you did not put it there: rm -r '${file}'`);
        continue;
      }
      let text: string | undefined;
      if (run.kind === 'journal') {
        const writer = await writerOf(fs, file, names, run.pid);
        if (writer.verdict === 'live') continue;
        if (writer.verdict === 'elsewhere') {
          reports.push(`warning: ${shown(file)} is the journal of a run on another machine; specwright cannot tell whether it still runs, so it is left alone. If no run is writing there, remove it: rm '${file}'`);
          continue;
        }
        text = writer.text;
      } else {
        // Claimed by another run: wait while that run lives (it is undoing); take it over once it is dead.
        const claimer = await probeRunLock(namesFor(journalDir, run.claimer!).lock);
        if (claimer === 'live' || claimer === 'unknown') {
          waitFor.push({ file, pid: run.pid });
          continue;
        }
        text = await fs.readRegular(file, MAX_JOURNAL_BYTES).then((r) => r.text, (error: unknown) => (codeOf(error) === NOT_REGULAR || codeOf(error) === TOO_LARGE ? '' : undefined));
        if (text === undefined) continue;
      }
      // Only what this run's configuration writes is this run's to undo; another layout's run is left for its kind.
      const parsed = parseJournal(text ?? '', run.pid);
      const outside = 'problem' in parsed ? [] : outsidePlaces(parsed, places);
      if (outside.length > 0) {
        reports.push(
          `warning: ${shown(file)} is the journal of a run killed mid-write that wrote ${outside.join(', ')}, outside what this run's configuration writes; ` +
            `it is left for a run configured like it (\`specwright config\` shows this run's folders). If none will come, check those files, then: rm '${file}'`,
        );
        continue;
      }
      myLock ??= await holdRunLock(me.lock);
      const claimed = names.claimedBy(me.id);
      const claim = await fs.rename(file, claimed).then(() => undefined, codeOf);
      if (claim === 'ENOENT') {
        // Committed meanwhile, or claimed by another recovering run: wait for that one.
        for (const other of await claimsOf(run.id)) waitFor.push({ file: path.join(journalDir, names.claimedBy(other.claimer!)), pid: run.pid });
        continue;
      }
      if (claim !== undefined) {
        reports.push(`warning: cannot claim ${shown(file)}, the journal of a killed run (${claim}); nothing was undone. Remove it once its files are checked: rm '${file}'`);
        continue;
      }
      // The text claimed is the text read: parsed once, above.
      const data = parsed;
      if ('problem' in data) {
        // Written whole or not at all, so a broken journal is damage or a stranger's: set aside, reported once.
        const aside = `${names.journal}.invalid`;
        const moved = await fs.rename(claimed, aside).then(() => true, () => false);
        reports.push(
          `warning: ${shown(names.journal)} is not a valid specwright journal (${data.problem}); nothing was undone from it.` +
            `${moved ? ` It is now ${shown(aside)}.` : ''} If a killed run left files behind, remove them; then clear it: rm '${moved ? aside : claimed}'`,
        );
        continue;
      }
      const done = await undo(fs, root, names, data);
      const removed = await fs.unlink(claimed).then(() => undefined, (error: unknown) => codeOf(error));
      if (done.length > 0) reports.push(`Rolled back a run that was killed mid-write (pid ${run.pid}): ${done.join(', ')}.`);
      if (removed === undefined || removed === 'ENOENT') {
        await fs.unlink(names.lock).catch(() => undefined);
        if (done.length === 0) reports.push(`Cleared the journal of a run that was killed mid-write (pid ${run.pid}); none of its files remained.`);
      } else {
        reports.push(`warning: cannot remove ${shown(claimed)}, the journal of a killed run (${removed}); its files are undone. Remove it: rm '${claimed}'`);
      }
    }
  } finally {
    await myLock?.release();
  }
  for (const { file, pid } of waitFor) {
    let waited = 0;
    while (waited < CLAIM_WAIT_MS && (await fs.lstat(file).then(() => true, () => false))) {
      await sleep(CLAIM_POLL_MS);
      waited += CLAIM_POLL_MS;
    }
    if (waited >= CLAIM_WAIT_MS) reports.push(`warning: another run is still undoing a run killed mid-write (pid ${pid}) after ${CLAIM_WAIT_MS / 1000} s; if this run conflicts with it, run again.`);
  }
  return reports;
}

/**
 * Whether the run `id` may still be writing, for its temps and backups: its
 * journal is in place (after recovery, a journal left there is a live run's,
 * another machine's or a foreign file: not ours to judge) or claimed for
 * undoing (its temps are the proofs the undoing run needs), or its lock is held.
 */
export async function runMayBeLive(journalEntries: readonly string[], journalDir: string, id: string): Promise<boolean> {
  const names = namesFor(journalDir, id);
  const prefix = path.basename(names.journal);
  if (journalEntries.some((name) => name === prefix || name.startsWith(`${prefix}.undo-`))) return true;
  const lock = await probeRunLock(names.lock);
  return lock === 'live' || lock === 'unknown';
}
