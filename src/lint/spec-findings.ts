import type { IsoDate } from '../base/text/dates.js';
import { daysBetween } from '../specs/calendar.js';
import type { SpecFile } from '../specs/read-specs-folder.js';
import { finding, type Finding } from './lint-rules.js';

/**
 * The sections every spec keeps, each known by the start of its heading, at
 * any level, in any order. Status is the reader's own check (it reads the
 * checklist from it).
 */
const REQUIRED_SECTIONS: readonly (readonly [name: string, matches: (heading: string) => boolean])[] = [
  ['Overview', (h) => h.startsWith('overview')],
  ['Requirements', (h) => h.includes('requirement')],
  ['Implementation Plan', (h) => h.startsWith('implementation')],
  ['Testing Strategy', (h) => h.startsWith('test')],
  ['Changelog', (h) => h.startsWith('changelog') || h.startsWith('change log')],
];

/** What one spec's own text breaks: the reader's problems, placeholders, missing sections, milestone order and overdue milestones. */
export function specFindings(file: SpecFile, today: IsoDate): Finding[] {
  const { reading, path } = file;
  const found: Finding[] = reading.problems.map((problem) => finding(path, problem.line, problem.rule, problem.message));
  // Unread, or two versions at once (a merge conflict): the rest would be about neither version.
  if (!file.read || reading.problems.some((problem) => problem.rule === 'merge-conflict')) return found;
  for (const placeholder of reading.placeholders) {
    const what = placeholder.value.startsWith('an empty') ? placeholder.value : `"${placeholder.value}"`;
    found.push(finding(path, placeholder.line, 'placeholder', `${what} is left from the template`));
  }
  // `## 1. Overview`, `## 📋 Overview`, ``## `Overview` ``: the name is what follows the numbering and marks.
  const headings = reading.headings.map((heading) => heading.text.replace(/^[^\p{L}]+/u, '').toLowerCase());
  for (const [name, matches] of REQUIRED_SECTIONS) {
    if (!headings.some(matches)) found.push(finding(path, 0, 'required-section', `no ${name} section`));
  }
  let latest: { date: string; name: string } | undefined;
  for (const milestone of reading.milestones) {
    if (latest && milestone.date < latest.date) {
      found.push(finding(path, milestone.line, 'milestone-order', `milestone "${milestone.name}" (${milestone.date}) comes after "${latest.name}" (${latest.date}), which is later`));
    } else latest = milestone;
  }
  // Deployed, or stopped in an end state (rejected, superseded): its milestones are history.
  if (!reading.currentStatus?.final) {
    for (const milestone of reading.milestones) {
      if (milestone.done || milestone.date >= today) continue;
      const days = daysBetween(milestone.date, today);
      found.push(finding(path, milestone.line, 'overdue', `milestone "${milestone.name}" was due ${milestone.date}: overdue by ${days} day${days === 1 ? '' : 's'}`));
    }
  }
  return found;
}
