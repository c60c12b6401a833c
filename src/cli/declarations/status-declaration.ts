import { STATUS_STEPS } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';

const FLAGS = {
  note: { type: 'string', value: '<text>', help: ['one line added to the Changelog row'] },
  json: {
    type: 'boolean',
    help: [
      'print {"id", "file", "status", "label", "changed", "ticked",',
      '"lastUpdated", "note", "index"} on stdout ("index": the specs',
      'index, when `specwright index` wrote one and it was updated too)',
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
${STATUS_STEPS.map((s) => `  ${s.name.padEnd(16)}${s.label}`).join('\n')}`,
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
  2 a bad state, an unknown or ambiguous spec, a state before the current one
    with items left unticked, a spec without its Status items, Last Updated line or Changelog table,
    or a spec (or the specs index) with an unresolved merge conflict: resolve the merge first`,
    `Examples
  specwright status 0007 review
  specwright status dark-mode code-review --note "PR #42"
  specwright status 7 deployed --json`,
  ],
} as const satisfies CommandDeclaration;
