import path from 'node:path';
import { contentHash, HASH_PREFIX } from './content-hash.js';
import { thisMachine, type Machine } from './machine.js';
import type { FileWrite } from './preflight.js';
import { processStartTime } from './process-identity.js';
import { CONFIG_FILE, DEFAULT_DOCS_DIR, DEFAULT_SPECS_DIR, DEFAULT_TESTS_DIR } from '../base/default-layout.js';
import { checkFolder, foldersOnTheWay } from '../base/folder-rule.js';
import { isObject } from '../base/is-object.js';

/**
 * The intent log that makes a commit all-or-nothing even when the process is
 * killed outright (SIGKILL). Before the first folder is made, the writer
 * records which files it will create, replace or remove, with the hash of each
 * file's new contents (of a removed file, its contents), and which folders it will make. Deleting the journal is the
 * commit point. A later run that finds the journal of a dead run undoes
 * it (see recover-runs.ts).
 *
 * Journals live in git's folder for the work tree (`.git/`, or where a
 * worktree's or submodule's `.git` file points: never committed, never in a
 * colleague's checkout), or in the root outside git. A journal appears
 * whole or not at all (written to a temp name, then renamed), so one that
 * does not parse is not a run mid-write but damage or a foreign file. Temp,
 * backup and lock names are derived from the journal's id, never read from
 * the journal, so a planted journal can name nothing but the writer's own
 * folders.
 */

export interface RunNames {
  /** `<pid>-<8 hex>`: temp, backup, lock and journal names share it. */
  readonly id: string;
  readonly journal: string;
  /** Where the journal is written before it is renamed into place. */
  readonly journalTemp: string;
  /** The socket a live run listens on (run-lock.ts). */
  readonly lock: string;
  /** A dead run's journal, claimed by the run (`claimer`, a run id) that undoes it. */
  claimedBy(claimer: string): string;
  temp(target: string): string;
  backup(target: string): string;
  /** The temp, renamed so, while its target is written in place (no hard links): proof for recovery. */
  inPlace(target: string): string;
  /** A second name of a --force replacement, kept until the commit point: proof for recovery that the target is this run's. */
  placed(target: string): string;
}

export const MARKER = '.specwright-';
const ID = '(\\d+)-[0-9a-f]{8}';
/**
 * The writer's own entries in the journal folder: journals, journals being
 * written, journals claimed for undoing (`.undo-<claimer id>`), locks and locks being made.
 */
export const RUN_FILE = new RegExp(`^\\.specwright-(${ID})\\.(journal|journal\\.tmp|journal\\.undo-(\\d+-[0-9a-f]{8})|lock|lock\\.tmp)$`);
/**
 * The writer's dot-files beside targets: `.<name>.specwright-<id>.tmp|bak|inplace|new`
 * (`inplace`: the complete temp of a file being written in place, where hard links fail;
 * `new`: a second name of a --force replacement until the commit point).
 */
export const SIBLING_FILE = new RegExp(`^\\.(.+)\\.specwright-(${ID})\\.(tmp|bak|inplace|new)$`);
/**
 * What a journal may name, and what recovery will touch: files of the kinds
 * specwright writes, in the places the recovering run's own configuration
 * writes to (config/layout.ts), never a place a journal merely claims. The
 * writer records its folders too (checked by the same rules as a config's
 * folders); a journal naming places the recovering run does not write (a run
 * in another workspace package, or another configuration) is left for a run
 * that does, never undone and never set aside. A journal from before folders
 * were configurable names none: it wrote to the default folders, the only ones then.
 */
export const FOLDERS_BEFORE_CONFIG: readonly string[] = [DEFAULT_SPECS_DIR, DEFAULT_DOCS_DIR, DEFAULT_TESTS_DIR];

export interface JournalPlaces {
  /** Folders of specs, docs stubs and test stubs. */
  readonly content: readonly string[];
  /**
   * The tests folder, whose subfolders hold hand-written tests that `renumber`
   * rewrites where they cite a renumbered spec: content files below it are in place too.
   */
  readonly testsTree?: string;
  /** The other workspace packages' tests folders, which a renumber from the root edits too: content files in and below them are in place. */
  readonly otherTestsTrees?: readonly string[];
  /** The team's templates folder (eject). */
  readonly templates: string;
  /** The root and the package the run is in (init: package.json and the config). */
  readonly packages: readonly string[];
}

/** Specs, docs and stubs: Markdown, or JavaScript and TypeScript. */
export const CONTENT_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(md|[cm]?[jt]sx?)$/i;
const TEMPLATE_FILE = /^[a-z0-9][a-z0-9.-]*\.hbs$/;
const PACKAGE_FILES: readonly string[] = ['package.json', CONFIG_FILE];

