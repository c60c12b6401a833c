/** Help screens. Plain strings: printing help loads no template engine or prompt library. */

export const MAIN_HELP = `specwright: start a feature the right way.

Usage
  specwright new [name] [options]   write a feature spec, a test stub and a docs stub
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
                            (with --dry-run also "dryRun": true)
      --cwd <dir>           run as if started in <dir>
      --debug               show stack traces for unexpected errors
  -h, --help                show this help

Files written (into the git root, else the current folder)
  docs/specs/NNNN-<slug>.md      the spec (NNNN: next free number)
  tests/<slug>.test.ts           jest stub, one test.todo per requirement, story and task
                                 (.test.js when the root has no tsconfig.json)
  docs/features/<slug>.md        the docs stub, linked to the spec

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
