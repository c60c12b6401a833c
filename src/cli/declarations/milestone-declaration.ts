import type { CommandDeclaration } from '../command-declaration.js';

const FLAGS = {
  done: { type: 'boolean', help: ['mark it done: 1. [x] **Name** - date'] },
  undone: { type: 'boolean', help: ['mark it not done: its box cleared, its ~~strike~~ taken off'] },
  date: { type: 'string', value: '<date>', help: ['move it to this day: YYYY-MM-DD (a real one: 2027-02-30 is refused), or +10d, +2w, +1m from today'] },
  'dry-run': { type: 'boolean', help: ['print the lines that would change; write nothing'] },
  json: {
    type: 'boolean',
    help: [
      'print {"id", "file", "milestone", "done", "date", "changed",',
      '"lastUpdated", "lines", "index"} on stdout ("lines": the lines',
      'changed; with --dry-run also "dryRun": true)',
    ],
  },
} as const;

/** `specwright milestone`: tick a milestone done, or move its day, in place. */
export const MILESTONE_COMMAND = {
  name: 'milestone',
  synopsis: 'specwright milestone <spec> ...',
  summary: "mark a spec's milestone done or not done, or move its date",
  title: "mark a spec's milestone done or not done, or move its date.",
  usage: ['specwright milestone <id|slug> <name> (--done | --undone) [--date <date>] [--dry-run] [--json] [--cwd <dir>]', 'specwright milestone <id|slug> <name> --date <date> [--dry-run] [--json] [--cwd <dir>]'],
  positionals: true,
  flags: FLAGS,
  sections: [
    `The spec: its full id (0007-dark-mode), its number (0007 or 7), its slug
(dark-mode) or the start of one slug only (dark). The milestone: its name as
written in the spec's Milestones section, in any case, or the start of one
name only ("beta" for "Public beta" is not a start; "public b" is). Words
after the spec are the name: quotes are optional.`,
    `Edits the milestone's own line where it is: --done ticks it
(1. **Beta** - 2027-01-15 becomes 1. [x] **Beta** - 2027-01-15), --undone
clears the box (or takes it off, when no other milestone has one) and takes a
~~strike-through~~ off, --date replaces its day and keeps the milestones in
the order written (a warning, as lint's milestone-order gives, says when the
new day breaks the date order). It sets "Last Updated:" to today and adds no
Changelog row: the line itself records the milestone. Every other byte of the
file stays as it was (line endings included); the file, and the specs index
when \`specwright index\` wrote one, are replaced all-or-nothing. A milestone
already as asked changes nothing. To add a milestone, write it in the
Milestones section: 1. **Name** - YYYY-MM-DD.`,
    { heading: 'Options', group: 'Options' },
    `Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today"`,
    `Exit codes
  0 done, printed with --dry-run, or nothing to change   1 the file could not be written
  2 no --done, --undone or --date (or both --done and --undone), a date that is
    not a real day, an unknown or ambiguous spec or milestone (the milestones are
    listed), a spec without its Last Updated line, or a spec (or the specs index)
    with an unresolved merge conflict: resolve the merge first`,
    `Examples
  specwright milestone dark-mode "design sign-off" --done
  specwright milestone 7 public beta --date 2027-02-01
  specwright milestone 7 launch --undone --dry-run`,
  ],
} as const satisfies CommandDeclaration;
