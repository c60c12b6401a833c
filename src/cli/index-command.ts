import { UsageError } from '../base/errors.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { openProjectWarning } from './open-project-warning.js';
import { checkSpecIndex, updateSpecIndex, type IndexOutcome } from '../app/index-specs.js';
import type { IndexState } from '../app/spec-index-file.js';
import { commandArgs } from './command-args.js';
import { configFlags } from './config-flags.js';
import { INDEX_COMMAND } from './declarations/index-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';

/** The verb of a write, by what was there before: only these states are written. */
const WROTE: Partial<Record<IndexState, string>> = { missing: 'Wrote', stale: 'Updated', 'hand-written': 'Replaced' };

/** `1 spec`, `3 specs`. */
function specCount(n: number): string {
  return `${n} spec${n === 1 ? '' : 's'}`;
}

/** --json: the index's path, how it compared, whether this run changed it, how many specs it lists. */
function indexJson({ plan }: IndexOutcome, changed: boolean): string {
  return terminalJson({ file: plan.file.path, state: plan.state, changed, specs: plan.specs });
}

/** `specwright index [--check]`: writes `<specsDir>/README.md`, a table and a milestone chart of every spec; or checks it is current. */
export async function indexCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(INDEX_COMMAND, args, io);
  if (!parsed) return 0;
  const { values } = parsed;
  if (values.check && values.force) throw new UsageError('--check writes nothing: it takes no --force');
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io, configFlags({ 'specs-dir': values['specs-dir'] }));

  if (values.check) {
    // --check: exit 0 when the index is current, else 1 naming the file and what to run.
    const checked = checkSpecIndex(project, io.stderr);
    if (checked.problem !== undefined) io.stderr.write(`specwright: ${checked.problem}\n`);
    if (values.json) io.stdout.write(indexJson(checked, false));
    else if (checked.problem === undefined) io.stdout.write(`${checked.file} is up to date (${specCount(checked.plan.specs)}).\n`);
    return checked.problem === undefined ? 0 : 1;
  }
  const updated = await updateSpecIndex(project, values.force === true, io.signals, io.stderr);
  const { file, plan } = updated;
  if (values.json) io.stdout.write(indexJson(updated, updated.written));
  else if (!updated.written) io.stdout.write(`${file} is up to date (${specCount(plan.specs)}); nothing was written.\n`);
  else io.stdout.write(`${WROTE[plan.state]} ${file} (${specCount(plan.specs)}).\n`);
  return 0;
}
