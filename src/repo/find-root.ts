import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { UnsafeRootError } from '../errors.js';

/**
 * The physical path (symbolic links resolved, as getcwd() and git report it),
 * so a link to a folder neither hides which folder it is nor makes the root
 * itself look like a link to the writer. A missing path stays as given.
 */
function physical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * The repository root: the nearest folder at or above `cwd` that holds `.git`
 * (a folder, or a file in worktrees and submodules), else `cwd` itself.
 * Walking up costs a few stat calls; spawning git would cost ~10 ms.
 */
export function findRepoRoot(cwd: string): string {
  const start = physical(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** Refuses roots where scaffolding is almost certainly a mistake. */
export function assertSafeRoot(root: string, home = homedir()): void {
  const resolved = physical(root);
  if (path.dirname(resolved) === resolved) {
    throw new UnsafeRootError(
      `refusing to write into the file-system root (${resolved})`,
      'Run specwright inside your project, or pass --cwd <project folder>.',
    );
  }
  if (home && resolved === physical(home)) {
    throw new UnsafeRootError(
      `refusing to write into your home folder (${resolved})`,
      'Run specwright inside your project, or pass --cwd <project folder>; `git init` makes a folder a project root.',
    );
  }
}
