import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { RenderedFile } from '../render/render-files.js';
import type { Finding } from '../lint/lint-rules.js';
import { relationFindings } from '../lint/relation-findings.js';
import { withEndState } from '../specs/end-state-edit.js';
import type { Lifecycle } from '../specs/lifecycle.js';
import { readSpec } from '../specs/read-spec.js';
import { readSpecsFolder } from '../specs/read-specs-folder.js';
import { withRelation, type RelatedSpec } from '../specs/relation-edit.js';
import { specFileName } from '../specs/spec-file-name.js';
import { INVERSE, type RelationKind } from '../specs/spec-relations.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';
import { changeAuthor } from './change-author.js';
import { specToEdit } from './set-status.js';
import type { SignalGuard } from './signal-guard.js';
import { indexAfter } from './spec-index-file.js';
import { recoverFirst, writeFiles } from './write-files.js';

/** The kinds `link` writes (their inverses are written in the other spec). */
export type LinkKind = Extract<RelationKind, 'supersedes' | 'depends-on' | 'relates-to'>;

/** A spec about to be related: as read from the disk. */
export interface SpecToRelate {
  readonly name: string;
  /** Relative to the root, forward slashes. */
  readonly relative: string;
  readonly text: string;
}

export interface LinkResult {
  readonly from: string;
  readonly to: string;
  readonly kind: LinkKind;
  /** The files written (relative to the root); empty when both specs held the relation already. */
  readonly written: readonly string[];
  /** The specs index, when it was brought up to date too. */
  readonly index: string | undefined;
  /** What lint will now say of a `depends-on` circle through these specs: the link is written all the same. */
  readonly cycles: readonly Finding[];
}

function related(spec: SpecToRelate): RelatedSpec {
  return { number: specFileName(spec.name)!.number, file: spec.name };
}

/** Who and what an end state written by a relation is logged with. */
export interface EndStateAuthor {
  readonly author: string;
  readonly lifecycle: Lifecycle;
}

/**
 * The superseded spec's end state: a ticked `- [x] Superseded by
 * [0012](0012-new-auth.md)` appended to its Status checklist, dated and
 * logged as `status` would (withEndState). A spec already stopped in an end
 * state (rejected, superseded by another) keeps it: a relation does not
 * rewrite history.
 */
function superseded(spec: SpecToRelate, text: string, by: RelatedSpec, today: string, who: EndStateAuthor): string {
  const reading = readSpec(spec.name, text, who.lifecycle);
  if (reading.currentStatus?.end) return text;
  const detail = `by [${by.number}](${by.file})`;
  return withEndState(text, { state: 'superseded', today, author: who.author, detail, fileName: spec.relative, lifecycle: who.lifecycle }).text;
}

/** Each side of a relation as it is to be written; undefined where that spec says it already. */
export interface RelationEdits {
  readonly from: RenderedFile | undefined;
  readonly to: RenderedFile | undefined;
}

/**
 * Both sides of a relation, edited: `from` says `kind` of `to`, `to` says the
 * inverse of `from`; each side written only where it is missing (a one-sided
 * relation is repaired), Last Updated set on each side edited. Pure but for
 * the specs handed in; a spec related to itself is refused (exit 2).
 */
export function relationEdits(from: SpecToRelate, to: SpecToRelate, kind: LinkKind, today: string, who: EndStateAuthor): RelationEdits {
  if (from.name === to.name) throw new UsageError(`${from.relative} cannot be related to itself; nothing was written`, 'Name two different specs.');
  const forward = withRelation(from.relative, from.text, { kind, other: related(to), today });
  const back = withRelation(to.relative, to.text, { kind: INVERSE[kind], other: related(from), today });
  const toText = kind === 'supersedes' ? superseded(to, back.text, related(from), today, who) : back.text;
  return {
    from: forward.changed ? { path: from.relative, contents: forward.text, before: from.text } : undefined,
    to: toText !== to.text ? { path: to.relative, contents: toText, before: to.text } : undefined,
  };
}

/** `link`: relates two specs, writing both (all or nothing) and the specs index with them; nothing when they are linked already. */
export async function linkSpecs(project: Project, wanted: readonly [string, string], kind: LinkKind, today: string, guard: SignalGuard, stderr: NodeJS.WritableStream): Promise<LinkResult> {
  await recoverFirst(project, stderr);
  const from = specToEdit(project, wanted[0]);
  const to = specToEdit(project, wanted[1]);
  const lifecycle = repositoryLifecycle(project);
  const author = kind === 'supersedes' ? await changeAuthor(project.root) : '';
  const { from: fromEdit, to: toEdit } = relationEdits(from, to, kind, today, { author, lifecycle });
  const edits = [fromEdit, toEdit].filter((file): file is RenderedFile => file !== undefined);
  const index = edits.length > 0 ? indexAfter(project, edits.map((file) => ({ path: file.path, reading: readSpec(path.posix.basename(file.path), file.contents, lifecycle), read: true }))) : undefined;
  const files = [...edits, ...(index ? [index] : [])];
  const cycles = kind === 'depends-on' && edits.length > 0 ? cyclesAfter(project, edits, lifecycle) : [];
  if (files.length > 0) await writeFiles(project, files, true, guard);
  return { from: from.name.slice(0, -'.md'.length), to: to.name.slice(0, -'.md'.length), kind, written: edits.map((file) => file.path), index: index?.path, cycles };
}

/** lint's dependency-cycle findings for the specs folder as it will be once `edits` are written. */
function cyclesAfter(project: Project, edits: readonly RenderedFile[], lifecycle: Lifecycle): Finding[] {
  const edited = new Map(edits.map((file) => [file.path, readSpec(path.posix.basename(file.path), file.contents, lifecycle)]));
  const specs = readSpecsFolder(project.root, project.config.layout.specsDir, lifecycle).map((file) => ({ path: file.path, reading: edited.get(file.path) ?? file.reading }));
  const related = specs.map(({ path: file, reading }) => ({ path: file, id: reading.id, number: reading.number, relations: reading.relations }));
  return relationFindings(related).filter((found) => found.rule === 'dependency-cycle');
}
