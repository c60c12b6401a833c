/**
 * A stdout or stderr that fails (a pipe whose reader has gone, a full disk,
 * a closed terminal) says so with an 'error' event a tick after the write,
 * even when Node wrote synchronously; Node ignores SIGPIPE, so nothing else
 * tells. Unheard, that event crashes the process with a stack trace and exit
 * 1, possibly after the files were written. A watched stream records its
 * first error instead, and cli/main.ts decides what it means for the exit code.
 */
export interface WatchedOutput {
  /** Resolves once everything written so far has reached the OS or failed: with the first error, if any. */
  settle(): Promise<Error | undefined>;
}

export function watchOutput(stream: NodeJS.WritableStream): WatchedOutput {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure ??= error;
  });
  return {
    settle: () =>
      new Promise((resolve) => {
        // Queued behind every earlier write, so its callback runs once they are done, or with their error.
        stream.write('', (error) => resolve(failure ?? error ?? undefined));
      }),
  };
}
