import { UsageError } from '../base/errors.js';
import { openProjectWarning } from './open-project-warning.js';
import { pinnedToday } from '../app/pinned-today.js';
import { changeAuthor } from '../app/change-author.js';
import { setStatus } from '../app/set-status.js';
import { STATUS_COMMAND } from './declarations/status-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { repositoryLifecycle } from '../app/repository-lifecycle.js';
import { stateOf, statesList } from '../app/lifecycle-states.js';

/** `specwright status <id|slug> <state>`: ticks the Status checklist up to a state, sets Last Updated, adds a Changelog row. */
export async function statusCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(STATUS_COMMAND, args, io);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io);
  // The states of this repository: its team template's Status items, else the built-in seven; then the end states.
  const lifecycle = repositoryLifecycle(project);
  if (positionals.length !== 2) throw new UsageError('status takes a spec and a state: specwright status <id|slug> <state>', `States: ${statesList(lifecycle)}.`);
  const [wanted, state] = positionals as [string, string];
  const step = stateOf(lifecycle, state);
  const note = values.note?.trim();
  if (note !== undefined && /[\r\n]/.test(note)) throw new UsageError('--note must be one line');
  const today = pinnedToday(io.env, io.now);
  const author = await changeAuthor(project.root);
  const result = await setStatus(project, wanted, { step, today, author, note: note || undefined }, io.signals, io.stderr);
  if (values.json) {
    io.stdout.write(
      terminalJson({ id: result.id, file: result.path, status: step, label: result.item.label, changed: result.changed, ticked: result.ticked.map((i) => i.label), lastUpdated: result.changed ? today : null, note: result.changed ? (note || null) : null, index: result.index ?? null, open: result.open }),
    );
  } else if (!result.changed) {
    io.stdout.write(`${result.id}: "${result.item.label}" is ticked already; nothing changed.\n`);
  } else {
    io.stdout.write(`${result.id}: Status: ${result.item.label} (ticked ${result.ticked.map((i) => i.label).join(', ')}); Last Updated ${today}.\n`);
    if (result.index) io.stdout.write(`Updated ${result.index}.\n`);
  }
  // Said, not enforced: the change is made, and a team that ships with items open may.
  if (result.open.length > 0) {
    io.stderr.write(result.open.map((line) => `specwright: open: ${result.id}: ${line}\n`).join(''));
    io.stderr.write('specwright: hint: the status is set; finish these, or leave them open knowingly (`specwright lint` warns: open-at-state).\n');
  }
  return 0;
}
