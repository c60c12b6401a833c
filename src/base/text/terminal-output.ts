import { terminalLines } from './terminal-text.js';

const RAW = Symbol('the stream under a terminal-safe output');

/**
 * stdout or stderr as every command sees it: each write passes through the
 * one sanitizer (terminalLines), so no text from a spec, a template, an
 * existing file, a config or git reaches the terminal with an escape
 * sequence or a bidi control in it, whichever command or message printed it.
 * Everything else (events, isTTY, columns) is the stream's own, so
 * cli/main.ts still hears its failures.
 */
export function terminalOutput<S extends NodeJS.WritableStream>(stream: S): S {
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return (stream.write as (...args: unknown[]) => boolean)(terminalLines(text), ...rest);
  };
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write') return write;
      if (key === RAW) return target;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The stream itself, for the interview's prompts only: they draw on the
 * terminal with escape sequences of their own, and what they echo is what
 * the user is typing.
 */
export function rawOutput<S extends NodeJS.WritableStream>(stream: S): S {
  return ((stream as unknown as Record<symbol, S | undefined>)[RAW]) ?? stream;
}
