import { lstatSync } from 'node:fs';
import path from 'node:path';
import { commitFiles } from '../commit/commit-files.js';
import { CONTENT_FILE, MAX_JOURNAL_FILES, MAX_JOURNAL_FOLDERS } from '../commit/journal.js';
import { preflight, preflightRemoval } from '../commit/preflight.js';
import { replaceRefusal } from '../commit/replace-permission.js';
import { realWriterFs, type WriterFs } from '../commit/writer-fs.js';
import { inFolder, isPlainName } from '../base/folder-rule.js';
import { listFolder } from '../base/list-folder.js';
import { NumberTakenError, UsageError, WriteError } from '../base/errors.js';
import type { RenderedFile } from '../render/render-files.js';
import { editableText, NOT_TEXT_WHY } from '../base/text/text-bytes.js';
import { readExistingSpecs } from '../specs/spec-numbers.js';
import { refuseConflicted } from '../specs/merge-conflicts.js';
import { readSpec } from '../specs/read-spec.js';
import { isDatedSpec, specFileName, specNumberOf } from '../specs/spec-file-name.js';
import { specsFolderNames, specsFolderNamesOrNone } from '../specs/specs-folder-names.js';
import { FILE_GONE, readBytes } from '../specs/read-specs-folder.js';
import { barePattern, chainEdits, idPattern, linesMatching, replaceInLines, type LineChange, type TextEdit } from '../specs/renumber-edit.js';
import { renumberLinkTexts } from '../specs/renumber-link-text.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';
import { specToEdit } from './set-status.js';
import type { SignalGuard } from './signal-guard.js';
import { indexAfter } from './spec-index-file.js';
import { recoverFirst } from './write-files.js';
import { branchesWarning } from './report.js';

export interface RenumberedFile {
  /** Relative to the root, forward slashes: where the file is after the run. */
  readonly path: string;
  /** `renamed`: the spec itself (from `from`); `edited`: a file citing it. */
  readonly change: 'renamed' | 'edited';
  readonly from?: string;
  readonly lines: readonly LineChange[];
}

export interface RenumberResult {
  /** Full ids: `0007-dark-mode` → `0008-dark-mode`. */
  readonly from: string;
  readonly to: string;
  readonly files: readonly RenumberedFile[];
  /** Test files citing the old bare number, left as they are because another spec keeps that number and the file names neither full id, or both. */
  readonly ambiguous: readonly { readonly path: string; readonly lines: readonly number[] }[];
  /** The specs that keep the old number (`0007-other`). */
  readonly keptBy: readonly string[];
  /** Files that cite the spec but are not text specwright edits (binary, not UTF-8): left as they are, with why and the lines to change by hand. */
  readonly notRewritten: readonly { readonly path: string; readonly lines: readonly number[]; readonly why: string }[];
  /** Files where a citation may be that could not be searched (a link, a FIFO, over 1 MiB): with why, to check by hand. */
  readonly notSearched: readonly { readonly path: string; readonly why: string }[];
  /** Why the other branches' spec numbers could not be read, when they could not. */
  readonly branchesUnchecked?: string;
}

export interface RenumberOptions {
  /** `--to`: the number wanted, as typed. */
  readonly to?: string;
  readonly dryRun: boolean;
  /** Injected by tests (a writer that reports each step); the real file system otherwise. */
  readonly fs?: WriterFs;
}

/**
 * Whose the bare citations (`0006 FR-1`) of a test file are while other
 * specs keep the number: the moved spec's when the file names its full id
 * (`0006-admin-dashboard`, in a stub's header or anywhere) and none of
 * theirs; theirs when it names only theirs; either, when it names both or
 * neither. lint reads them the same way (lint/ambiguous-citations.ts).
 */
function bareOwner(text: string, byId: RegExp, keptBy: readonly string[]): 'this' | 'other' | 'either' {
  const names = (pattern: RegExp): boolean => linesMatching(text, pattern).length > 0;
  const namesThis = names(byId);
  const namesOther = keptBy.some((other) => names(idPattern(other)));
  return namesThis === namesOther ? 'either' : namesThis ? 'this' : 'other';
}

/** How far the tests folder is searched: test trees are shallow, and a walk must end. */
const MAX_DEPTH = 12;
const MAX_ENTRIES = 50_000;

