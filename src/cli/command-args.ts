import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../base/errors.js';
import type { Io } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What every command takes besides its own flags. */
const COMMON = { cwd: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

type Config<T extends Options> = { args: string[]; options: typeof COMMON & T; allowPositionals: boolean; strict: true };
export type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<Config<T>>>;

/**
 * A command's arguments, strictly: a flag it does not know exits 2 pointing at
 * its help. With --help the help is printed and undefined returned (the
 * command then exits 0 at once).
 */
export function commandArgs<T extends Options>(command: string, args: readonly string[], options: T, io: Io, help: string, allowPositionals = false): ParsedArgs<T> | undefined {
  let parsed;
  try {
    parsed = parseArgs<Config<T>>({ args: [...args], options: { ...COMMON, ...options }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, `Run \`specwright ${command} --help\` for the flags.`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(help);
    return undefined;
  }
  return parsed;
}
