import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built bin: end-to-end tests run what users run (`npm test` builds first). */
export const BIN = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));

export interface BinResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export interface BinOptions {
  readonly cwd: string;
  /** Written to stdin, then stdin is closed. Omitted: stdin is /dev/null-like (closed at once). */
  readonly input?: string | Buffer;
  /** Keep stdin an open pipe that never sends anything (a hung CI step, an agent's pipe). */
  readonly keepStdinOpen?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill after this long (a hang is a failure, not a stuck suite). */
  readonly timeoutMs?: number;
}

/** Runs `node dist/bin.cjs ...args` without a terminal. */
export function runBin(args: readonly string[], options: BinOptions): Promise<BinResult> {
  return collect(() => spawn(process.execPath, [BIN, ...args], spawnOptions(options)), options);
}

/**
 * Runs `node dist/bin.cjs <shellArgs>` through /bin/sh, for arguments that are
 * not UTF-8: spawn() encodes every argument string as UTF-8, so raw bytes can
 * only reach argv from a shell, e.g. `--name "$(printf 'Caf\351')"`.
 */
export function runBinInShell(shellArgs: string, options: BinOptions): Promise<BinResult> {
  // $0 and $1 carry the node and bin paths, so they need no quoting here.
  return collect(() => spawn('/bin/sh', ['-c', `exec "$0" "$1" ${shellArgs}`, process.execPath, BIN], spawnOptions(options)), options);
}

function spawnOptions(options: BinOptions) {
  return {
    cwd: options.cwd,
    env: { ...process.env, SPECWRIGHT_TODAY: '2026-11-26', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'] as ['pipe', 'pipe', 'pipe'],
  };
}

function collect(start: () => ChildProcessWithoutNullStreams, options: BinOptions): Promise<BinResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = start();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else if (!options.keepStdinOpen) child.stdin.end();
  });
}
