import { execFileSync } from 'node:child_process';
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { UnsafeRootError } from '../base/errors.js';
import { readRegularSync } from '../base/read-regular-file.js';
import { repositoryFromEnvironment } from './env-repository.js';
import { gitEnv } from './git-env.js';
import { describeUser, isOwnedByUs } from '../base/ownership.js';

/** Where specwright writes: the project root, and git's own folder for its journal. */
export interface Repo {
  /** The physical path of the git work tree's top, or of the folder it runs in outside git. */
  readonly root: string;
  /**
   * git's folder for this work tree (`.git`, or where a worktree's or a
   * submodule's `.git` file points), physical; undefined outside git.
   */
  readonly gitDir: string | undefined;
}

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

const statOrUndefined = (p: string, follow = true): Stats | undefined => {
  try {
    return follow ? statSync(p) : lstatSync(p);
  } catch {
    return undefined;
  }
};

/** A bare repository or the inside of a `.git` folder: HEAD, objects/ and refs/ side by side. */
function isGitDir(dir: string): boolean {
  return Boolean(statOrUndefined(path.join(dir, 'HEAD'))?.isFile() && statOrUndefined(path.join(dir, 'objects'))?.isDirectory() && statOrUndefined(path.join(dir, 'refs'))?.isDirectory());
}

/** A `.git` file's text (worktrees, submodules), through the one safe reader: no link, no FIFO, at most 64 KiB (it holds one path). */
function readGitFile(file: string): string | undefined {
  try {
    const read = readRegularSync(file, 64 * 1024);
    return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The folder a `.git` entry stands for: itself, or the target of its `gitdir:` line. */
function gitDirFor(top: string): string {
  const dotGit = path.join(top, '.git');
  if (statOrUndefined(dotGit)?.isDirectory()) return physical(dotGit);
  const line = /^gitdir: *(.+?) *$/m.exec(readGitFile(dotGit) ?? '')?.[1];
  const target = line === undefined ? undefined : path.resolve(top, line);
  if (target === undefined || !statOrUndefined(target)?.isDirectory()) {
    throw new UnsafeRootError(
      `${dotGit} is not a git folder, nor a .git file pointing to one`,
      'Repair or remove it (`git status` shows what git thinks of it), then run again.',
    );
  }
  return physical(target);
}

/** git's `safe.directory` from the user's and the system's config (never the repository's own). */
function markedSafe(dir: string): boolean {
  let values: string[];
  try {
    // Run from `/` without GIT_DIR, so a repository's own config cannot mark itself safe; SIGKILL, since a hung git may ignore SIGTERM.
    const out = execFileSync('git', ['config', '--get-all', 'safe.directory'], { cwd: '/', env: gitEnv(), timeout: 2000, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
    values = out.split('\n').map((v) => v.trim());
  } catch {
    return false;
  }
  return values.some((v) => v === '*' || v === dir || (v.endsWith('/*') && dir.startsWith(v.slice(0, -1))));
}

/**
 * Refuses a folder another user owns, unless its project `root` is marked
 * safe the way git does (safe.directory names the work tree, and covers its
 * git folder too).
 */
function assertOurs(dir: string, what: string, root: string, env: NodeJS.ProcessEnv): void {
  const info = statOrUndefined(dir, false);
  if (!info || isOwnedByUs(info.uid, env) || markedSafe(root)) return;
  throw new UnsafeRootError(
    `${what} ${dir} is owned by ${describeUser(info.uid)}, not by you; specwright does not write where another user can read, move or replace what it writes (git's rule since CVE-2022-24765)`,
    `If you trust that folder, mark it safe as git does: git config --global --add safe.directory ${root}\nOtherwise run specwright in a project of your own (\`git init\` makes a folder a project root).`,
  );
}

/**
 * The repository found by walking up from `cwd`: the nearest folder at or
 * above it that holds `.git` (a folder, or a file in worktrees and
 * submodules, whose `gitdir:` is followed), else `cwd` itself. Walking up
 * costs a few stat calls; spawning git would cost ~10 ms. Refuses a bare
 * repository or the inside of a `.git` folder (no work tree to write into).
 */
function walkUp(start: string): Repo {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (statOrUndefined(path.join(dir, '.git'), false)) return { root: dir, gitDir: gitDirFor(dir) };
    if (isGitDir(dir)) {
      throw new UnsafeRootError(
        `${dir} is a git folder (a bare repository, or the inside of a .git folder), not a work tree`,
        'Run specwright in the project folder that holds your files, or pass --cwd <project folder>.',
      );
    }
    if (path.dirname(dir) === dir) return { root: start, gitDir: undefined };
  }
}

/**
 * The repository: the one walking up finds, unless GIT_DIR and GIT_WORK_TREE
 * name a work tree whose git folder lies elsewhere (a separated git folder),
 * which git would use too (env-repository.ts). Refuses a root or git folder
 * owned by another user: a `.git` planted above the project in a shared
 * folder must not become where a spec lands.
 */
export function findRepo(cwd: string, env: NodeJS.ProcessEnv = process.env): Repo {
  const start = physical(cwd);
  const repo = repositoryFromEnvironment(start, walkUp(start), env, physical);
  if (repo.gitDir === undefined) {
    assertOurs(repo.root, 'the folder', repo.root, env);
    return repo;
  }
  assertOurs(repo.root, 'the repository root', repo.root, env);
  assertOurs(repo.gitDir, 'its git folder', repo.root, env);
  return repo;
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
