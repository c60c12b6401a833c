/** Help screens. Plain strings: printing help loads no template engine or prompt library. */
import { CONFIG_FILE, DEFAULTS, KEYS, RULES, STATUS_NAMES, STATUS_STEPS } from '../app/facts.js';
import { CONFIG_FLAGS_HELP } from './config-flags.js';

export const MAIN_HELP = `specwright: start a feature the right way.

Usage
  specwright new [name] [options]   write a feature spec, a test stub and a docs stub
  specwright list [options]         every spec: owner, status, progress, next milestone
  specwright status <spec> <state>  tick a spec's Status up to a state, date it, log it
  specwright lint [paths...]        check every spec: placeholders, dates, numbers, links, tests
  specwright index [--check]        write the specs folder's README.md: a table and a milestone chart
  specwright renumber <spec>        move a spec to a free number, rewriting what cites it
  specwright config [--json]        show where files go, how the stub is written, and why
  specwright init                   add "npm run new-spec" and a config to this repository
  specwright eject [templates...]   copy the built-in templates into the templates folder
  specwright help [command]         show help for a command
  specwright --version              print the version

Run \`specwright new --help\` for the interview, the flags and the files written.
Docs: README.md in the specwright package.
`;

export const NEW_HELP = `specwright new: write a feature spec, a test stub and a docs stub.

Usage
  specwright new [name] [options]

In a terminal, specwright asks for whatever the flags did not give. Without a
terminal (CI, pipes, coding agents), or with --yes or --json, it never asks:
a missing name exits 2 naming the flag to pass.

Answers
  --name <text>             feature name (or the first argument); the file names derive from it
  --owner <text>            owner (default: git config user.name, else your OS user name)
  --purpose <text>          one line: what the feature does and why
  --requirement <text>      a functional requirement (repeatable; ids FR-1, FR-2, ...)
  --story <text>            a user story: "As a ..., I want ... so that ..." (repeatable)
  --phase "<name>: <task>; <task>"
                            a phase of the implementation plan and its tasks (repeatable)
  --milestone "<name>@<date>"
                            a milestone; date YYYY-MM-DD or +10d, +2w, +1m from today (repeatable)
  --answers <file|->        the same answers as a JSON object (keys: name, owner, purpose,
                            requirements, stories, phases [{name, tasks}], milestones [{name, date}]);
                            - reads stdin; flags win over the file

Behaviour
  -y, --yes                 ask nothing: use defaults, skip the confirmation
      --dry-run             print the files and their contents; write nothing
      --force               replace the files of an existing spec (regular files only,
                            atomically; never a folder)
      --json                print {"id", "slug", "root", "files"} on stdout, nothing else
                            (with --dry-run also "dryRun": true; "branchesUnchecked":
                            why, when other branches' numbers could not be read)
      --cwd <dir>           run as if started in <dir> (and in its package, in a monorepo)
      --debug               show stack traces for unexpected errors
  -h, --help                show this help

${CONFIG_FLAGS_HELP}

Files written (folders relative to the git root, else the current folder)
  ${DEFAULTS.specsDir}/NNNN-<slug>.md      the spec (NNNN: the next number that no branch holds,
                                 local or remote-tracking; a date with idStyle "date")
  <tests>/<slug>.test.<ts|js>    the test stub, in the package's own framework (jest, vitest,
                                 node --test or mocha) and folder, found from its package.json,
                                 its framework's config and its existing tests; one todo per
                                 requirement, story and task
  ${DEFAULTS.docsDir}/<slug>.md        the docs stub, linked to the spec
  Each folder is configurable (${CONFIG_FILE}); \`specwright config\` shows the ones in use.

Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today" (Created, Last Updated, relative dates)

Exit codes
  0 written (even if stdout then fails), or printed with --dry-run
  1 conflict or write failure, nothing written   2 usage or validation error
  129 hung up (terminal closed)   130 interrupted (Ctrl-C)   131 quit (Ctrl-\\)
  143 terminated; after any of these signals nothing is written

Examples
  specwright new "Dark mode"
  specwright new --name "Dark mode" --requirement "Follows the OS theme" \\
    --phase "Build: tokens; toggle" --milestone "Beta@+2w" --yes
  specwright new --answers spec.json --json
`;

