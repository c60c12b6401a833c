import { errorText, SpecwrightError } from '../base/errors.js';
import type { CommandDeclaration } from './command-declaration.js';
import { CONFIG_COMMAND } from './declarations/config-declaration.js';
import { EJECT_COMMAND } from './declarations/eject-declaration.js';
import { INDEX_COMMAND } from './declarations/index-declaration.js';
import { INIT_COMMAND } from './declarations/init-declaration.js';
import { LINT_COMMAND } from './declarations/lint-declaration.js';
import { LINK_COMMAND } from './declarations/link-declaration.js';
import { LIST_COMMAND } from './declarations/list-declaration.js';
import { MILESTONE_COMMAND } from './declarations/milestone-declaration.js';
import { NEW_COMMAND } from './declarations/new-declaration.js';
import { RENUMBER_COMMAND } from './declarations/renumber-declaration.js';
import { STATUS_COMMAND } from './declarations/status-declaration.js';
import { mainHelp } from './main-help.js';
import { renderHelp } from './render-help.js';
import type { Io } from './io.js';
import { watchOutput } from './output-faults.js';
import { terminalOutput } from '../base/text/terminal-output.js';
import { packageVersion } from './version.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

interface CommandEntry {
  readonly declaration: CommandDeclaration;
  readonly load: () => Promise<Command>;
  /** What the help adds about the repository it runs in (status: its team's states), loaded apart from the command. */
  readonly moreHelp?: (io: Io) => Promise<string>;
}

/** Each command's declaration (its help, printed without loading the command) and its module, loaded on use; in the order the main help lists them. */
const COMMAND_LIST: readonly CommandEntry[] = [
  { declaration: NEW_COMMAND, load: async () => (await import('./new-command.js')).newCommand },
  { declaration: LIST_COMMAND, load: async () => (await import('./list-command.js')).listCommand },
  {
    declaration: STATUS_COMMAND,
    load: async () => (await import('./status-command.js')).statusCommand,
    moreHelp: async (io) => (await import('./status-states.js')).repositoryStatesHelp(io),
  },
  { declaration: MILESTONE_COMMAND, load: async () => (await import('./milestone-command.js')).milestoneCommand },
  { declaration: LINT_COMMAND, load: async () => (await import('./lint-command.js')).lintCommand },
  { declaration: INDEX_COMMAND, load: async () => (await import('./index-command.js')).indexCommand },
  { declaration: RENUMBER_COMMAND, load: async () => (await import('./renumber-command.js')).renumberCommand },
  { declaration: LINK_COMMAND, load: async () => (await import('./link-command.js')).linkCommand },
  { declaration: CONFIG_COMMAND, load: async () => (await import('./config-command.js')).configCommand },
  { declaration: INIT_COMMAND, load: async () => (await import('./init-command.js')).initCommand },
  { declaration: EJECT_COMMAND, load: async () => (await import('./eject-command.js')).ejectCommand },
];

/** The commands by the name their declaration gives them. */
const COMMANDS: Readonly<Record<string, CommandEntry>> = Object.fromEntries(COMMAND_LIST.map((entry) => [entry.declaration.name, entry]));

/** Every command's declaration, in order: the main help and the README's flag reference list them so. */
export const COMMAND_DECLARATIONS: readonly CommandDeclaration[] = COMMAND_LIST.map((entry) => entry.declaration);

const MAIN_HELP = mainHelp(COMMAND_DECLARATIONS);

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
    else if (Object.hasOwn(COMMANDS, topic)) io.stdout.write(renderHelp(COMMANDS[topic]!.declaration) + ((await COMMANDS[topic]!.moreHelp?.(io)) ?? ''));
    else return unknownCommand(topic, io);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) return unknownCommand(command, io);
  // Help loads nothing of the command: no dates, no templates.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(renderHelp(entry.declaration) + ((await entry.moreHelp?.(io)) ?? ''));
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
