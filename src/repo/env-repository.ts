import { statSync } from 'node:fs';
import path from 'node:path';
import { UnsafeRootError } from '../base/errors.js';

/** A repository as find-root.ts reports it: the work tree's top, and git's folder (undefined outside git). */
export interface FoundRepo {
  readonly root: string;
  readonly gitDir: string | undefined;
}

const isFile = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const isDirectory = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** git's folder of a repository or of a linked worktree (whose objects and refs are in the folder its `commondir` names). */
function isRepositoryFolder(dir: string): boolean {
  return isFile(path.join(dir, 'HEAD')) && ((isDirectory(path.join(dir, 'objects')) && isDirectory(path.join(dir, 'refs'))) || isFile(path.join(dir, 'commondir')));
}

const UNSET_HINT = 'Unset GIT_DIR and GIT_WORK_TREE to use the repository around this folder (`env -u GIT_DIR -u GIT_WORK_TREE specwright ...`), or set both to the same repository: GIT_DIR to its git folder, GIT_WORK_TREE to its work tree.';

/**
 * GIT_DIR and GIT_WORK_TREE as git reads them (relative to where the run
 * starts), against the repository that walking up from `start` found. Every
 * git process specwright starts is told the repository it settles on
 * (git-env.ts), so the spec numbers taken on other branches and the files
 * written always belong to one repository:
 * - unset: the repository walking up found;
 * - naming that same repository: it;
 * - naming a git folder and a work tree that holds `start`, where walking up
 *   finds no repository (a separated git folder, `git --git-dir=… --work-tree=…`):
 *   that work tree, with that git folder;
 * - anything else (another repository than the one around `start`, a
 *   GIT_DIR that is not a git folder or comes without its work tree) is
 *   refused rather than guessed.
 */
export function repositoryFromEnvironment(start: string, walked: FoundRepo, env: NodeJS.ProcessEnv, physical: (p: string) => string): FoundRepo {
  const gitDirValue = env.GIT_DIR || undefined;
  const workTreeValue = env.GIT_WORK_TREE || undefined;
  if (gitDirValue === undefined && workTreeValue === undefined) return walked;
  const workTree = workTreeValue === undefined ? undefined : physical(path.resolve(start, workTreeValue));
  if (gitDirValue === undefined) {
    if (walked.gitDir === undefined || workTree === walked.root) return walked;
    throw new UnsafeRootError(`GIT_WORK_TREE is ${workTree}, but ${start} is in the work tree ${walked.root}; specwright will not take spec numbers from one and write into the other`, UNSET_HINT);
  }
  const gitDir = physical(path.resolve(start, gitDirValue));
  if (!isRepositoryFolder(gitDir)) throw new UnsafeRootError(`GIT_DIR is ${gitDir}, which is not a git folder`, UNSET_HINT);
  if (walked.gitDir !== undefined) {
    if (walked.gitDir === gitDir && (workTree === undefined || workTree === walked.root)) return walked;
    throw new UnsafeRootError(
      `GIT_DIR names the repository ${gitDir}${workTree === undefined ? '' : ` (work tree ${workTree})`}, but ${start} is in the repository ${walked.gitDir} (work tree ${walked.root}); specwright will not take spec numbers from one and write into the other`,
      UNSET_HINT,
    );
  }
  if (workTree === undefined) throw new UnsafeRootError(`GIT_DIR is ${gitDir}, but GIT_WORK_TREE is not set and ${start} is in no work tree of it`, UNSET_HINT);
  const inside = path.relative(workTree, start);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new UnsafeRootError(`${start} is outside GIT_WORK_TREE (${workTree})`, `Run specwright inside ${workTree}, or ${UNSET_HINT.charAt(0).toLowerCase()}${UNSET_HINT.slice(1)}`);
  return { root: workTree, gitDir };
}