export const LIST_HELP = `specwright list: every spec of the project, one row each.

Usage
  specwright list [--status <name>] [--owner <name>] [--json] [--cwd <dir>]

Reads each spec in the specs folder (${DEFAULTS.specsDir} unless configured;
\`specwright config\` shows it) and prints its id, title, owner, status,
progress and next milestone. Writes nothing.

  STATUS          the furthest item ticked in the spec's Status checklist, or draft
  TASKS           tasks ticked / tasks, across the phases of the Implementation Plan
  TESTS           requirements (FR-n) named by a real test / only by a todo / by no
                  test (see \`specwright lint --help\` for how tests name them)
  NEXT MILESTONE  the earliest milestone not done (ticked or ~~struck~~ ones are done),
                  with its date: "in 5 days", "today" or "overdue by 2 days"

A spec that cannot be read in full is still listed, and each thing that could
not be read is a warning on stderr naming the file and the line.

Options
      --status <name>       only specs with this status (repeatable, or comma-separated):
                            ${STATUS_NAMES.join(', ')}
      --owner <name>        only specs of this owner (case-insensitive)
      --json                print the specs as a JSON array on stdout: id, number, slug,
                            file (relative to the root), title, owner, created, lastUpdated,
                            status, progress {done, total}, nextMilestone {name, date, days},
                            requirements {total, tested, todo, untested},
                            problems [{line, message, rule}] (line 0: the whole file)
      --cwd <dir>           as if started in <dir>
      --specs-dir <dir>     read specs from this folder instead of the configured one
  -h, --help                show this help

The table fits the terminal (COLUMNS without one; else 100 columns): long
titles are cut with "…".

Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today" (for "in N days")
  COLUMNS=<n>                   the table's width when stdout is not a terminal

Exit codes
  0 listed (also when there are no specs, or a spec has problems)
  1 the specs folder cannot be read   2 a bad flag or status name

Examples
  specwright list
  specwright list --status implementation --owner "ada lovelace"
  specwright list --status review,design --json
`;

export const STATUS_HELP = `specwright status: move a spec along its Status checklist.

Usage
  specwright status <id|slug> <state> [--note "<text>"] [--json] [--cwd <dir>]

The spec: its full id (0007-dark-mode), its number (0007 or 7) or its slug
(dark-mode). The state: an item of the Status checklist.

States
${STATUS_STEPS.map((s) => `  ${s.name.padEnd(16)}${s.label}`).join('\n')}

Ticks every item up to and including the state (it never unticks one), sets
"Last Updated:" to today, and adds a row to the Changelog table:
| <today> | <git config user.name, else your OS user name> | Status: <item>[ — <note>] |.
Every other byte of the file stays as it was (line endings included). The
file is replaced all-or-nothing. A state whose items are all ticked already
changes nothing; a state before the current one with items left unticked (a
later one was ticked by hand) is refused: status never unticks.

Options
      --note <text>         one line added to the Changelog row
      --json                print {"id", "file", "status", "label", "changed", "ticked",
                            "lastUpdated", "note", "index"} on stdout ("index": the specs
                            index, when \`specwright index\` wrote one and it was updated too)
      --cwd <dir>           as if started in <dir>
  -h, --help                show this help

Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today"

Exit codes
  0 done, or nothing to change   1 the file could not be written
  2 a bad state, an unknown or ambiguous spec, a state before the current one
    with items left unticked, a spec without its Status items, Last Updated line or Changelog table,
    or a spec (or the specs index) with an unresolved merge conflict: resolve the merge first

Examples
  specwright status 0007 review
  specwright status dark-mode code-review --note "PR #42"
  specwright status 7 deployed --json
`;

