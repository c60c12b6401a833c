import type { SignalGuard } from '../app/signal-guard.js';

/** Everything a command touches outside its arguments, injected so tests pin it. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly now: Date;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly signals: SignalGuard;
}
