import { CONFIG_FILE } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';

/** `specwright init`: set up this repository for `npm run new-spec`. */
export const INIT_COMMAND = {
  name: 'init',
  synopsis: 'specwright init',
  summary: 'add "npm run new-spec" and a config to this repository',
  title: 'set up this repository for `npm run new-spec`.',
  usage: ['specwright init [--cwd <dir>]'],
  positionals: false,
  flags: {},
  sections: [
    `Adds "new-spec": "specwright new" to the scripts of the package.json of the
package you are in (keeping its indentation, key order, line endings and final
newline), and writes ${CONFIG_FILE} beside it with "$schema" and the values
in use now (see \`specwright config\`), so the team's runs agree. A workspace
root's config (package.json "workspaces", or a pnpm-workspace.yaml with a
"packages:" list; one that only holds settings is not a workspace) leaves the
test framework, language and tests folder to each package's detection. Nothing
that exists is changed: a script of that name with another command, or an
existing config, is kept and reported. Running it again changes nothing. Then
it prints the command that adds specwright as a dev dependency, to run where
init ran, in the repository's package manager (its "packageManager" field, else
its lock file: npm, pnpm, yarn 1, yarn 2+ or bun; with the flag yarn 1 and pnpm
ask for at a workspace root), and the one that runs the script.`,
    { heading: 'Options', group: 'Options' },
  ],
} as const satisfies CommandDeclaration;