/** The files of a journal that are not of a kind, or not in a place, this run's configuration writes. */
export function outsidePlaces(data: JournalData, places: JournalPlaces): string[] {
  return data.files
    .map((entry) => entry.path)
    .filter((file) => {
      const slash = file.lastIndexOf('/');
      const folder = slash === -1 ? '.' : file.slice(0, slash);
      const name = file.slice(slash + 1);
      const inTestsTree =
        (places.testsTree !== undefined && (places.testsTree === '.' || folder.startsWith(`${places.testsTree}/`))) ||
        (places.otherTestsTrees ?? []).some((tree) => tree === '.' || folder === tree || folder.startsWith(`${tree}/`));
      return !(
        (([...places.content, ...FOLDERS_BEFORE_CONFIG].includes(folder) || inTestsTree) && CONTENT_FILE.test(name)) ||
        (folder === places.templates && TEMPLATE_FILE.test(name)) ||
        (places.packages.includes(folder) && PACKAGE_FILES.includes(name))
      );
    });
}

/** A file's own name: what specwright names files. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A journal names a few dozen files at most (a renumber's citations): anything much larger is not one of ours. */
export const MAX_JOURNAL_BYTES = 64 * 1024;
/** How many files one run may write, and in how many folders (a renumber edits tests in subfolders). */
export const MAX_JOURNAL_FILES = 64;
export const MAX_JOURNAL_FOLDERS = 16;
const VERSION = 1;
/**
 * Journals with a removal. An older specwright would undo their other files
 * but leave the removed one in its backup (no spec at either number), so it
 * must refuse them as a version it does not read, and leave everything be.
 */
const VERSION_WITH_REMOVALS = 2;

export function namesFor(dir: string, id: string): RunNames {
  const sibling = (target: string, kind: string): string =>
    path.join(path.dirname(target), `.${path.basename(target)}${MARKER}${id}.${kind}`);
  const journal = path.join(dir, `${MARKER}${id}.journal`);
  return {
    id,
    journal,
    journalTemp: `${journal}.tmp`,
    lock: path.join(dir, `${MARKER}${id}.lock`),
    claimedBy: (claimer) => `${journal}.undo-${claimer}`,
    temp: (target) => sibling(target, 'tmp'),
    backup: (target) => sibling(target, 'bak'),
    inPlace: (target) => sibling(target, 'inplace'),
    placed: (target) => sibling(target, 'new'),
  };
}

export function runNames(dir: string): RunNames {
  // Unique among this pid's runs is all it needs (no secret): Math.random spares loading node:crypto.
  const hex = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
  return namesFor(dir, `${process.pid}-${hex}`);
}

export interface JournalEntry {
  readonly path: string;
  /**
   * The new contents' fingerprint (content-hash.ts), or the SHA-256 hex of a 0.1.0 journal;
   * for a removal, the removed file's: what its backup must hold to be put back.
   */
  readonly hash: string;
  readonly replaces: boolean;
  /** The file is removed (renamed to its backup until the commit point): `"removes": true`, version 2 only. */
  readonly removes: boolean;
}

export interface JournalData {
  readonly files: readonly JournalEntry[];
  readonly dirs: readonly string[];
  /** The folders its files are in (the writer's layout). */
  readonly folders: readonly string[];
  /** The writer: its pid and start time (/proc), for when it could hold no lock. */
  readonly pid: number;
  readonly started: string | null;
  /** The writer's machine: a lock only speaks for runs on the same kernel (see machine.ts). */
  readonly machine: Machine | null;
}

