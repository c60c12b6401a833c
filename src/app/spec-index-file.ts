import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from '../render/render-files.js';
import { refuseConflicted } from '../specs/merge-conflicts.js';
import { MAX_SPEC_BYTES, readBytes, readSpecsFolder, type SpecFile } from '../specs/read-specs-folder.js';
import { isGeneratedIndex, renderIndex, type RequirementTests } from '../views/spec-index.js';
import { indexPath } from './index-path.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';
import { requirementTests, type PendingFile } from './requirement-tests.js';

export { readSpecsFolder, type SpecFile } from '../specs/read-specs-folder.js';

export { indexPath } from './index-path.js';

/** The specs' requirements as the repository's tests cover them, by spec path (see requirement-tests.ts). */
function testsOf(project: Project, specs: readonly SpecFile[], pending: readonly PendingFile[] = []): RequirementTests {
  const counts = requirementTests(
    project.root,
    specs.map(({ path: file, reading }) => ({ path: file, id: reading.id, number: reading.number, requirements: reading.requirements })),
    pending,
  );
  return new Map(specs.map((spec, i) => [spec.path, counts[i]]));
}

/** Past this, a README is no index of ours (10,000 specs make about 2 MB). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/**
 * What is at the index's place now, compared with what `index` would write:
 * `missing`; `current` (byte for byte); `stale` (an index, out of date);
 * `hand-written` (a README without the generated marker: someone's own);
 * `unreadable` (a link, a FIFO, a folder, too large: `why` says).
 */
/** Every spec of the project's specs folder, read with the repository's lifecycle (its team template's Status items, else the built-in). */
export function projectSpecs(project: Project): SpecFile[] {
  return readSpecsFolder(project.root, project.config.layout.specsDir, repositoryLifecycle(project));
}

export type IndexState = 'missing' | 'current' | 'stale' | 'hand-written' | 'unreadable';

export interface IndexPlan {
  /** The index as it should be, at its path (relative to the root, forward slashes). */
  readonly file: RenderedFile;
  readonly state: IndexState;
  /** For `unreadable`: why. */
  readonly why?: string;
  /** How many specs it lists. */
  readonly specs: number;
}

function isMissing(file: string): boolean {
  try {
    lstatSync(file);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * The index of `specs` (by default the specs folder as it is now) and how the
 * file there compares. An index checked out with CRLF line endings (git's
 * autocrlf) is compared, and written, with CRLF. Reads only. One with an
 * unresolved merge conflict is refused (exit 2), unless it is an index we
 * wrote and `force` asks for it anew.
 */
export function indexPlan(project: Project, specs: readonly SpecFile[] = projectSpecs(project), force = false): IndexPlan {
  const relative = indexPath(project);
  const contents = renderIndex(specs, testsOf(project, specs));
  const plan = (state: IndexState, text = contents, why?: string): IndexPlan => ({ file: { path: relative, contents: text }, state, specs: specs.length, ...(why === undefined ? {} : { why }) });
  // Large enough for the index of any folder, and a bound for a file someone else put there.
  const file = path.join(project.root, relative);
  if (isMissing(file)) return plan('missing');
  const bytes = readBytes(file, Math.max(MAX_SPEC_BYTES, 4 * Buffer.byteLength(contents)));
  if (typeof bytes === 'string') return plan('unreadable', contents, bytes);
  const existing = bytes.toString('utf8');
  const generated = isGeneratedIndex(existing);
  // Neither checked nor replaced in the middle of a merge unasked: `index` would drop one side
  // unseen. Both sides of a generated index are generated, so --force may write it anew.
  if (!(force && generated)) refuseConflicted(relative, existing, generated ? GENERATED_CONFLICT_HINT : undefined);
  if (!generated) return { ...plan('hand-written'), file: { path: relative, contents, before: existing } };
  const wanted = asStored(existing, contents);
  return { ...plan(existing === wanted ? 'current' : 'stale', wanted), file: { path: relative, contents: wanted, before: existing } };
}

const GENERATED_CONFLICT_HINT = 'The index is generated from the specs: once the specs themselves are merged, `specwright index --force` writes it anew.';

/** The index's new contents with the line endings of the one there (CRLF where git's autocrlf checked it out so). */
function asStored(existing: string, contents: string): string {
  return existing.includes('\r\n') ? contents.replace(/\n/g, '\r\n') : contents;
}

/**
 * For a command that writes specs (new, status, renumber): the index brought
 * up to date with `changed` (specs as they will be, at their paths: replacing
 * or joining those on disk) and without `removed` (paths), or undefined when
 * there is nothing to write: no index, one up to date, or a README someone
 * wrote (never touched). Cheap when the folder has no index that specwright
 * wrote: only then are the specs read. An index with an unresolved merge
 * conflict is refused (exit 2): regenerating it would drop one side unseen.
 * `written`: the other files the same run writes (a test stub, rewritten
 * citations), so that the index counts their tests as they will be.
 */
export function indexAfter(project: Project, changed: readonly SpecFile[], removed: readonly string[] = [], written: readonly PendingFile[] = []): RenderedFile | undefined {
  // An index lists every spec: it may well be over a spec's 1 MiB.
  const bytes = readBytes(path.join(project.root, indexPath(project)), MAX_INDEX_BYTES);
  if (typeof bytes === 'string') return undefined;
  const existing = bytes.toString('utf8');
  if (!isGeneratedIndex(existing)) return undefined;
  refuseConflicted(indexPath(project), existing, GENERATED_CONFLICT_HINT);
  const byPath = new Map(changed.map((file) => [file.path, file]));
  const specs = projectSpecs(project)
    .filter((file) => !removed.includes(file.path))
    .map((file) => byPath.get(file.path) ?? file);
  const seen = new Set(specs.map((file) => file.path));
  const all = [...specs, ...changed.filter((file) => !seen.has(file.path))];
  const contents = renderIndex(all, testsOf(project, all, written));
  const wanted = asStored(existing, contents);
  return existing === wanted ? undefined : { path: indexPath(project), contents: wanted, before: existing };
}
