import path from 'node:path';
import { UsageError, WriteError } from '../base/errors.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { openProjectWarning } from './open-project-warning.js';
import { indexPlan, projectSpecs, type IndexPlan, type SpecFile } from '../app/spec-index-file.js';
import { writeFiles } from '../app/write-files.js';
import { recoverFirst } from '../app/write-files.js';
import { commandArgs } from './command-args.js';
import { configFlags } from './config-flags.js';
import { INDEX_COMMAND } from './declarations/index-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';

const UPDATE_HINT = 'Run `specwright index` to update it.';

/** One warning per spec that could not be read at all: it is indexed by its file name only. */
function warnings(specs: readonly SpecFile[], shown: (p: string) => string): string {
  return specs
    .filter((spec) => !spec.read)
    .map((spec) => `specwright: warning: ${shown(spec.path)}: ${spec.reading.problems[0]?.message ?? 'not read'}; indexed by its file name only\n`)
    .join('');
}

/** --check: exit 0 when the index is current, else 1 naming the file and what to run. */
function check(plan: IndexPlan, file: string, io: Io): number {
  if (plan.state === 'current') return 0;
  const problem: Record<Exclude<IndexPlan['state'], 'current'>, string> = {
    missing: `${file} is missing.\n${UPDATE_HINT}`,
    stale: `${file} is out of date.\n${UPDATE_HINT}`,
    'hand-written': `${file} was not written by \`specwright index\`.\nRun \`specwright index --force\` to replace it with the index.`,
    unreadable: `${file}: ${plan.why ?? 'cannot be read'}.`,
  };
  io.stderr.write(`specwright: ${problem[plan.state]}\n`);
  return 1;
}

/** `1 spec`, `3 specs`. */
function specCount(n: number): string {
  return `${n} spec${n === 1 ? '' : 's'}`;
}

/** `specwright index [--check]`: writes `<specsDir>/README.md`, a table and a milestone chart of every spec; or checks it is current. */
export async function indexCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(INDEX_COMMAND, args, io);
  if (!parsed) return 0;
  const { values } = parsed;
  if (values.check && values.force) throw new UsageError('--check writes nothing: it takes no --force');
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io, configFlags({ 'specs-dir': values['specs-dir'] }));
  // The specs from where the user stands, as `list` names them.
  const shown = (p: string): string => path.relative(cwd, path.join(project.root, p)).split(path.sep).join('/');
  if (!values.check) await recoverFirst(project, io.stderr);
  const specs = projectSpecs(project);
  const plan = indexPlan(project, specs, values.force === true);
  const file = shown(plan.file.path);
  io.stderr.write(warnings(specs, shown));
  const json = (changed: boolean): void => {
    io.stdout.write(terminalJson({ file: plan.file.path, state: plan.state, changed, specs: plan.specs }));
  };

  if (values.check) {
    const code = check(plan, file, io);
    if (values.json) json(false);
    else if (code === 0) io.stdout.write(`${file} is up to date (${specCount(plan.specs)}).\n`);
    return code;
  }
  if (plan.state === 'unreadable') throw new WriteError(`${file}: ${plan.why ?? 'cannot be read'}; nothing was written`);
  if (plan.state === 'hand-written' && !values.force) {
    throw new UsageError(`${file} was not written by \`specwright index\`; it was left as it is`, 'Move it away, or pass --force to replace it with the index.');
  }
  if (plan.state === 'current') {
    if (values.json) json(false);
    else io.stdout.write(`${file} is up to date (${specCount(plan.specs)}); nothing was written.\n`);
    return 0;
  }
  await writeFiles(project, [plan.file], true, io.signals);
  if (values.json) json(true);
  else io.stdout.write(`${{ missing: 'Wrote', stale: 'Updated', 'hand-written': 'Replaced' }[plan.state]} ${file} (${specCount(plan.specs)}).\n`);
  return 0;
}
