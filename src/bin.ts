#!/usr/bin/env node
// Kept tiny: everything heavy is imported only by the command that needs it.
import { main } from './cli/main.js';
import { gitStartsEarly, stopEarlyGit } from './app/early-git.js';
import { installSignalGuard } from './app/signal-guard.js';

const args = process.argv.slice(2);
const signals = installSignalGuard(process.stderr, process.stdin);

// No top-level await: the bundled bin is CommonJS (see scripts/bundle-bin.mjs).
void gitStartsEarly(args)
  .then(() =>
    main(args, {
      cwd: process.cwd(),
      env: process.env,
      now: new Date(),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      signals,
    }),
  )
  .then((code) => {
    stopEarlyGit();
    // Let stdout drain (pipes) before the exit code is set; never force-exit mid-write.
    process.exitCode = code;
  });
