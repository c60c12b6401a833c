#!/usr/bin/env node
// Kept tiny: everything heavy is imported only by the command that needs it.
import { main } from './cli/main.js';
import { cancelEarlyCatFile, prestartCatFile } from './repo/cat-file.js';
import { installSignalGuard } from './app/signal-guard.js';

const args = process.argv.slice(2);
const signals = installSignalGuard(process.stderr, process.stdin);

/** `new` reads the other branches' specs through git: git starts now, while Node loads the command. */
function gitStartsEarly(): Promise<void> {
  if (args[0] !== 'new' || args.includes('--help') || args.includes('-h')) return Promise.resolve();
  const at = args.indexOf('--cwd');
  const given = at === -1 ? args.find((arg) => arg.startsWith('--cwd='))?.slice('--cwd='.length) : args[at + 1];
  return prestartCatFile(given ?? '.').catch(() => undefined);
}

// No top-level await: the bundled bin is CommonJS (see scripts/bundle-bin.mjs).
void gitStartsEarly()
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
    cancelEarlyCatFile();
    // Let stdout drain (pipes) before the exit code is set; never force-exit mid-write.
    process.exitCode = code;
  });
