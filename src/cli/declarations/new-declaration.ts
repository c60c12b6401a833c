import { CONFIG_FILE, DEFAULTS } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';
import { LAYOUT_FLAGS, LAYOUT_SECTION } from './layout-flags.js';

const FLAGS = {
  name: { type: 'string', value: '<text>', group: 'answers', help: ['feature name (or the first argument); the file names derive from it'] },
  owner: { type: 'string', value: '<text>', group: 'answers', default: 'git config user.name, else your OS user name', help: ['owner (default: git config user.name, else your OS user name)'] },
  purpose: { type: 'string', value: '<text>', group: 'answers', help: ['one line: what the feature does and why'] },
  requirement: { type: 'string', multiple: true, value: '<text>', group: 'answers', help: ['a functional requirement (repeatable; ids FR-1, FR-2, ...)'] },
  story: { type: 'string', multiple: true, value: '<text>', group: 'answers', help: ['a user story: "As a ..., I want ... so that ..." (repeatable)'] },
  phase: { type: 'string', multiple: true, value: '"<name>: <task>; <task>"', group: 'answers', help: ['a phase of the implementation plan and its tasks (repeatable)'] },
  milestone: { type: 'string', multiple: true, value: '"<name>@<date>"', group: 'answers', help: ['a milestone; date YYYY-MM-DD or +10d, +2w, +1m from today (repeatable)'] },
  supersedes: {
    type: 'string',
    value: '<spec>',
    group: 'answers',
    help: ['the spec the new one replaces (id, number or slug): "Supersedes" in', 'the new spec, "Superseded by" in the old one, in the same write'],
  },
  answers: {
    type: 'string',
    value: '<file|->',
    group: 'answers',
    help: [
      'the same answers as a JSON object (keys: name, owner, purpose,',
      'requirements, stories, phases [{name, tasks}], milestones [{name, date}],',
      'supersedes); - reads stdin; flags win over the file',
    ],
  },
  yes: { type: 'boolean', short: 'y', group: 'behaviour', help: ['ask nothing: use defaults, skip the confirmation'] },
  'dry-run': { type: 'boolean', group: 'behaviour', help: ['print the files and their contents; write nothing'] },
  force: { type: 'boolean', group: 'behaviour', help: ['replace the files of an existing spec (regular files only,', 'atomically; never a folder)'] },
  json: {
    type: 'boolean',
    group: 'behaviour',
    help: [
      'print {"id", "slug", "root", "files"} on stdout, nothing else',
      '(with --dry-run also "dryRun": true; "branchesUnchecked":',
      'why, when other branches\' numbers could not be read)',
    ],
  },
  ...LAYOUT_FLAGS,
} as const;

/** `specwright new`: write a feature spec, a test stub and a docs stub. */
export const NEW_COMMAND = {
  name: 'new',
  synopsis: 'specwright new [name] [options]',
  summary: 'write a feature spec, a test stub and a docs stub',
  title: 'write a feature spec, a test stub and a docs stub.',
  usage: ['specwright new [name] [options]'],
  positionals: true,
  flags: FLAGS,
  commonGroup: 'behaviour',
  sections: [
    `In a terminal, specwright asks for whatever the flags did not give. Without a
terminal (CI, pipes, coding agents), or with --yes or --json, it never asks:
a missing name exits 2 naming the flag to pass.`,
    { heading: 'Answers', group: 'answers' },
    { heading: 'Behaviour', group: 'behaviour' },
    LAYOUT_SECTION,
    `Files written (folders relative to the git root, else the current folder)
  ${DEFAULTS.specsDir}/NNNN-<slug>.md      the spec (NNNN: the next number that no branch holds,
                                 local or remote-tracking; a date with idStyle "date")
  <tests>/<slug>.test.<ts|js>    the test stub, in the package's own framework (jest, vitest,
                                 node --test, mocha, ava or tap) and folder, found from its
                                 package.json, its framework's config and its existing tests;
                                 one todo per requirement, story and task; none with --no-test
                                 or "testFramework": "none"
  ${DEFAULTS.docsDir}/<slug>.md        the docs stub, linked to the spec
  Each folder is configurable (${CONFIG_FILE}); \`specwright config\` shows the ones in use.`,
    `Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today" (Created, Last Updated, relative dates)`,
    `Exit codes
  0 written (even if stdout then fails), or printed with --dry-run
  1 conflict or write failure, nothing written   2 usage or validation error
  129 hung up (terminal closed)   130 interrupted (Ctrl-C)   131 quit (Ctrl-\\)
  143 terminated; after any of these signals nothing is written`,
    `Examples
  specwright new "Dark mode"
  specwright new --name "Dark mode" --requirement "Follows the OS theme" \\
    --phase "Build: tokens; toggle" --milestone "Beta@+2w" --yes
  specwright new --answers spec.json --json`,
  ],
} as const satisfies CommandDeclaration;
