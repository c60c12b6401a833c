import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Server } from 'node:net';
import path from 'node:path';

/**
 * A run's liveness, as the kernel sees it: while a run writes, it listens on
 * a Unix socket beside its journal. The kernel closes the socket the instant
 * the process dies, however it dies (SIGKILL included), and a connection to a
 * socket nobody listens on is refused at once. Unlike a pid, this tells a
 * live run from a dead one across pid namespaces (containers sharing one
 * checkout), after pid reuse, and needs no native module (Node has no flock).
 */
export interface RunLock {
  release(): Promise<void>;
}

/** Unix socket paths are limited to 108 bytes (104 on macOS). */
const MAX_SOCKET_PATH = 100;

/**
 * Runs `use` with a path for `file` short enough for a socket: on Linux, a
 * long one is reached through an open handle of its folder
 * (/proc/self/fd/N/name), which bind() and connect() resolve like any path.
 */
async function withSocketPath<T>(file: string, use: (socketPath: string) => Promise<T>): Promise<T> {
  if (file.length <= MAX_SOCKET_PATH || process.platform !== 'linux') return use(file);
  const folder = await open(path.dirname(file), constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    return await use(`/proc/self/fd/${folder.fd}/${path.basename(file)}`);
  } finally {
    await folder.close();
  }
}

/**
 * Starts listening at `file`; undefined where this file system or platform
 * has no Unix sockets. The socket is made under a temp name and renamed into
 * place once it listens: between bind() and listen() a socket refuses
 * connections, and under its final name that would read as a dead run.
 */
export async function holdRunLock(file: string): Promise<RunLock | undefined> {
  if (process.platform === 'win32') return undefined;
  const { createServer } = await import('node:net');
  const { rename, unlink } = await import('node:fs/promises');
  const server: Server = createServer((socket) => socket.destroy());
  const making = `${file}.tmp`;
  const listening = await withSocketPath(making, (socketPath) =>
    new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(socketPath, () => resolve(true));
    }),
  ).catch(() => false);
  if (!listening) return undefined;
  // Never the reason the process stays alive.
  server.unref();
  const close = (): Promise<void> => new Promise<void>((resolve) => server.close(() => resolve()));
  if (!(await rename(making, file).then(() => true, () => false))) {
    await unlink(making).catch(() => undefined);
    await close();
    return undefined;
  }
  return {
    // Removed by name: Node would unlink the path it bound, which is the temp name
    // (or a /proc/self/fd path whose folder handle is long closed).
    release: async () => {
      await unlink(file).catch(() => undefined);
      await close();
    },
  };
}

export type LockState = 'live' | 'dead' | 'absent' | 'unknown';

/**
 * Whether a live run holds the lock at `file`: 'live' when a connection is
 * accepted, 'dead' when it is refused (the socket outlived its process, or
 * something else stands there), 'absent' when nothing is there, 'unknown'
 * for anything else (a full backlog, a platform without sockets): leave that
 * run alone.
 */
export async function probeRunLock(file: string): Promise<LockState> {
  if (process.platform === 'win32') return 'unknown';
  const { connect } = await import('node:net');
  return withSocketPath(file, (socketPath) =>
    new Promise<LockState>((resolve) => {
      const socket = connect(socketPath);
      socket.once('connect', () => {
        socket.destroy();
        resolve('live');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') resolve('absent');
        else resolve(error.code === 'ECONNREFUSED' || error.code === 'ENOTSOCK' ? 'dead' : 'unknown');
      });
    }),
  ).catch(() => 'unknown' as const);
}