export const RENUMBER_HELP = `specwright renumber: give a spec a new number, and rename what cites it.

Usage
  specwright renumber <id|slug> [--to NNNN] [--dry-run] [--json] [--cwd <dir>]

After a merge, two branches' specs can share a number (0007-dark-mode and
0007-export). renumber moves one of them to a free number: the next one that
neither the working tree nor any branch (local or remote-tracking) holds, as
\`new\` picks it, or the one given with --to. The id keeps its width (0008).

The spec: its full id (0007-dark-mode), its number if no other spec has it,
or its slug (dark-mode). When two specs share the number, give the full id.

What changes, all or nothing (a failure or an interruption changes nothing):
  the spec                  written under its new name (only its own id renamed
                            inside), and the old name removed
  docs, specs               files in the docs and specs folders citing the full
                            id (the docs stub's link and its text)
  tests                     files in the tests folder and below, and in every
                            workspace package's tests folder (not node_modules,
                            dot-folders, links or files over 1 MiB) citing the spec's
                            path or full id (the test stub's header), and bare-number
                            citations (0007 FR-3) when no other spec keeps the old
                            number; when one does, they are ambiguous: left as they
                            are, and listed on stderr
  not rewritten             a citing file that lint reads as binary (NUL bytes) or
                            that is not UTF-8: left as it is, and listed on stderr
                            with its lines
Every other byte stays as it was (line endings included).

Options
      --to <number>         the new number; refused (exit 2) when a spec in the
                            working tree or on any branch has it
      --dry-run             print the files and lines that would change; write nothing
      --json                print {"from", "to", "files": [{"path", "change", "from",
                            "lines"}], "ambiguous": [{"path", "lines"}],
                            "notRewritten": [{"path", "lines", "why"}],
                            "notSearched": [{"path", "why"}]} on stdout
                            (with --dry-run also "dryRun": true; "branchesUnchecked":
                            why, when other branches' numbers could not be read)
      --cwd <dir>           as if started in <dir>
  -h, --help                show this help

Exit codes
  0 renumbered, or printed with --dry-run
  1 a file could not be written, or the new name exists; nothing written
  2 an unknown or ambiguous spec, a taken --to number, ids that are dates
    (idStyle "date": dated ids do not clash), or a file to edit with an
    unresolved merge conflict (resolve the merge first)
  129 130 131 143 interrupted by a signal; nothing written

Examples
  specwright renumber 0007-export
  specwright renumber export --to 12 --dry-run
`;

export const INDEX_HELP = `specwright index: write the specs folder's README.md, an index of every spec.

Usage
  specwright index [--check] [--force] [--json] [--specs-dir <dir>] [--cwd <dir>]

Writes <specs folder>/README.md (${DEFAULTS.specsDir}/README.md unless configured;
\`specwright config\` shows it) from the specs in that folder:

  a table, one row per spec in number order: its number linked to the file,
  title, owner, status (as \`specwright list\` shows it), and its next
  milestone (the earliest not done) with its date;
  a Mermaid gantt chart: one section per spec, one milestone per dated
  milestone (done ones marked done); or a line saying there are none.

Nothing in it depends on today: the same specs give the same bytes, so the
file can be committed and checked in CI. A file that is up to date is not
written again. Titles and names render as text: escaped in the table, and in
the chart with : ; # % < > \` { } as their fullwidth look-alikes. A spec that
cannot be read (a link, a FIFO, over 1 MiB) is listed by its file name, with a
warning. The write is all-or-nothing, through the same writer as \`new\`. An
index written with CRLF line endings (git's autocrlf) stays CRLF.

A README.md there that \`specwright index\` did not write (it does not begin
with the title and the line "<!-- Generated by \`specwright index\` ..." as
index writes them; quoting that line elsewhere does not count) is never
replaced without --force. An index left with merge conflict markers is
refused (exit 2, file and line); --force writes it anew from the specs.

Once it is there, \`new\`, \`status\` and \`renumber\` keep it up to date: each
writes it with its own files, all or nothing.

Options
      --check               write nothing; exit 1 when the file is missing, out of date
                            or not an index, naming it
      --force               replace a README.md that specwright index did not write,
                            or an index left mid-merge with conflict markers
      --json                print {"file", "state", "changed", "specs"} on stdout; state is
                            what was there: missing, current, stale, hand-written or unreadable
      --specs-dir <dir>     index this folder instead of the configured one
      --cwd <dir>           as if started in <dir>
      --debug               show stack traces for unexpected errors
  -h, --help                show this help

Exit codes
  0 written, or up to date   1 --check found it missing or stale, or it could
  not be written (nothing was)   2 a bad flag, or a README.md that is not an
  index or holds merge conflict markers (without --force)

Examples
  specwright index
  specwright index --check
  specwright index --specs-dir rfcs --json
`;

