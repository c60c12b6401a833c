import { UsageError } from '../base/errors.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { pinnedToday } from '../app/pinned-today.js';
import { shownPath } from '../app/shown-path.js';
import { setMilestone, type MilestoneResult } from '../app/set-milestone.js';
import { changedLinesText } from './changed-lines.js';
import { commandArgs } from './command-args.js';
import { MILESTONE_COMMAND } from './declarations/milestone-declaration.js';
import type { Io } from './io.js';
import { openProjectWarning } from './open-project-warning.js';
import { workingFolder } from './working-folder.js';

/** What was asked, in words: `Marking milestone "Beta" of 0007-x done and moving it to 2027-02-01`. */
function asked(result: MilestoneResult, done: boolean | undefined, date: string | undefined): string {
  const parts = [
    ...(done === undefined ? [] : [`marking milestone "${result.milestone.name}" of ${result.id} ${done ? 'done' : 'not done'}`]),
    ...(date === undefined ? [] : [`${done === undefined ? `moving milestone "${result.milestone.name}" of ${result.id}` : 'moving it'} to ${date}`]),
  ];
  const text = parts.join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line saying what changed. */
function summary(result: MilestoneResult, today: string): string {
  const what: string[] = [];
  if (result.done !== result.milestone.done) what.push(result.done ? 'done' : 'not done');
  if (result.date !== result.milestone.date) what.push(`moved from ${result.milestone.date} to ${result.date}`);
  return `${result.id}: milestone "${result.milestone.name}" ${what.join(', ')}; Last Updated ${today}.\n`;
}

/** Nothing to change: the milestone is as asked already. */
function unchanged(result: MilestoneResult, done: boolean | undefined, date: string | undefined): string {
  const states = [...(done === undefined ? [] : [done ? 'done' : 'not done']), ...(date === undefined ? [] : [`on ${date}`])];
  return `${result.id}: milestone "${result.milestone.name}" is ${states.join(' and ')} already; nothing changed.\n`;
}

/** `specwright milestone <spec> <name> --done | --undone | --date <day>`: edits the milestone's line in place, sets Last Updated. */
export async function milestoneCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(MILESTONE_COMMAND, args, io);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length < 2) throw new UsageError('milestone takes a spec and a milestone name: specwright milestone <id|slug> <name> --done', 'Run `specwright list` for the specs; the names are in each spec\'s Milestones section.');
  if (values.done && values.undone) throw new UsageError('--done and --undone cannot go together');
  if (!values.done && !values.undone && values.date === undefined) throw new UsageError('say what to change: --done, --undone or --date <YYYY-MM-DD>');
  const [wanted, ...words] = positionals as [string, ...string[]];
  const done = values.done ? true : values.undone ? false : undefined;
  const date = values.date?.trim();
  const today = pinnedToday(io.env, io.now);
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io);
  const dryRun = values['dry-run'] ?? false;
  const result = await setMilestone(project, wanted, { name: words.join(' '), done, date, today }, dryRun, io.signals, io.stderr);
  // The day as set (`+3d` becomes the date it names).
  const day = date === undefined ? undefined : result.date;

  if (values.json) {
    io.stdout.write(
      terminalJson({
        id: result.id,
        file: result.path,
        milestone: result.milestone.name,
        done: result.done,
        date: result.date,
        changed: result.changed,
        lastUpdated: result.changed ? today : null,
        lines: result.lines.map((l) => l.line),
        index: result.index ?? null,
        ...(dryRun ? { dryRun: true } : {}),
      }),
    );
  } else if (!result.changed) {
    io.stdout.write(unchanged(result, done, day));
  } else if (dryRun) {
    const files = [`=== edit ${result.path}`, ...changedLinesText(result.lines)].join('\n');
    const index = result.index ? `\n\n=== update ${result.index}` : '';
    io.stdout.write(`Dry run: nothing was written. ${asked(result, done, day)} would change:\n\n${files}${index}\n`);
  } else {
    io.stdout.write(summary(result, today));
    if (result.index) io.stdout.write(`Updated ${result.index}.\n`);
  }
  io.stderr.write(result.hints.map((f) => `specwright: ${f.severity}: ${shownPath(project, f.file)}:${f.line}: ${f.message} (${f.rule}). ${f.hint}\n`).join(''));
  return 0;
}
