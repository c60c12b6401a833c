import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { gitEnv, type GitRepository } from './git-env.js';
import { GIT_TIMEOUT_MS } from './run-git.js';

/** One `git cat-file --batch`, started early and asked once. */
export interface CatFile {
  /** Writes `input`, ends it, and resolves with git's whole output, or undefined (git missing, failing, slow, too talkative). */
  ask(input: string, maxBytes: number): Promise<Buffer | undefined>;
  /** Ends a process nobody asked (stdin closed, then killed). */
  cancel(): void;
  /** Why `ask` gave no answer, in words for the user; undefined when it answered. */
  whyNoAnswer(): string | undefined;
}

/**
 * Starts `git cat-file --batch` in `cwd` at once: starting git costs more
 * than its answer (some 10 ms), so the bin starts it while it loads the
 * command, and the branch lookup only writes its question. Like runGit, a
 * git that does not answer in time is SIGKILLed and the answer is none.
 */
export function startCatFile(cwd: string, spawnGit: (cwd: string) => ChildProcess): CatFile {
  let child: ChildProcess | undefined;
  try {
    child = spawnGit(cwd);
  } catch {
    child = undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let maxBytes = Number.POSITIVE_INFINITY;
  let result: ((out: Buffer | undefined) => void) | undefined;
  let finished: Buffer | undefined | null = null; // null: still running
  let why: string | undefined;
  const finish = (out: Buffer | undefined, reason?: string): void => {
    if (finished !== null) return;
    finished = out;
    if (out === undefined) why = reason ?? 'git cat-file failed';
    result?.(out);
  };
  const kill = (reason: string): void => {
    child?.stdout?.destroy();
    child?.kill('SIGKILL');
    finish(undefined, reason);
  };
  child?.stdin?.on('error', () => undefined);
  child?.stdout?.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) {
      overflow = true;
      kill(`git's answer was over ${maxBytes} bytes`);
    } else chunks.push(chunk);
  });
  child?.on('error', (error: NodeJS.ErrnoException) => finish(undefined, error.code === 'ENOENT' ? 'git is not installed' : `git could not start (${error.code ?? error.message})`));
  child?.on('close', (code) => finish(code === 0 && !overflow ? Buffer.concat(chunks) : undefined, `git cat-file failed (${code === null ? 'killed' : `exit ${code}`})`));
  if (!child) finish(undefined, 'git could not start');
  return {
    ask(input, limit) {
      maxBytes = limit;
      if (finished !== null) return Promise.resolve(finished ?? undefined);
      return new Promise((resolve) => {
        const timer = setTimeout(() => kill(`git did not answer within ${GIT_TIMEOUT_MS / 1000} seconds`), GIT_TIMEOUT_MS);
        result = (out) => {
          clearTimeout(timer);
          resolve(out);
        };
        child?.stdin?.end(input);
      });
    },
    cancel() {
      if (finished !== null) return;
      child?.stdin?.end();
      kill('cancelled');
    },
    whyNoAnswer: () => why,
  };
}

let early: { readonly cwd: string; readonly catFile: CatFile } | undefined;

/** Called by the bin for `new`, before the command is loaded: git starts while Node reads the code. */
export async function prestartCatFile(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // With GIT_DIR or GIT_WORK_TREE set, find-root.ts may settle on a repository git would not find from `cwd`: no guess.
  if (env.GIT_DIR || env.GIT_WORK_TREE) return;
  const { spawn } = await import('node:child_process');
  // Without GIT_DIR and the like, git finds the repository from `cwd` as find-root.ts does.
  early = { cwd: path.resolve(cwd), catFile: startCatFile(cwd, (dir) => spawn('git', ['cat-file', '--batch'], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'] })) };
}

/**
 * The early cat-file when it was started inside the work tree (git found the
 * repository there as find-root.ts did), else a new one, told the
 * repository.
 */
export async function catFileFor(repository: GitRepository): Promise<CatFile> {
  const taken = early;
  early = undefined;
  const inside = taken ? path.relative(repository.root, taken.cwd) : '..';
  if (taken && !inside.startsWith('..') && !path.isAbsolute(inside)) return taken.catFile;
  taken?.catFile.cancel();
  const { spawn } = await import('node:child_process');
  return startCatFile(repository.root, (dir) => spawn('git', ['cat-file', '--batch'], { cwd: dir, env: gitEnv(repository), stdio: ['pipe', 'pipe', 'ignore'] }));
}

/** Ends an early cat-file the run never asked (another command path, an error first). */
export function cancelEarlyCatFile(): void {
  early?.catFile.cancel();
  early = undefined;
}
