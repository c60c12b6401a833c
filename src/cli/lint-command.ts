import { UsageError } from '../base/errors.js';
import { findingsGithub, findingsJson, findingsSarif, findingsText, lintFails, lintProject } from '../app/lint-project.js';
import { lintPaths } from '../app/lint-paths.js';
import { shownPath } from '../app/shown-path.js';
import { packageVersion } from './version.js';
import { openProjectWarning } from './open-project-warning.js';
import { pinnedToday } from '../app/pinned-today.js';
import { commandArgs } from './command-args.js';
import { configFlags } from './config-flags.js';
import { LINT_COMMAND } from './declarations/lint-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';

/** The formats --format takes, as its declaration lists them. */
const FORMATS = LINT_COMMAND.flags.format.values;
type Format = (typeof FORMATS)[number];

function formatOf(format: string | undefined, json: boolean | undefined): Format {
  if (json && format !== undefined && format !== 'json') throw new UsageError(`--json and --format ${format} ask for two formats`);
  if (json) return 'json';
  if (format === undefined) return 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${JSON.stringify(format)} is not a format; use one of ${FORMATS.join(', ')}`);
  return format as Format;
}

/** `specwright lint [paths…]`: every rule over every spec; findings with file, line, rule and fix. Writes nothing. */
export async function lintCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(LINT_COMMAND, args, io);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const format = formatOf(values.format, values.json);
  const today = pinnedToday(io.env, io.now);
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io, configFlags({ 'specs-dir': values['specs-dir'] }));
  const only = positionals.length > 0 ? lintPaths(project, positionals) : undefined;
  const { findings, totals, specsDir, specsInFolder, testsTruncated, notes, levels } = lintProject(project, today, only);
  for (const note of notes) io.stderr.write(`specwright: note: ${note}\n`);
  if (testsTruncated) io.stderr.write('specwright: warning: stopped looking for test files after 200,000 entries; requirements named only by tests further on count as untested\n');

  if (format === 'json') io.stdout.write(findingsJson(findings, totals));
  else if (format === 'github') io.stdout.write(findingsGithub(findings));
  else if (format === 'sarif') io.stdout.write(findingsSarif(findings, { version: packageVersion(), levels }));
  else if (specsInFolder === 0) io.stdout.write(`No specs in ${specsDir} yet: nothing to lint.\n`);
  else io.stdout.write(findingsText(findings, totals, (file) => shownPath(project, file)));
  return lintFails(totals, values.strict === true) ? 1 : 0;
}
