import { errorText, SpecwrightError } from '../errors.js';
import { MAIN_HELP, NEW_HELP } from './help-text.js';
import type { Io } from './io.js';
import { packageVersion } from './version.js';

const COMMANDS = ['new'] as const;

function unknownCommand(command: string, io: Io): number {
  io.stderr.write(`specwright: unknown command "${command}". Commands: ${COMMANDS.join(', ')}.\nRun \`specwright --help\` for usage.\n`);
  return 2;
}

async function dispatch(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    io.stderr.write(MAIN_HELP);
    return 2;
  }
  if (command === '--help' || command === '-h') {
    io.stdout.write(MAIN_HELP);
    return 0;
  }
  if (command === '--version' || command === '-v' || command === '-V') {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.stdout.write(MAIN_HELP);
    else if (topic === 'new') io.stdout.write(NEW_HELP);
    else return unknownCommand(topic, io);
    return 0;
  }
  if (command === 'new') {
    // Help loads nothing of the command: no dates, no templates.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(NEW_HELP);
      return 0;
    }
    const { newCommand } = await import('./new-command.js');
    return newCommand(rest, io);
  }
  return unknownCommand(command, io);
}

/**
 * Runs the CLI and returns its exit code. The ONE place where errors become
 * exit codes: expected errors print one line (and a hint), never a stack.
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const debug = args.includes('--debug');
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof SpecwrightError) {
      io.stderr.write(errorText(error));
      if (debug) io.stderr.write(`${error.stack ?? ''}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`specwright: unexpected error: ${message}\n`);
    io.stderr.write(debug && error instanceof Error ? `${error.stack ?? ''}\n` : 'Run again with --debug for details, and please report it.\n');
    return 1;
  }
}
