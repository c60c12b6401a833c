import type { CommandDeclaration, FlagDeclaration, FlagDeclarations } from './command-declaration.js';
import { COMMON_FLAGS } from './common-flags.js';

/** Where a flag's help starts, unless a group's labels need more room. */
const MIN_COLUMN = 28;
/** A label longer than this gets its help on the next line instead of pushing the column out. */
const MAX_INLINE_LABEL = 30;
const DEFAULT_GROUP = 'Options';

/** `  -y, --yes` or `      --cwd <dir>`: aliases line up, so the long names do too. */
function flagLabel(name: string, flag: FlagDeclaration): string {
  const alias = flag.short === undefined ? '    ' : `-${flag.short}, `;
  return `  ${alias}--${name}${flag.value === undefined ? '' : ` ${flag.value}`}`;
}

/** The rows of one group: label, then its help lines in one column. */
function renderGroup(flags: readonly (readonly [string, FlagDeclaration])[]): string {
  const labels = flags.map(([name, flag]) => flagLabel(name, flag));
  const inline = labels.filter((label) => label.length <= MAX_INLINE_LABEL);
  const column = Math.max(MIN_COLUMN, ...inline.map((label) => label.length + 2));
  const indent = ' '.repeat(column);
  return flags
    .map(([, flag], i) => {
      const label = labels[i]!;
      const [first = '', ...rest] = flag.help;
      const head = label.length + 2 <= column ? `${label.padEnd(column)}${first}` : `${label}\n${indent}${first}`;
      return [head, ...rest.map((line) => `${indent}${line}`)].join('\n');
    })
    .join('\n');
}

/** Every flag a command takes, its own first, with the group it is listed in. */
export function declaredFlags(declaration: CommandDeclaration): [string, FlagDeclaration, string][] {
  const own = Object.entries(declaration.flags as FlagDeclarations).map(([name, flag]): [string, FlagDeclaration, string] => [name, flag, flag.group ?? DEFAULT_GROUP]);
  const common = Object.entries(COMMON_FLAGS as FlagDeclarations).map(([name, flag]): [string, FlagDeclaration, string] => [name, flag, declaration.commonGroup ?? DEFAULT_GROUP]);
  return [...own, ...common];
}

/** The --help screen of a command, from its declaration. */
export function renderHelp(declaration: CommandDeclaration): string {
  const flags = declaredFlags(declaration);
  const sections = declaration.sections.map((section) => {
    if (typeof section === 'string') return section;
    const rows = flags.filter(([, , group]) => group === section.group).map(([name, flag]): [string, FlagDeclaration] => [name, flag]);
    return `${section.heading}\n${renderGroup(rows)}`;
  });
  const usage = `Usage\n${declaration.usage.map((line) => `  ${line}`).join('\n')}`;
  return `specwright ${declaration.name}: ${declaration.title}\n\n${[usage, ...sections].join('\n\n')}\n`;
}
