import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

/** An Io for running the CLI in-process: no terminal, captured output, a pinned clock. */
export function fakeIo(cwd: string, overrides: Partial<Io> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const io: Io = {
    cwd,
    env: { SPECWRIGHT_TODAY: '2026-11-26' },
    now: new Date(2026, 10, 26, 12),
    stdin: Readable.from([]),
    stdout,
    stderr,
    signals: { pending: () => undefined, committed: () => false, critical: (work) => work() },
    ...overrides,
  };
  return { io, stdout: () => out, stderr: () => err };
}
