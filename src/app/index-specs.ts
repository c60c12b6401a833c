import { UsageError, WriteError } from '../base/errors.js';
import type { Project } from './open-project.js';
import { shownPath } from './shown-path.js';
import type { SignalGuard } from './signal-guard.js';
import { indexPlan, projectSpecs, type IndexPlan, type SpecFile } from './spec-index-file.js';
import { recoverFirst, writeFiles } from './write-files.js';

const UPDATE_HINT = 'Run `specwright index` to update it.';

export interface IndexOutcome {
  /** The index's path from where the user stands. */
  readonly file: string;
  readonly plan: IndexPlan;
}

export interface IndexCheck extends IndexOutcome {
  /** Why the index is not current (a message naming the file and what to run); absent when it is. */
  readonly problem?: string;
}

export interface IndexUpdate extends IndexOutcome {
  /** False when the index was current: nothing was written. */
  readonly written: boolean;
}

/** One warning per spec that could not be read at all: it is indexed by its file name only. */
function unreadWarnings(project: Project, specs: readonly SpecFile[]): string {
  return specs
    .filter((spec) => !spec.read)
    .map((spec) => `specwright: warning: ${shownPath(project, spec.path)}: ${spec.reading.problems[0]?.message ?? 'not read'}; indexed by its file name only\n`)
    .join('');
}

/** The index as it should be and how the file there compares, the specs it could not read named on stderr. */
function planned(project: Project, force: boolean, stderr: NodeJS.WritableStream): IndexOutcome {
  const specs = projectSpecs(project);
  const plan = indexPlan(project, specs, force);
  const file = shownPath(project, plan.file.path);
  stderr.write(unreadWarnings(project, specs));
  return { file, plan };
}

/** `index --check`: whether the index is current, and if not why (the run exits 1). Writes nothing, recovers nothing. */
export function checkSpecIndex(project: Project, stderr: NodeJS.WritableStream): IndexCheck {
  const { file, plan } = planned(project, false, stderr);
  if (plan.state === 'current') return { file, plan };
  const problem: Record<Exclude<IndexPlan['state'], 'current'>, string> = {
    missing: `${file} is missing.\n${UPDATE_HINT}`,
    stale: `${file} is out of date.\n${UPDATE_HINT}`,
    'hand-written': `${file} was not written by \`specwright index\`.\nRun \`specwright index --force\` to replace it with the index.`,
    unreadable: `${file}: ${plan.why ?? 'cannot be read'}.`,
  };
  return { file, plan, problem: problem[plan.state] };
}

/**
 * `index`: writes the index when it is missing or stale (or hand-written,
 * with `force`), all or nothing; nothing when it is current. Refuses one it
 * cannot read (exit 1) and a README someone wrote, unless forced (exit 2).
 */
export async function updateSpecIndex(project: Project, force: boolean, guard: SignalGuard, stderr: NodeJS.WritableStream): Promise<IndexUpdate> {
  await recoverFirst(project, stderr);
  const { file, plan } = planned(project, force, stderr);
  if (plan.state === 'unreadable') throw new WriteError(`${file}: ${plan.why ?? 'cannot be read'}; nothing was written`);
  if (plan.state === 'hand-written' && !force) {
    throw new UsageError(`${file} was not written by \`specwright index\`; it was left as it is`, 'Move it away, or pass --force to replace it with the index.');
  }
  if (plan.state === 'current') return { file, plan, written: false };
  await writeFiles(project, [plan.file], true, guard);
  return { file, plan, written: true };
}
