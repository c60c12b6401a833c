/**
 * The milestone a user names: its whole name, case-insensitive, else the
 * start of exactly one name. Anything else is refused (exit 2) with the
 * spec's milestones listed, so the next try can be right.
 */
import { UsageError } from '../base/errors.js';
import type { Milestone } from './read-spec.js';

/** A name as compared: NFC, blanks collapsed, case folded. */
function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const ADD_HINT = 'To add one, write it in the spec\'s Milestones section: 1. **Name** - YYYY-MM-DD.';

function listed(milestones: readonly Milestone[]): string {
  return milestones.map((m) => `${m.name} (${m.date})`).join(', ');
}

/** The milestone of spec `id` that `wanted` names. */
export function milestoneNamed(milestones: readonly Milestone[], wanted: string, id: string): Milestone {
  if (milestones.length === 0) throw new UsageError(`${id} has no milestones with a name and a date`, ADD_HINT);
  const key = nameKey(wanted);
  const exact = milestones.filter((m) => nameKey(m.name) === key);
  // A prefix is tried only when no name is whole, so `Beta` is never shadowed by `Beta 2`.
  const found = exact.length > 0 ? exact : key === '' ? [] : milestones.filter((m) => nameKey(m.name).startsWith(key));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const how = found === exact ? `names ${found.length} milestones` : `starts ${found.length} milestones`;
    throw new UsageError(`"${wanted}" ${how} of ${id}: ${found.map((m) => m.name).join(', ')}`, found === exact ? 'Rename one of them in the spec, then run the command again.' : 'Give more of the name.');
  }
  throw new UsageError(`no milestone "${wanted}" in ${id}; its milestones: ${listed(milestones)}`, `Give a name, or the start of one. ${ADD_HINT}`);
}