export const CONFIG_HELP = `specwright config: show the effective configuration and where each value came from.

Usage
  specwright config [--json] [--cwd <dir>] [layout flags]

Each value comes from its default, from detection (with what showed it), from
${CONFIG_FILE} or package.json's "specwright" key (the root's, then the
package's in a monorepo), or from a flag; the last one that says wins.

Settings (${CONFIG_FILE}; all optional)
${Object.entries(KEYS).map(([key, spec]) => `  ${key.padEnd(16)}${spec.description}${spec.kind === 'choice' ? ` (${spec.values.join(', ')})` : ''}; default ${DEFAULTS[key as keyof typeof DEFAULTS]}`).join('\n')}

Folders are relative paths inside the project: testsDir to the package the run
is in, specsDir and docsDir to the root (or the package, with workspaceSpecs
"package"), templatesDir to the root. A bad key or value exits 2 naming it.

Options
      --json                print {"root", "settings": {name: {value, source, ...}}}
      --cwd <dir>           as if started in <dir>
  -h, --help                show this help

${CONFIG_FLAGS_HELP}
`;

export const INIT_HELP = `specwright init: set up this repository for \`npm run new-spec\`.

Usage
  specwright init [--cwd <dir>]

Adds "new-spec": "specwright new" to the scripts of the package.json of the
package you are in (keeping its indentation, key order, line endings and final
newline), and writes ${CONFIG_FILE} beside it with "$schema" and the values
in use now (see \`specwright config\`), so the team's runs agree. A workspace
root's config leaves the test framework, language and tests folder to each
package's detection. Nothing that exists is changed: a script of that name with
another command, or an existing config, is kept and reported. Running it again
changes nothing. Then it prints the one command that adds specwright as a dev
dependency.
`;

export const EJECT_HELP = `specwright eject: copy built-in templates into the templates folder, to start your own.

Usage
  specwright eject [spec] [docs] [test] [test-jest] [test-vitest] [test-node] [test-mocha]

Without names: spec, docs and the test stub template of the framework in use.
"test" is that framework's stub template; test-<framework> names one.
Files go to the templates folder (templatesDir, default ${DEFAULTS.templatesDir});
an existing file is never overwritten (it is reported and kept). A template
there replaces the built-in one of the same name; the others stay built in.
See README.md, "Your own templates", for the data and helpers a template gets.
`;

export const LINT_HELP = `specwright lint: check every spec, and say how to fix what is wrong.

Usage
  specwright lint [paths...] [--json | --format github] [--strict] [--cwd <dir>]

Reads every spec of the specs folder (${DEFAULTS.specsDir} unless configured),
its docs stub and the repository's test files, and prints one finding a line:
  <file>:<line>: <error|warning> <rule>: <what is wrong>. <how to fix it>
Writes nothing. With paths (files or folders), only findings in them are
shown; every spec is still read, for the rules that compare specs.

Rules
${Object.entries(RULES)
  .map(([rule, info]) => `  ${rule.padEnd(22)}${info.severity.padEnd(8)}${info.checks}`)
  .join('\n')}

Requirements and tests: a test file belongs to the spec its stub header
names ("Specification: <file> (<id>)", as generated), or, without one, to the
specs whose full ids it names; there "FR-3" names the spec's FR-3. Any test
file can name a requirement of any spec as "0007 FR-3" (the spec's number,
or its full id, then the requirement). A name on a line with .todo(, .skip(,
xit(, todo: or skip:, or in a mocha it("...") without a function, is a todo;
it counts, and \`specwright list\` shows it apart from real tests.
Test files: *.test.*, *.spec.*, and scripts under test/, tests/ or __tests__/
folders, anywhere but node_modules and hidden folders.

Options
      --json                print {specs, errors, warnings, findings: [{file, line, rule,
                            severity, message, hint}]}; line 0 is the whole file
      --format <f>          text (default), json, or github: GitHub Actions workflow
                            commands (::error file=…,line=…::…), shown on the pull request
      --strict              warnings fail too (exit 1)
      --specs-dir <dir>     read specs from this folder instead of the configured one
      --cwd <dir>           as if started in <dir>
  -h, --help                show this help

Environment
  SPECWRIGHT_TODAY=YYYY-MM-DD   pin "today" (for overdue milestones)

Exit codes
  0 no errors (warnings allowed without --strict)
  1 errors found (or warnings, with --strict); or the specs folder cannot be read
  2 a bad flag, format or path

Examples
  specwright lint
  specwright lint docs/specs/0007-dark-mode.md --strict
  specwright lint --format github        # in a GitHub Actions step
`;
