import { DEFAULTS, STATUS_NAMES } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';

const FLAGS = {
  status: { type: 'string', multiple: true, value: '<name>', values: STATUS_NAMES, help: ['only specs with this status (repeatable, or comma-separated):', STATUS_NAMES.join(', ')] },
  owner: { type: 'string', value: '<name>', help: ['only specs of this owner (case-insensitive)'] },
  overdue: { type: 'boolean', help: ['only specs with a milestone not done whose day has passed', '(never a deployed spec)'] },
  json: {
    type: 'boolean',
    help: [
      'print the specs as a JSON array on stdout: id, number, slug,',
      'file (relative to the root), title, owner, created, lastUpdated,',
      'status, progress {done, total}, nextMilestone {name, date, days},',
      'requirements {total, tested, todo, untested},',
      'relations [{kind, id, number, file, line}] (specwright link),',
      'problems [{line, message, rule}] (line 0: the whole file)',
    ],
  },
  'specs-dir': { type: 'string', value: '<dir>', help: ['read specs from this folder instead of the configured one'] },
} as const;

/** `specwright list`: every spec of the project, one row each. */
export const LIST_COMMAND = {
  name: 'list',
  synopsis: 'specwright list [options]',
  summary: 'every spec: owner, status, progress, next milestone',
  title: 'every spec of the project, one row each.',
  usage: ['specwright list [--status <name>] [--owner <name>] [--overdue] [--json] [--cwd <dir>]'],
  positionals: false,
  flags: FLAGS,
  sections: [
    `Reads each spec in the specs folder (${DEFAULTS.specsDir} unless configured;
\`specwright config\` shows it) and prints its id, title, owner, status,
progress and next milestone. Writes nothing.

  STATUS          the furthest item ticked in the spec's Status checklist, or draft;
                  "superseded by 0012" once another spec supersedes it
  TASKS           tasks ticked / tasks, across the phases of the Implementation Plan
  TESTS           requirements (FR-n) named by a real test / only by a todo / by no
                  test (see \`specwright lint --help\` for how tests name them)
  NEXT MILESTONE  the earliest milestone not done (ticked or ~~struck~~ ones are done),
                  with its date: "in 5 days", "today" or "overdue by 2 days"`,
    `A spec that cannot be read in full is still listed, and each thing that could
not be read is a warning on stderr naming the file and the line.`,
    { heading: 'Options', group: 'Options' },
    `On a terminal the table fits its width (COLUMNS when the terminal does not
say): long titles are cut with "…". Piped or redirected, nothing is cut.`,
    `Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today" (for "in N days" and --overdue)
  COLUMNS=<n>                   the table's width when the terminal does not say`,
    `Exit codes
  0 listed (also when there are no specs, or a spec has problems)
  1 the specs folder cannot be read   2 a bad flag or status name`,
    `Examples
  specwright list
  specwright list --status implementation --owner "ada lovelace"
  specwright list --status review,design --json
  specwright list --overdue --owner "ada lovelace"`,
  ],
} as const satisfies CommandDeclaration;
