import type { CommandDeclaration, FlagDeclaration } from './command-declaration.js';
import { alignedTable } from '../base/text/aligned-table.js';
import { declaredFlags } from './render-help.js';

/** The markers around the README's flag reference; `npm run docs:flags` writes what lies between them. */
export const REFERENCE_START = '<!-- flags:start -->';
export const REFERENCE_END = '<!-- flags:end -->';

/** Text in a table cell: a `|` would split the cell, a `<` would open HTML. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '\\<').replace(/>/g, '\\>');
}

/** A flag as it is typed: `-y, --yes`, `--name <text>`. */
function usage(name: string, flag: FlagDeclaration): string {
  const alias = flag.short === undefined ? '' : `-${flag.short}, `;
  return `\`${alias}--${name}${flag.value === undefined ? '' : ` ${flag.value}`}\``.replace(/\|/g, '\\|');
}

/** One row's cells; the help says the default and the values (tests/cli/render-help.test.ts checks it does). */
function row(command: string, name: string, flag: FlagDeclaration): string[] {
  return [`\`${command}\``, usage(name, flag), cell(flag.help.join(' '))];
}

/** The README's reference of every command's flags: one table, one row per flag, from the declarations, aligned as prettier aligns it. */
export function flagsReference(commands: readonly CommandDeclaration[]): string {
  const rows = commands.flatMap((command) => declaredFlags(command).map(([name, flag]) => row(command.name, name, flag)));
  return [REFERENCE_START, '', alignedTable([['Command', 'Flag', 'What it does'], ...rows]), '', REFERENCE_END].join('\n');
}

/** The README with its reference block replaced; undefined when the markers are missing. */
export function withReference(readme: string, reference: string): string | undefined {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return readme.slice(0, start) + reference + readme.slice(end + REFERENCE_END.length);
}
