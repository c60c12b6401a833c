import { DEFAULTS, RULES, TEST_FOLDER_NAMES } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';

/** `test/, tests/ or __tests__/`: the folders whose scripts lint counts as tests. */
const TEST_FOLDERS_TEXT = `${TEST_FOLDER_NAMES.slice(0, -1).map((name) => `${name}/`).join(', ')} or ${TEST_FOLDER_NAMES.at(-1)}/`;

const FLAGS = {
  json: {
    type: 'boolean',
    help: ['print {specs, errors, warnings, findings: [{file, line, rule,', 'severity, message, hint}]}; line 0 is the whole file'],
  },
  format: {
    type: 'string',
    value: '<f>',
    default: 'text',
    values: ['text', 'json', 'github', 'sarif'],
    help: [
      'text (default), json, github: GitHub Actions workflow',
      'commands (::error file=…,line=…::…), shown on the pull request, or',
      'sarif: a SARIF 2.1.0 log for code scanning (upload-sarif)',
    ],
  },
  strict: { type: 'boolean', help: ['warnings fail too (exit 1)'] },
  'specs-dir': { type: 'string', value: '<dir>', help: ['read specs from this folder instead of the configured one'] },
} as const;

/** `specwright lint`: check every spec, and say how to fix what is wrong. */
export const LINT_COMMAND = {
  name: 'lint',
  synopsis: 'specwright lint [paths...]',
  summary: 'check every spec: placeholders, dates, numbers, links, tests',
  title: 'check every spec, and say how to fix what is wrong.',
  usage: ['specwright lint [paths...] [--json | --format github|sarif] [--strict] [--cwd <dir>]'],
  positionals: true,
  flags: FLAGS,
  sections: [
    `Reads every spec of the specs folder (${DEFAULTS.specsDir} unless configured),
its docs stub and the repository's test files, and prints one finding a line:
  <file>:<line>: <error|warning> <rule>: <what is wrong>. <how to fix it>
(how to fix it: after the first finding of each rule only; --json keeps it
on every finding). Writes nothing. With paths (files or folders), only findings in them are
shown; every spec is still read, for the rules that compare specs. A path
outside the specs folder is checked for what it is (a test file, a docs stub;
stderr says which), and refused when it holds neither.`,
    `Rules
${Object.entries(RULES)
  .map(([rule, info]) => `  ${rule.padEnd(22)}${info.severity.padEnd(8)}${info.checks}`)
  .join('\n')}
A rule can be turned off or given another severity in the configuration:
  "lint": { "rules": { "untested-requirement": "off", "overdue": "error" } }
(merge-conflict, unreadable and encoding stay errors: a file they find is
not read any further). --strict, --json and every format follow it.`,
    `Requirements and tests: a test file belongs to the spec its stub header
names ("Specification: <file> (<id>)", as generated), or, without one, to the
specs whose full ids it names; there "FR-3" names the spec's FR-3. Any test
file can name a requirement of any spec as "0007 FR-3" (the spec's number,
or its full id, then the requirement). A name on a line with .todo(, .skip(,
xit(, todo: or skip:, or in a mocha it("...") without a function, is a todo;
it counts, and \`specwright list\` shows it apart from real tests.
Test files: *.test.*, *.spec.*, and scripts under ${TEST_FOLDERS_TEXT}
folders, anywhere but node_modules and hidden folders.`,
    { heading: 'Options', group: 'Options' },
    `Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today" (for overdue milestones)`,
    `Exit codes
  0 no errors (warnings allowed without --strict)
  1 errors found (or warnings, with --strict); or the specs folder cannot be read
  2 a bad flag, format or path (one holding no spec, docs stub or test file)`,
    `Examples
  specwright lint
  specwright lint docs/specs/0007-dark-mode.md --strict
  specwright lint --format github        # in a GitHub Actions step
  specwright lint --format sarif > specwright.sarif   # then github/codeql-action/upload-sarif`,
  ],
} as const satisfies CommandDeclaration;
