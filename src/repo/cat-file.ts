import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GIT_TIMEOUT_MS } from './run-git.js';

/** One `git cat-file --batch`, started early and asked once. */
export interface CatFile {
  /** Writes `input`, ends it, and resolves with git's whole output, or undefined (git missing, failing, slow, too talkative). */
  ask(input: string, maxBytes: number): Promise<Buffer | undefined>;
  /** Ends a process nobody asked (stdin closed, then killed). */
  cancel(): void;
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
  const finish = (out: Buffer | undefined): void => {
    if (finished !== null) return;
    finished = out;
    result?.(out);
  };
  const kill = (): void => {
    child?.stdout?.destroy();
    child?.kill('SIGKILL');
    finish(undefined);
  };
  child?.stdin?.on('error', () => undefined);
  child?.stdout?.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) {
      overflow = true;
      kill();
    } else chunks.push(chunk);
  });
  child?.on('error', () => finish(undefined));
  child?.on('close', (code) => finish(code === 0 && !overflow ? Buffer.concat(chunks) : undefined));
  if (!child) finish(undefined);
  return {
    ask(input, limit) {
      maxBytes = limit;
      if (finished !== null) return Promise.resolve(finished ?? undefined);
      return new Promise((resolve) => {
        const timer = setTimeout(kill, GIT_TIMEOUT_MS);
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
      kill();
    },
  };
}

let early: { readonly cwd: string; readonly catFile: CatFile } | undefined;

/** Called by the bin for `new`, before the command is loaded: git starts while Node reads the code. */
export async function prestartCatFile(cwd: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  early = { cwd: path.resolve(cwd), catFile: startCatFile(cwd, (dir) => spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] })) };
}

/**
 * The early cat-file when it was started inside `root` (git finds the same
 * repository from there as the run did), else a new one.
 */
export async function catFileFor(root: string): Promise<CatFile> {
  const taken = early;
  early = undefined;
  const inside = taken ? path.relative(root, taken.cwd) : '..';
  if (taken && !inside.startsWith('..') && !path.isAbsolute(inside)) return taken.catFile;
  taken?.catFile.cancel();
  const { spawn } = await import('node:child_process');
  return startCatFile(root, (dir) => spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] }));
}

/** Ends an early cat-file the run never asked (another command path, an error first). */
export function cancelEarlyCatFile(): void {
  early?.catFile.cancel();
  early = undefined;
}
