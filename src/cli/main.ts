import { errorText, SpecwrightError } from '../base/errors.js';
import { CONFIG_HELP, EJECT_HELP, INDEX_HELP, INIT_HELP, LINT_HELP, LIST_HELP, MAIN_HELP, NEW_HELP, RENUMBER_HELP, STATUS_HELP } from './help-text.js';
import type { Io } from './io.js';
import { watchOutput } from './output-faults.js';
import { terminalOutput } from '../base/text/terminal-output.js';
import { packageVersion } from './version.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

/** Each command's help (printed without loading the command) and its module, loaded on use. */
const COMMANDS: Readonly<Record<string, { readonly help: string; readonly load: () => Promise<Command> }>> = {
  new: { help: NEW_HELP, load: async () => (await import('./new-command.js')).newCommand },
  list: { help: LIST_HELP, load: async () => (await import('./list-command.js')).listCommand },
  status: { help: STATUS_HELP, load: async () => (await import('./status-command.js')).statusCommand },
  lint: { help: LINT_HELP, load: async () => (await import('./lint-command.js')).lintCommand },
  index: { help: INDEX_HELP, load: async () => (await import('./index-command.js')).indexCommand },
  renumber: { help: RENUMBER_HELP, load: async () => (await import('./renumber-command.js')).renumberCommand },
  config: { help: CONFIG_HELP, load: async () => (await import('./config-command.js')).configCommand },
  init: { help: INIT_HELP, load: async () => (await import('./init-command.js')).initCommand },
  eject: { help: EJECT_HELP, load: async () => (await import('./eject-command.js')).ejectCommand },
};

function unknownCommand(command: string, io: Io): number {
  io.stderr.write(`specwright: unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.\nRun \`specwright --help\` for usage.\n`);
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
    else if (Object.hasOwn(COMMANDS, topic)) io.stdout.write(COMMANDS[topic]!.help);
    else return unknownCommand(topic, io);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) return unknownCommand(command, io);
  // Help loads nothing of the command: no dates, no templates.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(entry.help);
    return 0;
  }
  return (await entry.load())(rest, io);
}

/** Expected errors print one line (and a hint), never a stack. */
async function run(args: readonly string[], io: Io): Promise<number> {
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

/**
 * Invariant 8: what happens to stdout never changes what the exit code says
 * about the tree. After the commit point the files are final: exit 0, and one
 * line says the summary was lost. Before it nothing was written, and the
 * run's one job (printing) failed: exit 1, unless the run had failed already.
 */
function codeAfterLostOutput(failure: Error, code: number, io: Io): number {
  const reason = (failure as NodeJS.ErrnoException).code ?? failure.message;
  if (io.signals.committed()) {
    io.stderr.write(`specwright: the files were written, but the result could not be printed (${reason}).\n`);
    return code;
  }
  if (code !== 0) return code;
  io.stderr.write(`specwright: the output could not be printed (${reason}); no file was written.\n`);
  return 1;
}

/**
 * Runs the CLI and returns its exit code. The ONE place where errors, and
 * failures of stdout and stderr, become exit codes.
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  // First: from here on a failing stdout or stderr is recorded, not a crash.
  // stderr's errors are only swallowed: a closed terminal must not change the outcome.
  const stdout = watchOutput(io.stdout);
  watchOutput(io.stderr);
  // Every command's text reaches the terminal through the one sanitizer, whatever it prints.
  const safe: Io = { ...io, stdout: terminalOutput(io.stdout), stderr: terminalOutput(io.stderr) };
  const code = await run(args, safe);
  const failure = await stdout.settle();
  return failure === undefined ? code : codeAfterLostOutput(failure, code, safe);
}
