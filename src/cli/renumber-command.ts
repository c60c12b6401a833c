import { UsageError } from '../base/errors.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { openProjectWarning } from './open-project-warning.js';
import { renumberSpec, type RenumberResult } from '../app/renumber-spec.js';
import { changedLinesText } from './changed-lines.js';
import { commandArgs } from './command-args.js';
import { RENUMBER_COMMAND } from './declarations/renumber-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';

const linesText = (lines: readonly { line: number }[]): string =>
  lines.length === 0 ? '' : ` (line${lines.length === 1 ? '' : 's'} ${lines.map((l) => l.line).join(', ')})`;

/** One line per file changed. */
function summary(result: RenumberResult): string {
  const rows = result.files.map((file) =>
    file.change === 'renamed' ? `  renamed  ${file.from} → ${file.path}${linesText(file.lines)}` : `  edited   ${file.path}${linesText(file.lines)}`,
  );
  return `Renumbered ${result.from} to ${result.to}:\n${rows.join('\n')}\n`;
}

/** --dry-run: every file and every line that would change, before and after. */
function dryRunReport(result: RenumberResult): string {
  const parts = result.files.map((file) => {
    const head = file.change === 'renamed' ? `=== rename ${file.from} → ${file.path}` : `=== edit ${file.path}`;
    return [head, ...changedLinesText(file.lines)].join('\n');
  });
  return `Dry run: nothing was written. Renumbering ${result.from} to ${result.to} would change:\n\n${parts.join('\n\n')}\n`;
}

/** Bare-number citations left alone: the user has to look at them. */
function ambiguityWarning(result: RenumberResult): string {
  if (result.ambiguous.length === 0) return '';
  const number = result.from.split('-')[0]!;
  const where = result.ambiguous.map((a) => `${a.path}:${a.lines.join(',')}`).join(', ');
  return `warning: ${number} is still the number of ${result.keptBy.join(', ')}, so bare citations of ${number} in files that name neither spec's full id, or both, were left as they are (they may mean either spec): ${where}. Cite the spec meant by its full id there (${result.to} FR-n); lint warns about them (ambiguous-citation).\n`;
}

/** Citing files renumber does not edit (binary, not UTF-8): each with its lines, to change by hand. */
function notRewrittenWarning(result: RenumberResult): string {
  return result.notRewritten
    .map((file) => `warning: ${file.path} cites ${result.from} (line${file.lines.length === 1 ? '' : 's'} ${file.lines.join(', ')}) and was not rewritten: ${file.why}. Change ${file.lines.length === 1 ? 'it' : 'them'} to ${result.to} by hand.\n`)
    .join('');
}

/** Files a citation may be in that could not be searched (a link, a FIFO, over 1 MiB): each with why, to check by hand. */
function notSearchedWarning(result: RenumberResult): string {
  return result.notSearched.map((file) => `warning: ${file.path} was not searched for citations of ${result.from}: ${file.why}. Check it by hand.\n`).join('');
}

/** `specwright renumber <id|slug> [--to N]`: moves a spec to a free number and renames what cites it, all or nothing. */
export async function renumberCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(RENUMBER_COMMAND, args, io);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('renumber takes one spec: specwright renumber <id|slug> [--to NNNN]', 'Run `specwright list` for the specs.');
  const dryRun = values['dry-run'] ?? false;
  const project = openProjectWarning(workingFolder(io, values.cwd), io);
  const result = await renumberSpec(project, positionals[0]!, { to: values.to, dryRun }, io.signals, io.stderr);
  if (values.json) {
    io.stdout.write(
      terminalJson({
        from: result.from,
        to: result.to,
        files: result.files.map((f) => ({ path: f.path, change: f.change, ...(f.from ? { from: f.from } : {}), lines: f.lines.map((l) => l.line) })),
        ambiguous: result.ambiguous,
        notRewritten: result.notRewritten,
        notSearched: result.notSearched,
        ...(dryRun ? { dryRun: true } : {}),
        ...(result.branchesUnchecked === undefined ? {} : { branchesUnchecked: result.branchesUnchecked }),
      }),
    );
  } else {
    // Lines of the user's files: main's terminal-safe streams keep them from driving the terminal.
    io.stdout.write(dryRun ? dryRunReport(result) : summary(result));
  }
  io.stderr.write(ambiguityWarning(result) + notRewrittenWarning(result) + notSearchedWarning(result));
  return 0;
}
