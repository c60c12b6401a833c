import { parseArgs } from 'node:util';
import { UsageError } from '../base/errors.js';
import { parseOptions, type CommandDeclaration, type FlagDeclarations, type OptionsOf } from './command-declaration.js';
import { COMMON_FLAGS } from './common-flags.js';
import type { Io } from './io.js';
import { renderHelp } from './render-help.js';

type Config<F extends FlagDeclarations> = { args: string[]; options: OptionsOf<typeof COMMON_FLAGS> & OptionsOf<F>; allowPositionals: boolean; strict: true };
export type ParsedArgs<F extends FlagDeclarations> = ReturnType<typeof parseArgs<Config<F>>>;

/** The parseArgs options of a command: its declared flags and the ones every command takes. */
export function commandOptions<F extends FlagDeclarations>(declaration: CommandDeclaration<F>): Config<F>['options'] {
  return { ...parseOptions(COMMON_FLAGS), ...parseOptions(declaration.flags) };
}

/**
 * A command's arguments, strictly, as its declaration says: a flag it does
 * not declare exits 2 pointing at its help. With --help the help is printed
 * and undefined returned (the command then exits 0 at once).
 */
export function commandArgs<F extends FlagDeclarations>(declaration: CommandDeclaration<F>, args: readonly string[], io: Io): ParsedArgs<F> | undefined {
  let parsed;
  try {
    parsed = parseArgs<Config<F>>({ args: [...args], options: commandOptions(declaration), allowPositionals: declaration.positionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, `Run \`specwright ${declaration.name} --help\` for the flags.`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(renderHelp(declaration));
    return undefined;
  }
  return parsed;
}
