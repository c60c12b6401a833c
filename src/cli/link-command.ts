import { UsageError } from '../base/errors.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { linkSpecs, type LinkKind } from '../app/link-specs.js';
import { pinnedToday } from '../app/pinned-today.js';
import { commandArgs } from './command-args.js';
import { LINK_COMMAND } from './declarations/link-declaration.js';
import type { Io } from './io.js';
import { openProjectWarning } from './open-project-warning.js';
import { workingFolder } from './working-folder.js';

const KIND_FLAGS: readonly (readonly [flag: 'supersedes' | 'depends-on' | 'relates', kind: LinkKind])[] = [
  ['supersedes', 'supersedes'],
  ['depends-on', 'depends-on'],
  ['relates', 'relates-to'],
];

/** `specwright link <spec> <spec> --supersedes|--depends-on|--relates`: writes a relation in both specs, all or nothing. */
export async function linkCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(LINK_COMMAND, args, io);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const kinds = KIND_FLAGS.filter(([flag]) => values[flag]);
  const usage = 'specwright link <spec> <spec> --supersedes | --depends-on | --relates';
  if (positionals.length !== 2) throw new UsageError(`link takes two specs: ${usage}`, 'Run `specwright list` for the specs.');
  if (kinds.length !== 1) throw new UsageError(`link takes one kind of relation, got ${kinds.length === 0 ? 'none' : kinds.map(([flag]) => `--${flag}`).join(' and ')}: ${usage}`);
  const kind = kinds[0]![1];
  const project = openProjectWarning(workingFolder(io, values.cwd), io);
  const today = pinnedToday(io.env, io.now);
  const result = await linkSpecs(project, [positionals[0]!, positionals[1]!], kind, today, io.signals, io.stderr);
  const changed = result.written.length > 0;
  if (values.json) {
    io.stdout.write(terminalJson({ from: result.from, to: result.to, kind, changed, files: result.written, index: result.index ?? null }));
  } else if (!changed) {
    io.stdout.write(`${result.from} and ${result.to}: already linked (${kind}); nothing changed.\n`);
  } else {
    io.stdout.write(`Linked ${result.from} ${kind.replace(/-/g, ' ')} ${result.to}: ${result.written.join(', ')}; Last Updated ${today}.\n`);
    if (result.index) io.stdout.write(`Updated ${result.index}.\n`);
  }
  // Written all the same (lint reports it as an error): say so now, not at the next lint.
  io.stderr.write(result.cycles.map((f) => `specwright: warning: ${f.file}:${f.line}: ${f.message} (${f.rule}). ${f.hint}\n`).join(''));
  return 0;
}
