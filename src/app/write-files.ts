import path from 'node:path';
import { commitFiles } from '../commit/commit-files.js';
import { preflight } from '../commit/preflight.js';
import { runFileOf } from '../commit/journal.js';
import { recoverInterruptedRuns } from '../commit/recover-runs.js';
import { listFolder } from '../base/list-folder.js';
import { realWriterFs } from '../commit/writer-fs.js';
import { journalPlaces } from '../config/layout.js';
import type { RenderedFile } from '../render/render-files.js';
import type { Project } from './open-project.js';
import type { SignalGuard } from './signal-guard.js';

/**
 * A run killed mid-write (SIGKILL) is undone from its journal before anything
 * is planned, so its leftovers neither take a spec number nor look like a
 * conflict; says what was undone. Writes: not for --dry-run.
 */
export async function recoverFirst(project: Project, stderr: NodeJS.WritableStream): Promise<void> {
  // Only a journal to undo needs every workspace package's tests folder (a renumber from the root edits them): not resolved otherwise.
  const journals = listFolder(project.journalDir).some((name) => ['journal', 'journal.undo'].includes(runFileOf(name)?.kind ?? ''));
  const places = journalPlaces(project.config.layout, journals ? project.testsFolders() : []);
  const lines = await recoverInterruptedRuns(await realWriterFs(), project.root, project.journalDir, places);
  for (const line of lines) stderr.write(`${line}\n`);
}

/**
 * Writes files other than a spec's (init's package.json and config, eject's
 * templates) through the same all-or-nothing, journaled writer as `new`.
 * `replace`: existing regular files may be replaced (atomically).
 */
export async function writeFiles(project: Project, files: readonly RenderedFile[], replace: boolean, guard: SignalGuard): Promise<void> {
  const fs = await realWriterFs();
  const writes = await preflight(fs, project.root, files, replace);
  const folders = [...new Set(files.map((file) => path.posix.dirname(file.path)))];
  await guard.critical(() => commitFiles(fs, writes, { root: project.root, journalDir: project.journalDir, folders, pendingSignal: guard.pending }));
}
