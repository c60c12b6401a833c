import type { IsoDate } from '../base/text/dates.js';
import { daysBetween } from './calendar.js';
import { milestonesPending } from './overdue.js';
import type { Milestone, SpecProblem, SpecReading } from './read-spec.js';
import type { SpecFile } from './read-specs-folder.js';
import { linkedPath } from './spec-links.js';
import type { RelationKind } from './spec-relations.js';
import type { SpecStatus } from './spec-status.js';

export interface NextMilestone {
  readonly name: string;
  readonly date: IsoDate;
  /** Days from today: 0 today, negative when overdue. */
  readonly days: number;
}

/** One spec as `list` shows it: what a tech lead asks of it. */
export interface SpecSummary {
  /** Relative to the root. */
  readonly path: string;
  readonly id: string | undefined;
  readonly number: string | undefined;
  readonly slug: string | undefined;
  readonly title: string | undefined;
  readonly owner: string | undefined;
  readonly created: IsoDate | undefined;
  readonly lastUpdated: IsoDate | undefined;
  /** The furthest Status step ticked, `draft` when none; undefined when the file could not be read. */
  readonly status: SpecStatus | undefined;
  /** Tasks ticked and in all, across the phases. */
  readonly progress: { readonly done: number; readonly total: number };
  /** The earliest milestone not done (none once deployed). */
  readonly nextMilestone: NextMilestone | undefined;
  readonly problems: readonly SpecProblem[];
  readonly read: boolean;
  /** Its requirement ids (`FR-1`) and their lines. */
  readonly requirements: readonly { readonly id: string; readonly line: number }[];
  /** The footer's relations to other specs, in file order; `file` relative to the root (undefined: the link names no file). */
  readonly relations: readonly SummaryRelation[];
  /** How many requirements a real test names, only a todo, or none (lint's traceability); undefined until traced. */
  readonly tests?: { readonly tested: number; readonly todo: number; readonly untested: number };
}

export interface SummaryRelation {
  readonly kind: RelationKind;
  /** The other spec's id and number, when the link's file name is a spec's. */
  readonly id: string | undefined;
  readonly number: string | undefined;
  readonly file: string | undefined;
  readonly line: number;
}

/**
 * A copy of `text` that does not hold on to the spec it was read from: V8
 * keeps a whole source string alive for any slice of it, and `list` keeps
 * 10,000 summaries (their slices would keep 10,000 files in memory).
 */
function own(text: string): string;
function own(text: string | undefined): string | undefined;
function own(text: string | undefined): string | undefined {
  return text === undefined ? undefined : ` ${text}`.slice(1);
}

/** The furthest Status step ticked, `draft` when none is; undefined when the file could not be read. */
export function specStatus(file: SpecFile): SpecStatus | undefined {
  return file.read ? (file.reading.currentStatus?.step ?? 'draft') : undefined;
}

/** A spec in the middle of a merge has two statuses at once: list and the index say so instead of picking one. */
export function isConflicted(problems: readonly { readonly rule: string }[]): boolean {
  return problems.some((problem) => problem.rule === 'merge-conflict');
}

/** The earliest milestone not done (the first written wins a tie); none once deployed or in an end state (overdue.ts decides). Whatever today is. */
export function nextMilestoneOf(reading: SpecReading, status: SpecStatus | undefined): Milestone | undefined {
  if (!milestonesPending(reading, status)) return undefined;
  let next: Milestone | undefined;
  for (const milestone of reading.milestones) {
    if (!milestone.done && (!next || milestone.date < next.date)) next = milestone;
  }
  return next;
}

/** Tasks ticked and in all, across the phases: what `list` and the index show. */
export function taskProgress(reading: SpecReading): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const phase of reading.phases) {
    done += phase.done;
    total += phase.tasks.length;
  }
  return { done, total };
}

export function summarize(file: SpecFile, today: IsoDate): SpecSummary {
  const { reading } = file;
  const status = specStatus(file);
  const milestone = nextMilestoneOf(reading, status);
  const next: NextMilestone | undefined = milestone && { name: own(milestone.name), date: own(milestone.date), days: 0 };
  return {
    path: file.path,
    id: reading.id,
    number: reading.number,
    slug: reading.slug,
    title: own(reading.title?.value),
    owner: own(reading.owner?.value),
    created: own(reading.created?.value),
    lastUpdated: own(reading.lastUpdated?.value),
    status,
    progress: taskProgress(reading),
    nextMilestone: next && { ...next, days: daysBetween(today, next.date) },
    problems: reading.problems.map((problem) => ({ line: problem.line, message: own(problem.message), rule: problem.rule })),
    read: file.read,
    requirements: reading.requirements.map((r) => ({ id: own(r.id), line: r.line })),
    relations: reading.relations.map((r) => ({ kind: r.kind, id: own(r.id), number: own(r.number), file: linkedPath(file.path, r.target), line: r.line })),
  };
}

/** `in 14 days`, `today`, `overdue by 3 days`. */
export function dueText(days: number): string {
  const count = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
  if (days === 0) return 'today';
  return days > 0 ? `in ${count(days)}` : `overdue by ${count(-days)}`;
}

export interface SpecFilter {
  /** Any of these statuses; empty or undefined: all. */
  readonly statuses?: readonly SpecStatus[];
  /** This owner, compared case-insensitively. */
  readonly owner?: string;
  /** Only specs with a milestone not done whose day has passed. */
  readonly overdue?: boolean;
}

/** Whether a milestone not done has passed: the earliest one (nextMilestone, which overdue.ts decides) is before today. */
export function isOverdue(summary: SpecSummary): boolean {
  return summary.nextMilestone !== undefined && summary.nextMilestone.days < 0;
}

/** An owner as compared: NFC, blanks collapsed, case folded. */
export function ownerKey(owner: string): string {
  return owner.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function matchesFilter(summary: SpecSummary, filter: SpecFilter): boolean {
  if (filter.statuses && filter.statuses.length > 0 && (summary.status === undefined || !filter.statuses.includes(summary.status))) return false;
  if (filter.owner !== undefined && (summary.owner === undefined || ownerKey(summary.owner) !== ownerKey(filter.owner))) return false;
  if (filter.overdue && !isOverdue(summary)) return false;
  return true;
}
