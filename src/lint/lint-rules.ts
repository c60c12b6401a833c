import type { ReaderRule } from '../specs/read-spec.js';
import { SPEC_FILE_NAME_FORMS, SPECS_INDEX_FILE } from '../specs/spec-file-name.js';

export type Severity = 'error' | 'warning';

export type LintRule = ReaderRule | 'placeholder' | 'milestone-order' | 'overdue' | 'duplicate-number' | 'untested-requirement' | 'broken-link' | 'unknown-spec' | 'unknown-requirement' | 'orphan-stub' | 'test-not-run' | 'ambiguous-citation' | 'broken-relation' | 'one-sided-relation' | 'dependency-cycle' | 'open-at-state';

export interface RuleInfo {
  readonly severity: Severity;
  /** What the rule checks, for `lint --help` and the README. */
  readonly checks: string;
  /** How to fix a finding of the rule. */
  readonly hint: string;
}

/**
 * Every rule, its severity and its fix. Errors are what makes a spec wrong
 * or unreadable; warnings are what makes it stale (a date passed, a
 * requirement without a test): `--strict` fails on them too.
 */
export const RULES: Readonly<Record<LintRule, RuleInfo>> = {
  'merge-conflict': { severity: 'error', checks: 'the spec holds no unresolved merge conflict (<<<<<<<, =======, >>>>>>> lines from git)', hint: 'Resolve the merge: keep the lines you want, delete the marker lines, then `git add` the file. Until then status and renumber refuse to edit it.' },
  unreadable: { severity: 'error', checks: 'the file can be read: a regular file, not a link, at most 1 MiB', hint: 'Make it a regular text file under 1 MiB.' },
  'file-name': { severity: 'error', checks: `each Markdown file in the specs folder is named ${SPEC_FILE_NAME_FORMS} (${SPECS_INDEX_FILE} aside)`, hint: 'Rename it (git mv) with a free number, or move it out of the specs folder: until then no command reads it.' },
  encoding: { severity: 'error', checks: 'the file is UTF-8 text', hint: 'Save the file as UTF-8 text.' },
  unclosed: { severity: 'error', checks: 'every code block and HTML comment is closed', hint: 'Close it (``` or -->); the rest of the file is unread until then.' },
  title: { severity: 'error', checks: 'the spec starts with "# Feature Specification: <name>"', hint: 'Write the feature name in the H1.' },
  owner: { severity: 'error', checks: 'an "Owner:" line names someone', hint: 'Add "- Owner: <name>" to the footer.' },
  dates: { severity: 'error', checks: '"Created:" and "Last Updated:" are real days, YYYY-MM-DD', hint: 'Write the dates as YYYY-MM-DD.' },
  'required-section': { severity: 'error', checks: 'the sections Overview, Requirements, Implementation Plan, Testing Strategy, Status and Changelog are there', hint: 'Add the section back (see the template: `specwright eject spec.md`).' },
  'status-item': { severity: 'error', checks: 'each Status item is a step of the lifecycle (the seven steps, or the Status items of the team\'s spec.md.hbs) or an end state (Rejected, Withdrawn, Superseded …), once; at most one end state ticked', hint: 'Use the template\'s Status items (`specwright status` ticks them, and appends an end state).' },
  'milestone-date': { severity: 'error', checks: 'each milestone has a name and a real day: 1. **Name** - YYYY-MM-DD', hint: 'Write the milestone as 1. **Name** - YYYY-MM-DD.' },
  requirement: { severity: 'error', checks: 'each requirement id (FR-n) is used once and has text', hint: 'Give each requirement its own FR number and a sentence.' },
  placeholder: { severity: 'error', checks: 'nothing of the template is left unfilled: [Feature Name], [Date], [Name], [Phase Name], [Milestone Name], Task 1, empty list items (code and HTML comments are not read)', hint: 'Fill it in, or delete it.' },
  'milestone-order': { severity: 'warning', checks: 'milestones are listed in date order', hint: 'Reorder the milestones, or correct the date.' },
  overdue: { severity: 'warning', checks: 'no milestone of a spec not yet deployed (nor in an end state) has passed undone', hint: 'Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.' },
  'duplicate-number': { severity: 'error', checks: 'no two specs share a number', hint: 'Give one of them a free number: specwright renumber <id>.' },
  'untested-requirement': { severity: 'warning', checks: 'each requirement (FR-n) is named by a test of its spec (a test.todo counts)', hint: 'Name it in the spec\'s test stub, or cite "<number> FR-n" in any test.' },
  'broken-link': { severity: 'error', checks: 'relative links of the specs and their docs stubs, and the test stubs\' "Specification:" paths, resolve', hint: 'Point the link at the file as it is named now.' },
  'unknown-spec': { severity: 'warning', checks: 'a test that cites "0007 FR-3" names a spec that exists', hint: 'Cite the spec by its number as it is now (renumber rewrites citations in the tests folder only).' },
  'unknown-requirement': { severity: 'warning', checks: 'a test that cites "0007 FR-3" (or a stub that names "FR-3") names a requirement its spec has', hint: 'Cite one of the spec\'s requirements, or add the requirement to the spec.' },
  'orphan-stub': { severity: 'error', checks: 'a test stub\'s "Specification:" header names a spec that still exists (not one deleted, with no spec of its number or name left)', hint: 'The spec is gone: delete the test stub (and its docs stub), or restore the spec from git (`git log --diff-filter=D -- <spec>` names the commit that removed it).' },
  'ambiguous-citation': { severity: 'warning', checks: 'a test that cites a number two specs share ("0006 FR-1") names one of their full ids in the same file, and only one', hint: 'Cite the spec by its full id ("0006-admin-dashboard FR-1"), or run specwright renumber on one of them.' },
  'broken-relation': { severity: 'error', checks: 'each relation in a spec\'s footer (Supersedes, Superseded by, Depends on, Depended on by, Relates to) links to another spec that exists', hint: 'Point the link at the spec as it is named now (`specwright list`), or delete it.' },
  'one-sided-relation': { severity: 'warning', checks: 'a relation is written in both specs (Supersedes / Superseded by, Depends on / Depended on by, Relates to / Relates to)', hint: 'Write the other side: specwright link <spec> <spec> --supersedes|--depends-on|--relates.' },
  'dependency-cycle': { severity: 'error', checks: 'no spec depends on itself through others ("Depends on" links)', hint: 'Remove one "Depends on" link of the cycle (and its "Depended on by" in the other spec).' },
  'open-at-state': { severity: 'warning', checks: 'a spec at testing or later has no task left undone, no requirement without a real test (a todo is not one) and no docs stub that holds only the template\'s guidance', hint: 'Finish what is open, or leave it open knowingly: status and lint do not block.' },
  'test-not-run': { severity: 'warning', checks: 'a test that cites a spec is among the files the repository\'s test command runs (read from its test script and its runner\'s config)', hint: 'Move the file where the test command looks, or make the test command run it.' },
};

export interface Finding {
  /** Relative to the root, forward slashes. */
  readonly file: string;
  /** 1-based; 0 for the file as a whole. */
  readonly line: number;
  readonly rule: LintRule;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
}

export function finding(file: string, line: number, rule: LintRule, message: string, hint = RULES[rule].hint): Finding {
  return { file, line, rule, severity: RULES[rule].severity, message, hint };
}