export function journalFor(root: string, writes: readonly FileWrite[], folders: readonly string[]): string {
  const rel = (p: string): string => path.relative(root, p).split(path.sep).join('/');
  const data = {
    specwright: writes.some((w) => w.removes) ? VERSION_WITH_REMOVALS : VERSION,
    pid: process.pid,
    started: processStartTime(process.pid) ?? null,
    machine: thisMachine(),
    folders,
    files: writes.map((w) => ({ path: w.relativePath, hash: contentHash(w.contents), replaces: w.replaces, ...(w.removes ? { removes: true } : {}) })),
    dirs: writes.flatMap((w) => w.missingDirs.map(rel)),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}


/** A folder as the writer records it: already normalised, so any other spelling is not ours. */
const isPlainFolder = (folder: string): boolean => {
  const checked = checkFolder(folder);
  return 'folder' in checked && checked.folder === folder;
};

/**
 * The journal's data, or what is wrong with it. Every field is checked
 * before any is used: a damaged or planted journal is never acted on. A
 * journal of 0.1.0 (no version, no writer fields) is read with the pid from
 * its name.
 */
export function parseJournal(text: string, pidFromName: number): JournalData | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: text.trim() === '' ? 'it is empty' : 'it is not valid JSON' };
  }
  if (!isObject(data)) return { problem: 'it is not a JSON object' };
  const version = data.specwright ?? VERSION;
  if (version !== VERSION && version !== VERSION_WITH_REMOVALS) return { problem: `it has version ${JSON.stringify(data.specwright)}, and this specwright reads versions ${VERSION} and ${VERSION_WITH_REMOVALS}` };
  const { files, dirs } = data;
  const folders = data.folders ?? FOLDERS_BEFORE_CONFIG;
  if (!Array.isArray(folders) || folders.length === 0 || folders.length > MAX_JOURNAL_FOLDERS || folders.some((f) => typeof f !== 'string' || !isPlainFolder(f))) {
    return { problem: `"folders" is not a list of 1 to ${MAX_JOURNAL_FOLDERS} folders inside the project` };
  }
  const inFolder = (file: string): boolean => {
    const slash = file.lastIndexOf('/');
    const folder = slash === -1 ? '.' : file.slice(0, slash);
    return (folders as string[]).includes(folder) && FILE_NAME.test(file.slice(slash + 1));
  };
  const allowedDirs = new Set((folders as string[]).flatMap(foldersOnTheWay));
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_JOURNAL_FILES) return { problem: `"files" is not a list of 1 to ${MAX_JOURNAL_FILES} entries` };
  const named = new Set<string>();
  for (const [i, entry] of files.entries()) {
    if (!isObject(entry) || typeof entry.path !== 'string' || !inFolder(entry.path)) return { problem: `files[${i}] does not name a file specwright writes` };
    // Undoing one file twice (restore it, then remove it as created) could undo the other's undo.
    if (named.has(entry.path)) return { problem: `files[${i}] names ${entry.path} a second time` };
    named.add(entry.path);
    const hash = entry.hash ?? entry.sha256;
    if (typeof hash !== 'string' || !(new RegExp(`^${HASH_PREFIX}[0-9a-f]{16}$`).test(hash) || /^[0-9a-f]{64}$/.test(hash))) return { problem: `files[${i}] has no content hash` };
    if (typeof entry.replaces !== 'boolean') return { problem: `files[${i}].replaces is not true or false` };
    if (entry.removes !== undefined && (typeof entry.removes !== 'boolean' || version !== VERSION_WITH_REMOVALS || (entry.removes && entry.replaces))) {
      return { problem: `files[${i}].removes is not a removal of a version ${VERSION_WITH_REMOVALS} journal` };
    }
  }
  if (!Array.isArray(dirs) || dirs.length > 16 || dirs.some((d) => typeof d !== 'string' || !allowedDirs.has(d))) {
    return { problem: '"dirs" is not a list of folders specwright makes' };
  }
  const pid = data.pid ?? pidFromName;
  if (pid !== pidFromName) return { problem: 'its pid differs from its name' };
  const started = data.started ?? null;
  if (started !== null && (typeof started !== 'string' || !/^\d+$/.test(started))) return { problem: '"started" is not a start time' };
  const machine = data.machine ?? null;
  if (machine !== null && (!isObject(machine) || typeof machine.host !== 'string' || (machine.boot !== null && typeof machine.boot !== 'string'))) {
    return { problem: '"machine" is not a host and a boot id' };
  }
  const entries = files.map((entry: Record<string, unknown>) => ({ path: entry.path as string, hash: (entry.hash ?? entry.sha256) as string, replaces: entry.replaces as boolean, removes: entry.removes === true }));
  return { files: entries, dirs: dirs as string[], folders: folders as string[], pid, started, machine: machine as Machine | null };
}

/** Reads a journal's name: the run's id and pid, and which of its files it is. */
export type RunFileKind = 'journal' | 'journal.tmp' | 'journal.undo' | 'lock' | 'lock.tmp';

export interface RunFile {
  readonly id: string;
  readonly pid: number;
  readonly kind: RunFileKind;
  /** For a claimed journal: the id of the run that undoes it. */
  readonly claimer?: string;
}

export function runFileOf(name: string): RunFile | undefined {
  const match = RUN_FILE.exec(name);
  if (!match) return undefined;
  const claimer = match[4];
  return { id: match[1]!, pid: Number(match[2]), kind: (claimer ? 'journal.undo' : match[3]) as RunFileKind, ...(claimer ? { claimer } : {}) };
}

