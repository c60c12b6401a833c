import { UsageError } from '../base/errors.js';
import { parseDate, type IsoDate } from '../base/text/dates.js';
import type { Finding } from '../lint/lint-rules.js';
import { specFindings } from '../lint/spec-findings.js';
import { milestoneEdit, type MilestoneChange, type MilestoneEdit } from '../specs/milestone-edit.js';
import { readSpec } from '../specs/read-spec.js';
import type { Project } from './open-project.js';
import { specToEdit } from './set-status.js';
import type { SignalGuard } from './signal-guard.js';
import { indexAfter } from './spec-index-file.js';
import { recoverFirst, writeFiles } from './write-files.js';

export interface MilestoneResult extends MilestoneEdit {
  readonly id: string;
  /** Relative to the root, forward slashes. */
  readonly path: string;
  /** The specs index, when it was (or, with dryRun, would be) brought up to date too. */
  readonly index: string | undefined;
  /** What lint would now warn about the milestones: their order, and the edited one overdue. */
  readonly hints: readonly Finding[];
}

/** `milestone`: marks one milestone of a spec done or not done, or moves its day; writes all-or-nothing (nothing when nothing changes, or with dryRun). */
export async function setMilestone(project: Project, wanted: string, change: MilestoneChange, dryRun: boolean, guard: SignalGuard, stderr: NodeJS.WritableStream): Promise<MilestoneResult> {
  // A day as `new --milestone` takes it: YYYY-MM-DD, or from today (+3d, +2w, +1m).
  if (change.date !== undefined) change = { ...change, date: parseDate(change.date, change.today, '--date') };
  if (!dryRun) await recoverFirst(project, stderr);
  const { name, relative, text } = specToEdit(project, wanted);
  const id = name.slice(0, -'.md'.length);
  const edit = milestoneEdit(relative, id, text, change);
  if (!edit.changed) return { ...edit, id, path: relative, index: undefined, hints: [] };
  const file = { path: relative, reading: readSpec(name, edit.text), read: true };
  // The index, when specwright wrote one, shows the milestone as it is now: written with the spec, all or nothing.
  const index = indexAfter(project, [file]);
  if (!dryRun) await writeFiles(project, [{ path: relative, contents: edit.text, before: text }, ...(index ? [index] : [])], true, guard);
  return { ...edit, id, path: relative, index: index?.path, hints: hints(file, edit.milestone.line, change.today) };
}

/** Lint's milestone-order findings of the spec, and its overdue finding for the milestone edited: what the edit may have caused. */
function hints(file: Parameters<typeof specFindings>[0], line: number, today: IsoDate): Finding[] {
  return specFindings(file, today).filter((f) => f.rule === 'milestone-order' || (f.rule === 'overdue' && f.line === line));
}
