import type { CommandDeclaration } from '../command-declaration.js';

const FLAGS = {
  to: { type: 'string', value: '<number>', help: ['the new number; refused (exit 2) when a spec in the', 'working tree or on any branch has it'] },
  'dry-run': { type: 'boolean', help: ['print the files and lines that would change; write nothing'] },
  json: {
    type: 'boolean',
    help: [
      'print {"from", "to", "files": [{"path", "change", "from",',
      '"lines"}], "ambiguous": [{"path", "lines"}],',
      '"notRewritten": [{"path", "lines", "why"}],',
      '"notSearched": [{"path", "why"}]} on stdout',
      '(with --dry-run also "dryRun": true; "branchesUnchecked":',
      'why, when other branches\' numbers could not be read)',
    ],
  },
} as const;

/** `specwright renumber`: give a spec a new number, and rename what cites it. */
export const RENUMBER_COMMAND = {
  name: 'renumber',
  synopsis: 'specwright renumber <spec>',
  summary: 'move a spec to a free number, rewriting what cites it',
  title: 'give a spec a new number, and rename what cites it.',
  usage: ['specwright renumber <id|slug> [--to NNNN] [--dry-run] [--json] [--cwd <dir>]'],
  positionals: true,
  flags: FLAGS,
  sections: [
    `After a merge, two branches' specs can share a number (0007-dark-mode and
0007-export). renumber moves one of them to a free number: the next one that
neither the working tree nor any branch (local or remote-tracking) holds, as
\`new\` picks it, or the one given with --to. The id keeps its width (0008).`,
    `The spec: its full id (0007-dark-mode), its number if no other spec has it,
its slug (dark-mode) or the start of one slug only (dark). When two specs
share the number, give the full id.`,
    `What changes, all or nothing (a failure or an interruption changes nothing):
  the spec                  written under its new name (only its own id renamed
                            inside), and the old name removed
  docs, specs               files in the docs and specs folders citing the full
                            id (the docs stub's link and its text), and the text
                            of a link to the spec that is its old number
                            ([0007](0007-export.md) → [0008](0008-export.md))
  tests                     files in the tests folder and below, and in every
                            workspace package's tests folder (not node_modules,
                            dot-folders, links or files over 1 MiB) citing the spec's
                            path or full id (the test stub's header), and bare-number
                            citations (0007 FR-3) when no other spec keeps the old
                            number, or when the file names this spec's full id and
                            not the other's; in a file naming neither, or both,
                            they are ambiguous: left as they are, and listed on
                            stderr (lint warns: ambiguous-citation)
  not rewritten             a citing file that lint reads as binary (NUL bytes) or
                            that is not UTF-8: left as it is, and listed on stderr
                            with its lines
Every other byte stays as it was (line endings included).`,
    { heading: 'Options', group: 'Options' },
    `Exit codes
  0 renumbered, or printed with --dry-run
  1 a file could not be written, or the new name exists; nothing written
  2 an unknown or ambiguous spec, a taken --to number, ids that are dates
    (idStyle "date": dated ids do not clash), or a file to edit with an
    unresolved merge conflict (resolve the merge first)
  129 130 131 143 interrupted by a signal; nothing written`,
    `Examples
  specwright renumber 0007-export
  specwright renumber export --to 12 --dry-run`,
  ],
} as const satisfies CommandDeclaration;
