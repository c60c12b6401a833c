// `npm run new-spec`: plop with plopfile.ts. plop prints an error and still
// exits 0 when a plopfile fails to load; this wrapper makes that exit 1, so a
// broken plopfile fails the command (and CI) instead of passing silently.
// `--plopfile <path>` (plop's own flag name) loads another plopfile instead of
// ../plopfile.ts; the end-to-end tests use it to check that exit code.
// `--dest <dir>` writes into another repository; a relative dir is taken from
// where the user typed the command (npm run moves the cwd to this package).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const typedIn = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dest' && args[i + 1] !== undefined) args[i + 1] = path.resolve(typedIn, args[i + 1]);
  else if (args[i]?.startsWith('--dest=')) args[i] = `--dest=${path.resolve(typedIn, args[i].slice('--dest='.length))}`;
}
process.argv.splice(2, args.length, ...args);

const { values } = parseArgs({ args, options: { plopfile: { type: 'string' } }, strict: false, allowPositionals: true });
const configPath =
  typeof values.plopfile === 'string'
    ? path.resolve(typedIn, values.plopfile)
    : fileURLToPath(new URL('../plopfile.ts', import.meta.url));

// plop reads process.argv when it is loaded: import it only now.
const { Plop, run } = await import('plop');
Plop.prepare({ cwd: process.cwd(), configPath }, (env) => {
  Plop.execute(env, async (liftoffEnv) => {
    const plop = await run(liftoffEnv, undefined, true);
    if (!plop) process.exitCode = 1;
  });
});
