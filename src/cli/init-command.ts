import { initProject } from '../app/init-project.js';
import { openProjectWarning } from './open-project-warning.js';
import { INIT_COMMAND } from './declarations/init-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';

/** `specwright init`: runs the use case (app/init-project.ts) and tells what it did and what to run next. */
export async function initCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(INIT_COMMAND, args, io);
  if (!parsed) return 0;
  const cwd = workingFolder(io, parsed.values.cwd);
  const project = openProjectWarning(cwd, io);
  const result = await initProject(project, io);
  const lines = result.done.length > 0 ? [`specwright init in ${result.root}:`, ...result.done] : ['Nothing to change.'];
  io.stdout.write(`${[...lines, ...result.notes, '', `Next: ${result.next.install}, then ${result.next.run}.`, ''].join('\n')}`);
  return 0;
}