/**
 * A regular file under 1 MiB that names `needle` at all, as text to edit or,
 * when it is binary or not UTF-8 (text-bytes.ts: lint's rule), why not and
 * how it reads; `unread` with why when it could not be searched (a link, a
 * FIFO, over 1 MiB); undefined when it is gone or does not name it.
 */
function fileNaming(root: string, relative: string, needle: string): ReturnType<typeof editableText> | { readonly unread: string } | undefined {
  const bytes = readBytes(path.join(root, relative));
  if (typeof bytes === 'string') return bytes === FILE_GONE ? undefined : { unread: bytes };
  if (!bytes.includes(needle)) return undefined;
  return editableText(bytes);
}

/** A file's text to edit, or undefined (see fileNaming). */
function textNaming(root: string, relative: string, needle: string): string | undefined {
  const read = fileNaming(root, relative, needle);
  return read && 'text' in read ? read.text : undefined;
}

/** The lines that differ between two texts of as many lines (a regenerated index: rows renamed or reordered); none otherwise. */
function sameLineChanges(before: string, after: string): LineChange[] {
  const old = before.split(/\r?\n/);
  const now = after.split(/\r?\n/);
  if (old.length !== now.length) return [];
  return now.flatMap((line, i) => (line === old[i] ? [] : [{ line: i + 1, before: old[i]!, after: line }]));
}

/** The content files (Markdown, JS/TS: what the journal may name) directly in `folder`. */
function filesIn(root: string, folder: string): string[] {
  return listFolder(path.join(root, folder)).filter((name) => CONTENT_FILE.test(name)).map((name) => inFolder(folder, name));
}

/**
 * The content files below the tests folder, hand-written tests in subfolders
 * included. Bounded: never into node_modules, .git or dot-folders, never
 * through a link, at most MAX_DEPTH deep and MAX_ENTRIES entries.
 */
function filesBelow(root: string, folder: string): string[] {
  const found: string[] = [];
  let entries = 0;
  const walk = (dir: string, depth: number): void => {
    for (const name of listFolder(path.join(root, dir))) {
      if (++entries > MAX_ENTRIES) return;
      if (name.startsWith('.') || !isPlainName(name)) continue;
      const relative = inFolder(dir, name);
      const info = (() => {
        try {
          return lstatSync(path.join(root, relative));
        } catch {
          return undefined;
        }
      })();
      if (info?.isDirectory() && depth < MAX_DEPTH) walk(relative, depth + 1);
      // Larger files too: the reader refuses them, and renumber lists them as not searched.
      else if (info?.isFile() && CONTENT_FILE.test(name)) found.push(relative);
    }
  };
  walk(folder, 0);
  return found;
}

/** The new number: `--to` (checked free in the tree and on every branch) or the next free one, as `new` picks it; the old width kept. */
async function targetNumber(project: Project, oldNumber: string, to: string | undefined): Promise<string> {
  const { specsDir } = project.config.layout;
  const width = Math.max(oldNumber.length, 4);
  const onBranches = await project.specsOnBranches();
  if (to === undefined) {
    const { nextNumber } = await readExistingSpecs(project.root, specsDir, 'sequence', onBranches);
    return nextNumber.padStart(width, '0');
  }
  if (!/^\d{1,6}$/.test(to.trim()) || Number(to) === 0) throw new UsageError(`--to must be a spec number from 1 to 999999, not "${to}"`);
  const number = to.trim().padStart(width, '0');
  if (Number(number) === Number(oldNumber)) throw new UsageError(`the spec is number ${oldNumber} already; nothing to do`);
  const holders = specsFolderNamesOrNone(project.root, specsDir).filter((name) => specNumberOf(name) === Number(number));
  if (holders.length > 0) throw new UsageError(`number ${number} is taken by ${holders.map((n) => inFolder(specsDir, n)).join(', ')}`, 'Choose a free number, or leave out --to for the next free one.');
  // A branch holding it would bring the same clash back at its merge: refused, like a number in the tree.
  const onBranch = onBranches.filter((name) => specNumberOf(name) === Number(number));
  if (onBranch.length > 0) {
    throw new UsageError(
      `number ${number} is held on another branch by ${onBranch.map((n) => inFolder(specsDir, n)).join(', ')}`,
      `See which branch: git log --all --source --oneline -- '${inFolder(specsDir, onBranch[0]!)}'. Choose another number, or leave out --to for the next free one.`,
    );
  }
  return number;
}

