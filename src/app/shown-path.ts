import path from 'node:path';
import type { Project } from './open-project.js';

/** A path relative to the root, as the user sees it from where the run started (`../docs/specs/…` from a package), forward slashes. */
export function shownPath(project: Pick<Project, 'cwd' | 'root'>, relative: string): string {
  return path.relative(project.cwd, path.join(project.root, relative)).split(path.sep).join('/');
}
