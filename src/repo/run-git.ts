import type { SpawnOptions } from 'node:child_process';

/** A healthy git answers in milliseconds; a stuck one must not hold the run. */
export const GIT_TIMEOUT_MS = 2000;

/**
 * Runs git and resolves with its stdout (as bytes), or undefined when git is
 * missing, fails, prints more than `maxBytes` or does not answer in time. Not
 * execFile: its timeout sends SIGTERM, which a stuck or hostile git may
 * ignore, and its callback waits for 'close', which never comes while a
 * grandchild still holds the output pipe. Here the timeout SIGKILLs git, drops
 * our end of the pipe and answers at once, whatever the child does next.
 */
export function runGit(cwd: string, args: readonly string[], options: { readonly input?: string; readonly maxBytes?: number } = {}): Promise<Buffer | undefined> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return import('node:child_process').then(
    ({ spawn }) =>
      new Promise((resolve) => {
        let settled = false;
        const settle = (out: Buffer | undefined): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(out);
        };
        // stderr ignored: no pipe of ours outlives git; stdin only when there is input.
        const spawnOptions: SpawnOptions = { cwd, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] };
        const child = spawn('git', [...args], spawnOptions);
        const stop = (): void => {
          child.stdout?.destroy();
          child.kill('SIGKILL');
          settle(undefined);
        };
        const timer = setTimeout(stop, GIT_TIMEOUT_MS);
        const chunks: Buffer[] = [];
        let size = 0;
        child.stdout?.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) stop();
          else chunks.push(chunk);
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input);
        child.on('error', () => settle(undefined));
        // 'close' (not 'exit'): only then has all of stdout been read.
        child.on('close', (code) => settle(code === 0 ? Buffer.concat(chunks) : undefined));
      }),
  );
}
