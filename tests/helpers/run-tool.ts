import { execFile } from 'node:child_process';

/**
 * Runs a tool (a formatter, a linter, a runner) in `cwd` as a repository's
 * script would: without jest's NODE_OPTIONS and worker id, colours off.
 * Resolves with its exit code and the end of its output (enough to explain a failure).
 */
export const runTool = (command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number; output: string }>((resolve, reject) => {
    const { JEST_WORKER_ID: _worker, NODE_OPTIONS: _options, ...inherited } = process.env;
    execFile(command, args, { cwd, env: { ...inherited, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, output: `${stdout}${stderr}`.slice(-6000) });
    });
  });
