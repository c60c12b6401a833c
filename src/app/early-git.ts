import { cancelEarlyCatFile, prestartCatFile } from '../repo/cat-file.js';

/**
 * `new` reads the other branches' specs through git: git starts now, while
 * Node loads the command (the bin calls this first). Any other command, or
 * `new --help`, starts nothing. Never fails: a git that cannot start is
 * found again, and reported, by the command itself.
 */
export function gitStartsEarly(args: readonly string[]): Promise<void> {
  if (args[0] !== 'new' || args.includes('--help') || args.includes('-h')) return Promise.resolve();
  const at = args.indexOf('--cwd');
  const given = at === -1 ? args.find((arg) => arg.startsWith('--cwd='))?.slice('--cwd='.length) : args[at + 1];
  return prestartCatFile(given ?? '.').catch(() => undefined);
}

/** After the command: a git started early that the command never used is stopped. */
export const stopEarlyGit = cancelEarlyCatFile;
