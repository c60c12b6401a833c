// `npm run new-spec`: plop with plopfile.ts. plop prints an error and still
// exits 0 when a plopfile fails to load; this wrapper makes that exit 1, so a
// broken plopfile fails the command (and CI) instead of passing silently.
import { fileURLToPath } from 'node:url';
import { Plop, run } from 'plop';

const configPath = fileURLToPath(new URL('../plopfile.ts', import.meta.url));

Plop.prepare({ cwd: process.cwd(), configPath }, (env) => {
  Plop.execute(env, async (liftoffEnv) => {
    const plop = await run(liftoffEnv, undefined, true);
    if (!plop) process.exitCode = 1;
  });
});
