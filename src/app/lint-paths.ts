import { lstatSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { Project } from './open-project.js';

/** The paths `lint` was given (from where the user stands), relative to the root: each must exist inside it (exit 2 otherwise). */
export function lintPaths(project: Pick<Project, 'cwd' | 'root'>, given: readonly string[]): string[] {
  const { cwd, root } = project;
  return given.map((typed) => {
    const absolute = path.resolve(cwd, typed);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) throw new UsageError(`${typed} is outside the project (${root})`);
    try {
      lstatSync(absolute);
    } catch {
      throw new UsageError(`${typed} does not exist`);
    }
    return relative;
  });
}
