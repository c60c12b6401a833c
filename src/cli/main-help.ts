import type { CommandDeclaration } from './command-declaration.js';

/** The column where the main help's descriptions start. */
const SYNOPSIS_WIDTH = 34;

const line = (synopsis: string, summary: string): string => `  ${synopsis.padEnd(SYNOPSIS_WIDTH)}${summary}`;

/** `specwright --help`: one line per command, from each declaration. */
export function mainHelp(commands: readonly CommandDeclaration[]): string {
  const rows = [
    ...commands.map((command) => line(command.synopsis, command.summary)),
    line('specwright help [command]', 'show help for a command'),
    line('specwright --version', 'print the version'),
  ];
  return `specwright: start a feature the right way.

Usage
${rows.join('\n')}

Run \`specwright new --help\` for the interview, the flags and the files written.
Docs: README.md in the specwright package.
`;
}
