import { UsageError } from '../base/errors.js';
import { listFilter } from '../app/list-filter.js';
import { listSpecs, listTable, type ListResult, type SpecFilter, type SpecSummary } from '../app/list-specs.js';
import { openProjectWarning } from './open-project-warning.js';
import { shownPath } from '../app/shown-path.js';
import type { Project } from '../app/open-project.js';
import { pinnedToday } from '../app/pinned-today.js';
import { configFlags } from './config-flags.js';
import { LIST_COMMAND } from './declarations/list-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';
import { terminalJson } from '../base/text/terminal-text.js';

const MIN_WIDTH = 40;

/**
 * The width to fit the table to: a terminal's (its own, else COLUMNS), or
 * none when stdout is a pipe or a file, where a cut title would be lost to
 * `grep` and `cut` alike and no screen needs it.
 */
export function outputWidth(io: Io): number {
  if (io.stdout.isTTY !== true) return Number.POSITIVE_INFINITY;
  const columns = (io.stdout as { columns?: unknown }).columns;
  if (typeof columns === 'number' && Number.isInteger(columns) && columns > 0) return Math.max(MIN_WIDTH, columns);
  const fromEnv = io.env.COLUMNS;
  if (fromEnv !== undefined && /^[0-9]{1,5}$/.test(fromEnv) && Number(fromEnv) > 0) return Math.max(MIN_WIDTH, Number(fromEnv));
  // A terminal that does not say how wide it is: nothing is cut rather than guessing.
  return Number.POSITIVE_INFINITY;
}

function specJson(spec: SpecSummary): Record<string, unknown> {
  return {
    id: spec.id ?? null,
    number: spec.number ?? null,
    slug: spec.slug ?? null,
    file: spec.path,
    title: spec.title ?? null,
    owner: spec.owner ?? null,
    created: spec.created ?? null,
    lastUpdated: spec.lastUpdated ?? null,
    status: spec.status ?? null,
    progress: spec.progress,
    nextMilestone: spec.nextMilestone ?? null,
    requirements: { total: spec.requirements.length, tested: spec.tests?.tested ?? 0, todo: spec.tests?.todo ?? 0, untested: spec.tests?.untested ?? spec.requirements.length },
    relations: spec.relations.map((r) => ({ kind: r.kind, id: r.id ?? null, number: r.number ?? null, file: r.file ?? null, line: r.line })),
    problems: spec.problems,
  };
}

function noSpecsText(result: ListResult, filter: SpecFilter): string {
  const filtered = Boolean(filter.statuses?.length) || filter.owner !== undefined;
  if (result.total > 0 && filter.overdue && !filtered) return `No spec in ${result.specsDir} has a milestone overdue (${result.total} in all; \`specwright list\` shows them).\n`;
  if (result.total > 0 && (filtered || filter.overdue)) return `No spec in ${result.specsDir} matches (${result.total} in all; \`specwright list\` shows them).\n`;
  return `No specs in ${result.specsDir} yet. Write the first one with:\n  specwright new "Feature name"\n`;
}

/** One line on stderr per problem of a listed spec, naming the file (from where the user stands) and the line. */
function warnings(result: ListResult, project: Project): string {
  const lines: string[] = [];
  for (const spec of result.specs) {
    if (spec.problems.length === 0) continue;
    const shown = shownPath(project, spec.path);
    for (const problem of spec.problems) lines.push(`specwright: warning: ${shown}${problem.line > 0 ? `:${problem.line}` : ''}: ${problem.message}\n`);
  }
  return lines.join('');
}

/** `specwright list`: one row per spec (status, progress, next milestone), or JSON. Writes nothing. */
export async function listCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(LIST_COMMAND, args, io);
  if (!parsed) return 0;
  const { values } = parsed;
  if (values.owner !== undefined && values.owner.trim() === '') throw new UsageError('--owner needs a name');
  const today = pinnedToday(io.env, io.now);
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io, configFlags({ 'specs-dir': values['specs-dir'] }));
  const filter = listFilter(project, { statuses: values.status, owner: values.owner, overdue: values.overdue });
  const result = listSpecs(project, today, filter);

  io.stderr.write(warnings(result, project));
  if (values.json) io.stdout.write(terminalJson(result.specs.map(specJson)));
  else if (result.specs.length === 0) io.stdout.write(noSpecsText(result, filter));
  else io.stdout.write(listTable(result.specs, outputWidth(io)));
  return 0;
}
