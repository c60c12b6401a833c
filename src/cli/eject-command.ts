import { ejectTemplates } from '../app/eject-templates.js';
import { openProjectWarning } from './open-project-warning.js';
import { EJECT_COMMAND } from './declarations/eject-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';

/** `specwright eject`: runs the use case (app/eject-templates.ts) and lists what it created and kept. */
export async function ejectCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(EJECT_COMMAND, args, io);
  if (!parsed) return 0;
  const project = openProjectWarning(workingFolder(io, parsed.values.cwd), io);
  const { root, created, kept } = await ejectTemplates(project, parsed.positionals, io);
  const lines = [
    ...created.map((file) => `  created   ${file}`),
    ...kept.map((file) => `  kept      ${file} (it exists; not overwritten)`),
  ];
  io.stdout.write(`${created.length > 0 ? `Ejected into ${root}:` : 'Nothing to eject:'}\n${lines.join('\n')}\n\nEdit them there: specwright new uses them in place of the built-in ones.\n`);
  return 0;
}
