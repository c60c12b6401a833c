import path from 'node:path';
import { commitFiles } from '../commit/commit-files.js';
import { preflight } from '../commit/preflight.js';
import { realWriterFs } from '../commit/writer-fs.js';
import type { RenderedFile } from '../render/render-files.js';
import type { Project } from './open-project.js';
import type { SignalGuard } from './signal-guard.js';

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
