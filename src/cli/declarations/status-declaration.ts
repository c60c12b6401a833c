import { END_STATES, STATUS_STEPS } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';

const FLAGS = {
  note: { type: 'string', value: '<text>', help: ['one line added to the Changelog row'] },
  json: {
    type: 'boolean',
    help: [
      'print {"id", "file", "status", "label", "changed", "ticked",',
      '"lastUpdated", "note", "index", "open"} on stdout ("index": the specs',
      'index, when `specwright index` wrote one and it was updated too;',
      '"open": what is still open at testing or later, one line each)',
    ],
  },
} as const;

/** `specwright status`: move a spec along its Status checklist. */
export const STATUS_COMMAND = {
  name: 'status',
  synopsis: 'specwright status <spec> <state>',
  summary: "tick a spec's Status up to a state, date it, log it",
  title: 'move a spec along its Status checklist.',
  usage: ['specwright status <id|slug> <state> [--note "<text>"] [--json] [--cwd <dir>]'],
  positionals: true,
  flags: FLAGS,
  sections: [
    `The spec: its full id (0007-dark-mode), its number (0007 or 7), its slug
(dark-mode) or the start of one slug only (dark). The state: an item of the
Status checklist.`,
    `States
${STATUS_STEPS.map((s) => `  ${s.name.padEnd(16)}${s.label}`).join('\n')}
End states (a spec stops in one instead: never overdue, its milestones history)
${END_STATES.map((s) => `  ${s.name.padEnd(16)}${s.label}`).join('\n')}`,
    `An end state is one ticked item appended after the checklist's last item
(- [x] Rejected). A spec in an end state is not moved out of it: untick its
item by hand to take the spec up again. Two end states at once are a lint error.`,
    `A team's own lifecycle: when the templates folder has a spec.md.hbs whose
Status checklist has its own items (QA sign-off, Security review, any
number), its items are the states, in its order, named from their labels
(QA sign-off: qa-sign-off); items after a <!-- end states --> line in that
checklist are end states the team adds. \`status --help\` run in such a
repository lists its states.`,
    `Moving a spec to testing or later (in a team's lifecycle: from its first
item that names testing, else its last) prints on stderr what is still open:
tasks not done, requirements with no test or only a todo test, a docs stub
that holds only the template's guidance. The status is set all the same.`,
    `Ticks every item up to and including the state (it never unticks one), sets
"Last Updated:" to today, and adds a row to the Changelog table:
| <today> | <git config user.name, else your OS user name> | Status: <item>[ — <note>] |.
Every other byte of the file stays as it was (line endings included). The
file is replaced all-or-nothing. A state whose items are all ticked already
changes nothing; a state before the current one with items left unticked (a
later one was ticked by hand) is refused: status never unticks.`,
    { heading: 'Options', group: 'Options' },
    `Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today"`,
    `Exit codes
  0 done, or nothing to change   1 the file could not be written
  2 a bad state, an unknown or ambiguous spec, a spec in an end state, a state before the current one
    with items left unticked, a spec without its Status items, Last Updated line or Changelog table,
    or a spec (or the specs index) with an unresolved merge conflict: resolve the merge first`,
    `Examples
  specwright status 0007 review
  specwright status dark-mode code-review --note "PR #42"
  specwright status 7 deployed --json
  specwright status sso rejected --note "out of scope this year"`,
  ],
} as const satisfies CommandDeclaration;
