import type { SpawnOptions } from 'node:child_process';
import { gitEnv, type GitRepository } from './git-env.js';

/** A healthy git answers in milliseconds; a stuck one must not hold the run. */
export const GIT_TIMEOUT_MS = 2000;

/** What git answered: its stdout, or why there is none, said so a user can act on it. */
export type GitOutput = { readonly out: Buffer; readonly why?: undefined } | { readonly out?: undefined; readonly why: string };

export interface GitOptions {
  readonly input?: string;
  readonly maxBytes?: number;
  /** The repository to ask; without it git finds one from `cwd`. Either way GIT_DIR and the like from our environment are not passed on (git-env.ts). */
  readonly repository?: GitRepository;
}

/** Runs git and resolves with its stdout (as bytes), or undefined when git is missing, fails, prints more than `maxBytes` or does not answer in time. */
export async function runGit(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<Buffer | undefined> {
  return (await gitOutput(cwd, args, options)).out;
}

/**
 * runGit, saying why there is no answer. Not execFile: its timeout sends
 * SIGTERM, which a stuck or hostile git may ignore, and its callback waits
 * for 'close', which never comes while a grandchild still holds the output
 * pipe. Here the timeout SIGKILLs git, drops our end of the pipe and answers
 * at once, whatever the child does next.
 */
export function gitOutput(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitOutput> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return import('node:child_process').then(
    ({ spawn }) =>
      new Promise((resolve) => {
        let settled = false;
        const settle = (answer: GitOutput): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(answer);
        };
        // stderr ignored: no pipe of ours outlives git; stdin only when there is input.
        const spawnOptions: SpawnOptions = { cwd, env: gitEnv(options.repository), stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] };
        const child = spawn('git', [...args], spawnOptions);
        const stop = (why: string): void => {
          child.stdout?.destroy();
          child.kill('SIGKILL');
          settle({ why });
        };
        const timer = setTimeout(() => stop(`git did not answer within ${GIT_TIMEOUT_MS / 1000} seconds`), GIT_TIMEOUT_MS);
        const chunks: Buffer[] = [];
        let size = 0;
        child.stdout?.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) stop(`git's answer was over ${maxBytes} bytes`);
          else chunks.push(chunk);
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input);
        child.on('error', (error: NodeJS.ErrnoException) => settle({ why: error.code === 'ENOENT' ? 'git is not installed' : `git could not start (${error.code ?? error.message})` }));
        // 'close' (not 'exit'): only then has all of stdout been read.
        child.on('close', (code) => settle(code === 0 ? { out: Buffer.concat(chunks) } : { why: `\`git ${args[0] ?? ''}\` failed (${code === null ? 'killed' : `exit ${code}`})` }));
      }),
  );
}
