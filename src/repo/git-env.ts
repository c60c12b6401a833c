/**
 * The variables by which git finds a repository other than by walking up
 * from where it runs. Inherited by the git processes specwright starts, they
 * would make git answer about another repository than the one specwright
 * writes into (a GIT_DIR left exported by a hook or a script), so they are
 * never passed on: find-root.ts decides the repository once, and every git
 * process is told it explicitly.
 */
export const GIT_LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_PREFIX'] as const;

/** Where a git process must look: the repository found by find-root.ts. */
export interface GitRepository {
  readonly gitDir: string;
  readonly root: string;
}

/**
 * The environment for a git process: ours without the location variables,
 * and, when the repository is known, GIT_DIR and GIT_WORK_TREE naming it
 * (needed where the git folder is not under the work tree, as when the user
 * set GIT_DIR and GIT_WORK_TREE to a separated git folder).
 */
export function gitEnv(repository?: GitRepository, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env };
  for (const name of GIT_LOCATION_VARIABLES) delete clean[name];
  return repository ? { ...clean, GIT_DIR: repository.gitDir, GIT_WORK_TREE: repository.root } : clean;
}
