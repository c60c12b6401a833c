import type { CommandDeclaration } from '../command-declaration.js';

const FLAGS = {
  supersedes: { type: 'boolean', group: 'kind', help: ['the first spec replaces the second: "Supersedes" in the first,', '"Superseded by" in the second'] },
  'depends-on': { type: 'boolean', group: 'kind', help: ['the first spec needs the second: "Depends on" in the first,', '"Depended on by" in the second'] },
  relates: { type: 'boolean', group: 'kind', help: ['the two specs concern each other: "Relates to" in both'] },
  json: { type: 'boolean', help: ['print {"from", "to", "kind", "changed", "files", "index"} on stdout'] },
} as const;

/** `specwright link`: relate two specs, in both of them. */
export const LINK_COMMAND = {
  name: 'link',
  synopsis: 'specwright link <spec> <spec>',
  summary: 'relate two specs (supersedes, depends on, relates to), in both',
  title: 'relate two specs, writing the relation in both.',
  usage: ['specwright link <spec> <spec> (--supersedes | --depends-on | --relates) [--json] [--cwd <dir>]'],
  positionals: true,
  flags: FLAGS,
  sections: [
    `Each spec: its full id (0007-dark-mode), its number (0007 or 7), its slug
(dark-mode) or the start of one slug only (dark).`,
    `The relation is a list item of each spec's footer (after Owner), a link to
the other spec's file, one line per kind:
  - Supersedes: [0003](0003-old-auth.md)
  - Depends on: [0004](0004-export.md), [0007](0007-dark-mode.md)
Last Updated is set to today in each spec that changes; every other byte stays
as it was. Both files are replaced all-or-nothing, with the specs index when
\`specwright index\` wrote one. Linking two specs again changes nothing; a
relation written in one spec only is completed in the other.
\`specwright lint\` checks that every relation resolves, is written in both
specs, and that no spec depends on itself through others.`,
    { heading: 'Kind (one)', group: 'kind' },
    { heading: 'Options', group: 'Options' },
    `Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today"`,
    `Exit codes
  0 linked, or linked already   1 a file could not be written; nothing written
  2 no kind or more than one, an unknown or ambiguous spec, a spec linked to
    itself, a spec without a readable Last Updated line, or a spec (or the
    specs index) with an unresolved merge conflict: resolve the merge first`,
    `Examples
  specwright link 0012 0003 --supersedes
  specwright link export dark-mode --depends-on
  specwright link 5 7 --relates --json`,
  ],
} as const satisfies CommandDeclaration;
