import path from 'node:path';
import { SIBLING_FILE } from '../commit/journal.js';
import { inFolder } from '../base/folder-rule.js';
import { listFolder } from '../base/list-folder.js';
import type { Project } from './open-project.js';

/**
 * The writer's backups (`.<name>.specwright-<run>.bak`) that no run is
 * writing: each may hold the only copy of a file's previous contents (a run
 * that rolled back while another program had moved its replacement away, or
 * one killed after its commit point), so it is never deleted for the user,
 * and, being a dot-file `git add -A` would pick up, it is named by every
 * command until someone deals with it. Looks in the folders specwright writes
 * to (not below them): a few directory reads, no file read.
 */
export function leftoverBackups(project: Project, except: readonly string[] = []): string[] {
  const { specsDir, docsDir, testsDir, templatesDir, packageDir } = project.config.layout;
  // Read only once a backup is found: most runs find none.
  let journals: string[] | undefined;
  const journalNames = (): string[] => (journals ??= listFolder(project.journalDir));
  // A run with its journal in place, or claimed for undoing, may still need its backup.
  const busy = (run: string): boolean => journalNames().some((name) => name.startsWith(`.specwright-${run}.journal`));
  const found: string[] = [];
  for (const folder of new Set(['.', packageDir, specsDir, docsDir, testsDir, templatesDir])) {
    if (except.includes(folder)) continue;
    for (const name of listFolder(path.join(project.root, folder))) {
      const match = SIBLING_FILE.exec(name);
      if (match?.[4] === 'bak' && !busy(match[2]!)) found.push(inFolder(folder, name));
    }
  }
  return found;
}

/** One warning per leftover backup, with what it is and what to do: for stderr. `except`: folders another report covers. */
export function leftoverBackupsReport(project: Project, except: readonly string[] = []): string {
  return leftoverBackups(project, except).map(backupWarning).join('');
}

/** What a backup (a path relative to the root) is, and what to do with it. */
export function backupWarning(backup: string): string {
  const original = inFolder(path.posix.dirname(backup), SIBLING_FILE.exec(path.posix.basename(backup))?.[1] ?? backup);
  return `warning: ${backup} is a backup specwright left of ${original}: it holds earlier contents of that file. Compare it with ${original}, keep what you need, then delete the backup.\n`;
}
