import path from 'node:path';
import { inFolder } from '../base/folder-rule.js';
import { UsageError } from '../base/errors.js';
import { editableText, NOT_TEXT_WHY } from '../base/text/text-bytes.js';
import { refuseConflicted } from '../specs/merge-conflicts.js';
import { readSpec, specLifecycle } from '../specs/read-spec.js';
import { specFileName } from '../specs/spec-file-name.js';
import { specsFolderNamesOrNone } from '../specs/specs-folder-names.js';
import { readBytes } from '../specs/read-specs-folder.js';
import { statusEdit, type StatusChange, type StatusEdit } from '../specs/status-edit.js';
import { withEndState } from '../specs/end-state-edit.js';
import { isEndState } from '../specs/lifecycle.js';
import { repositoryLifecycle } from './repository-lifecycle.js';
import { openWorkOf } from './open-work.js';
import type { Project } from './open-project.js';
import type { SignalGuard } from './signal-guard.js';
import { indexAfter } from './spec-index-file.js';
import { writeFiles } from './write-files.js';
import { recoverFirst } from './write-files.js';


export interface StatusResult extends StatusEdit {
  readonly id: string;
  /** Relative to the root, forward slashes. */
  readonly path: string;
  /** The specs index, when it was brought up to date too. */
  readonly index: string | undefined;
  /** What is still open (tasks, tests, docs) when the spec moved to testing or later: one line each, none otherwise. */
  readonly open: readonly string[];
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** The spec file named by `wanted`: its full id, its number (`0007` or `7`), its slug, or the start of one slug only (`sso` for `sso-login`). */
export function findSpec(root: string, specsDir: string, wanted: string): string {
  const specs = specsFolderNamesOrNone(root, specsDir).flatMap((name) => {
    const named = specFileName(name);
    return named ? [{ name, ...named }] : [];
  });
  const key = wanted.trim().replace(/\.md$/i, '');
  const lower = key.toLowerCase();
  const exact = specs.filter((s) => s.id.toLowerCase() === lower);
  if (exact.length === 1) return exact[0]!.name;
  const byNumber = /^\d+$/.test(key) ? specs.filter((s) => Number(s.number) === Number(key)) : [];
  const bySlug = specs.filter((s) => s.slug.toLowerCase() === lower);
  // A prefix is tried last, so a whole slug (`sso`) is never shadowed by a longer one (`sso-login`).
  const byPrefix = byNumber.length + bySlug.length === 0 && lower !== '' ? specs.filter((s) => s.slug.toLowerCase().startsWith(lower)) : [];
  const found = byNumber.length > 0 ? byNumber : bySlug.length > 0 ? bySlug : byPrefix;
  if (found.length === 1) return found[0]!.name;
  if (found.length > 1) {
    const ids = found.map((s) => s.id).join(', ');
    if (found === byPrefix) throw new UsageError(`"${wanted}" starts the slug of ${found.length} specs: ${ids}`, `Give more of the slug, or the full id, like ${found[0]!.id}.`);
    throw new UsageError(`"${wanted}" names ${found.length} specs: ${ids}`, `Give the full id, like ${found[0]!.id}.`);
  }
  const close = specs
    .filter((s) => s.id.toLowerCase().includes(lower) || distance(s.slug.toLowerCase(), lower) <= Math.max(2, Math.floor(lower.length / 3)))
    .map((s) => s.id)
    .slice(0, 5);
  throw new UsageError(
    `no spec "${wanted}" in ${specsDir}`,
    close.length > 0 ? `Did you mean: ${close.join(', ')}?` : 'Run `specwright list` for the specs.',
  );
}

/**
 * A spec a command is about to edit (status, renumber): its file name, its
 * path from the root and its text, exactly as stored (a BOM kept). One with
 * an unresolved merge conflict is refused (exit 2).
 */
export function specToEdit(project: Project, wanted: string): { readonly name: string; readonly relative: string; readonly text: string } {
  const { specsDir } = project.config.layout;
  const name = findSpec(project.root, specsDir, wanted);
  const relative = inFolder(specsDir, name);
  const bytes = readBytes(path.join(project.root, relative));
  if (typeof bytes === 'string') throw new UsageError(`${relative}: ${bytes}; nothing was written`);
  // What lint reads as binary or not UTF-8 is not edited either (one rule: text-bytes.ts).
  const decoded = editableText(bytes);
  if ('why' in decoded) throw new UsageError(`${relative}: ${NOT_TEXT_WHY[decoded.why]}; nothing was written`, 'Save the file as UTF-8 text.');
  refuseConflicted(relative, decoded.text);
  return { name, relative, text: decoded.text };
}

/** `status`: ticks the spec's Status items up to a step, dates it, logs it; writes all-or-nothing (or nothing when nothing changes). */
export async function setStatus(project: Project, wanted: string, change: StatusChange, guard: SignalGuard, stderr: NodeJS.WritableStream): Promise<StatusResult> {
  await recoverFirst(project, stderr);
  const { name, relative, text } = specToEdit(project, wanted);
  const lifecycle = repositoryLifecycle(project);
  if (specLifecycle(name, text, lifecycle) !== lifecycle) {
    throw new UsageError(
      `${relative} has the built-in Status checklist (it was written before ${lifecycle.source ?? 'the team template'}): the repository's states do not apply to it; nothing was written`,
      `Replace its Status items with those of ${lifecycle.source ?? 'the team template'} (ticking the ones it has reached), then run the command again.`,
    );
  }
  const edit = isEndState(lifecycle, change.step)
    ? withEndState(text, { state: change.step, today: change.today, author: change.author, note: change.note, fileName: relative, lifecycle })
    : statusEdit(relative, text, change, lifecycle);
  const reading = readSpec(name, edit.text, lifecycle);
  // The specs index, when specwright wrote one, shows the new status: written with the spec, all or nothing.
  const index = edit.changed ? indexAfter(project, [{ path: relative, reading, read: true }]) : undefined;
  // Read before the write: after the commit point nothing may fail the run (tasks and tests are as they were).
  const open = edit.changed ? openWorkOf(project, relative, reading, change.today) : [];
  if (edit.changed) await writeFiles(project, [{ path: relative, contents: edit.text, before: text }, ...(index ? [index] : [])], true, guard);
  return { ...edit, id: name.slice(0, -'.md'.length), path: relative, index: index?.path, open };
}
