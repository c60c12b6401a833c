import type { IsoDate } from '../base/text/dates.js';

export interface Phase {
  readonly name: string;
  readonly tasks: readonly string[];
}

export interface Milestone {
  readonly name: string;
  /** Resolved calendar date. */
  readonly date: IsoDate;
}

/** Validated answers: every string is one clean NFC line within its limits. */
export interface Answers {
  readonly name: string;
  readonly owner: string;
  readonly purpose: string;
  readonly requirements: readonly string[];
  readonly stories: readonly string[];
  readonly phases: readonly Phase[];
  readonly milestones: readonly Milestone[];
  /** The spec the new one replaces, as typed (id, number, slug or its start): found in the specs folder when planning. */
  readonly supersedes?: string;
}

export type AnswerKey = keyof Answers;
export const ANSWER_KEYS: readonly AnswerKey[] = [
  'name', 'owner', 'purpose', 'requirements', 'stories', 'phases', 'milestones', 'supersedes',
];

/**
 * Limits that keep a run bounded and the spec within markdownlint's 80
 * columns where text cannot wrap: the title heading (name), the changelog
 * table row (owner: 80 minus the row's other 33 columns), phase headings and milestone lines.
 */
export const LIMITS = {
  name: 55,
  owner: 47,
  purpose: 500,
  requirement: 300,
  story: 300,
  phaseName: 60,
  task: 200,
  milestoneName: 55,
  requirements: 50,
  stories: 50,
  phases: 20,
  tasksPerPhase: 50,
  milestones: 20,
  /** A spec's id: a number and a slug (the name's slug is far shorter). */
  supersedes: 200,
} as const;