/**
 * `renumber`: gives a spec a new number (after a merge, two branches' specs
 * share one), and renames its id wherever it is cited: its docs stub, its
 * test stub and hand-written tests (full id, and the bare number when no
 * other spec keeps it or the file names only this spec's full id), other specs. One all-or-nothing write: the new spec
 * created exclusively, the citing files replaced, the old spec removed.
 */
export async function renumberSpec(project: Project, wanted: string, options: RenumberOptions, guard: SignalGuard, stderr: NodeJS.WritableStream): Promise<RenumberResult> {
  const { layout } = project.config;
  const { specsDir, docsDir } = layout;
  if (layout.idStyle === 'date') {
    throw new UsageError('renumber works on numbered specs; this project names specs by date (idStyle "date"), and dated ids do not clash', 'Rename the spec file by hand if you must.');
  }
  // A dry run writes nothing, so it leaves a killed run's journal for the next real run.
  if (!options.dryRun) await recoverFirst(project, stderr);
  const { name, relative: oldPath, text: oldText } = specToEdit(project, wanted);
  const named = specFileName(name)!;
  if (isDatedSpec(named)) throw new UsageError(`${named.id} is named by a date, not a number; renumber works on numbered specs`);

  const number = await targetNumber(project, named.number, options.to);
  const { unchecked } = await project.branchSpecs();
  if (unchecked !== undefined) stderr.write(branchesWarning(unchecked));
  const newId = `${number}-${named.slug}`;
  const newPath = inFolder(specsDir, `${newId}${name.slice(named.id.length)}`);
  const byId = idPattern(named.id);
  const keptBy = specsFolderNames(project.root, specsDir)
    .filter((other) => other !== name && specNumberOf(other) === Number(named.number))
    .map((other) => specFileName(other)?.id ?? other);
  const bare = barePattern(named.number);

  // Every file that may cite it, each once: other specs and docs in their folders, tests in theirs and below.
  // Links to the spec whose text is its old number read the new one, in specs and docs (renumber-link-text.ts).
  const newFileName = path.posix.basename(newPath);
  const linkTexts = (edit: TextEdit, before: string): TextEdit => chainEdits(before, edit, (t) => renumberLinkTexts(t, named.number, number, newFileName));
  const specEdit = linkTexts(replaceInLines(oldText, byId, newId), oldText);
  const files: RenumberedFile[] = [{ path: newPath, change: 'renamed', from: oldPath, lines: specEdit.lines }];
  const rewrites: RenderedFile[] = [];
  const ambiguous: { path: string; lines: number[] }[] = [];
  const notRewritten: { path: string; lines: number[]; why: string }[] = [];
  const notSearched: { path: string; why: string }[] = [];
  const seen = new Set([oldPath]);
  const specsAndDocs = [...filesIn(project.root, specsDir), ...filesIn(project.root, docsDir)];
  // A tests folder around the others (`.`) does not make specs and docs tests: bare numbers are renamed in tests only.
  const direct = new Set(specsAndDocs);
  // Every tests folder: the run's and each workspace package's (a stub lives in the package `new` ran in).
  const tests = new Set(project.testsFolders().flatMap((folder) => filesBelow(project.root, folder)).filter((file) => !direct.has(file)));
  for (const file of [...specsAndDocs, ...tests]) {
    if (seen.has(file)) continue;
    seen.add(file);
    const read = fileNaming(project.root, file, named.number);
    if (read === undefined) continue;
    if ('unread' in read) {
      notSearched.push({ path: file, why: read.unread });
      continue;
    }
    // A file that is not editable text is still searched (as it reads), so its citations are listed, not skipped unseen.
    const text = 'text' in read ? read.text : read.readable;
    let edit: TextEdit = replaceInLines(text, byId, newId);
    if (direct.has(file)) edit = linkTexts(edit, text);
    if (tests.has(file)) {
      // Shared with another spec, the bare number is still this spec's in a file that names this spec's full id and none of theirs;
      // in a file that names only theirs, it is theirs.
      const owner = keptBy.length === 0 ? 'this' : bareOwner(text, byId, keptBy);
      if (owner === 'this') edit = chainEdits(text, edit, (t) => replaceInLines(t, bare, number));
      else if (owner === 'either') {
        const left = linesMatching(edit.text, bare);
        if (left.length > 0) ambiguous.push({ path: file, lines: left });
      }
    }
    if (edit.lines.length === 0) continue;
    if ('why' in read) {
      notRewritten.push({ path: file, lines: edit.lines.map((change) => change.line), why: NOT_TEXT_WHY[read.why] });
      continue;
    }
    // A citing file in the middle of a merge is not rewritten: the run stops before anything is written.
    refuseConflicted(file, text);
    rewrites.push({ path: file, contents: edit.text, before: text });
    files.push({ path: file, change: 'edited', lines: edit.lines });
  }
  // The specs index, when specwright wrote one, regenerated for the specs after the move; it
  // replaces any citation edit of that file made above (a README someone wrote is only edited).
  const lifecycle = repositoryLifecycle(project);
  const newSpec = { path: newPath, reading: readSpec(path.posix.basename(newPath), specEdit.text, lifecycle), read: true };
  // Other specs rewritten above (a relation's link to the moved spec) are indexed as they will be, not as they were.
  const otherSpecs = rewrites
    .filter((file) => path.posix.dirname(file.path) === specsDir && specFileName(path.posix.basename(file.path)) !== undefined)
    .map((file) => ({ path: file.path, reading: readSpec(path.posix.basename(file.path), file.contents, lifecycle), read: true }));
  const regenerated = indexAfter(project, [newSpec, ...otherSpecs], [oldPath], rewrites);
  const index = regenerated ? [regenerated] : [];
  const indexed = new Set(index.map((i) => i.path));
  for (const file of index) {
    const entry: RenumberedFile = { path: file.path, change: 'edited', lines: sameLineChanges(textNaming(project.root, file.path, '') ?? '', file.contents) };
    const at = files.findIndex((f) => f.path === file.path);
    if (at >= 0) files[at] = entry;
    else files.push(entry);
  }
  const edits = [...rewrites.filter((r) => !indexed.has(r.path)), ...index];
  const result: RenumberResult = { from: named.id, to: newId, files, ambiguous, keptBy, notRewritten, notSearched, ...(unchecked === undefined ? {} : { branchesUnchecked: unchecked }) };
  if (options.dryRun) return result;

  const fs = options.fs ?? (await realWriterFs());
  // The spec under its new name is the old one edited: it keeps its owner, group and mode, or is refused as a replacement would be.
  const old = await fs.lstat(path.join(project.root, oldPath));
  const refusal = replaceRefusal(oldPath, old);
  if (refusal) throw new UsageError(refusal);
  const kept = { mode: old.mode & 0o7777, owner: { uid: old.uid, gid: old.gid } };
  // The new name is created exclusively: a file already there is a conflict, never replaced.
  const creates = (await preflight(fs, project.root, [{ path: newPath, contents: specEdit.text }], false)).map((w) => ({ ...w, ...kept }));
  const replaces = await preflight(fs, project.root, edits, true);
  const vanished = replaces.filter((w) => !w.replaces && !indexed.has(w.relativePath));
  if (vanished.length > 0) throw new WriteError(`${vanished.map((w) => w.relativePath).join(', ')} vanished while being read. Nothing was written; run again.`);
  // Removed last: until every other file is in place the old name stays.
  const writes = [...creates, ...replaces, await preflightRemoval(fs, project.root, { path: oldPath, contents: oldText })];
  const folders = [...new Set(writes.map((w) => path.posix.dirname(w.relativePath)))];
  if (writes.length > MAX_JOURNAL_FILES || folders.length > MAX_JOURNAL_FOLDERS) {
    throw new UsageError(
      `renumbering ${named.id} would make ${writes.length} file changes (the old name's removal included) in ${folders.length} folders; one run makes at most ${MAX_JOURNAL_FILES}, in ${MAX_JOURNAL_FOLDERS} folders`,
      'Run with --dry-run to see them; cite the spec in fewer places, or rename by hand.',
    );
  }
  // Another run that took the new number meanwhile (`new`, a second renumber) makes two specs share it again: roll back.
  const verify = async (): Promise<void> => {
    const rivals = (await fs.readdir(path.join(project.root, specsDir))).filter((other) => specNumberOf(other) === Number(number) && inFolder(specsDir, other) !== newPath);
    if (rivals.length > 0) throw new NumberTakenError(number, rivals.map((r) => inFolder(specsDir, r)));
  };
  await guard.critical(() => commitFiles(fs, writes, { root: project.root, journalDir: project.journalDir, folders, pendingSignal: guard.pending, verify }));
  return result;
}
