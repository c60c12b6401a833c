/**
 * The one place that decides whether a spec's milestones can be overdue:
 * lint's `overdue` warning, `list`'s next milestone and `list --overdue`, and
 * the index all ask here, so a state that puts a spec's milestones behind it
 * is added once for all of them.
 */
import type { IsoDate } from '../base/text/dates.js';
import type { Milestone, SpecReading } from './read-spec.js';
import type { SpecStatus } from './spec-status.js';

/**
 * Whether a spec still has milestones ahead of it: not once deployed, at the
 * last step of its lifecycle, or stopped in an end state (rejected,
 * superseded): its milestones are history then.
 */
export function milestonesPending(reading: SpecReading, status: SpecStatus | undefined): boolean {
  return status !== 'deployed' && reading.currentStatus?.final !== true;
}

/** The milestones not done whose day is before `today`, in file order; none when the spec's milestones are no longer pending. */
export function overdueMilestones(reading: SpecReading, status: SpecStatus | undefined, today: IsoDate): Milestone[] {
  if (!milestonesPending(reading, status)) return [];
  return reading.milestones.filter((milestone) => !milestone.done && milestone.date < today);
}
