// `npm run new-spec`: plop with plopfile.ts. plop prints an error and still
// exits 0 when a plopfile fails to load; this wrapper makes that exit 1, so a
// broken plopfile fails the command (and CI) instead of passing silently.
// `--plopfile <path>` (plop's own flag name) loads another plopfile instead of
// ../plopfile.ts; the end-to-end tests use it to check that exit code.
// plop's other flags pass through, e.g. `--dest <dir>` to write into another repository.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Plop, run } from 'plop';

const { values } = parseArgs({ options: { plopfile: { type: 'string' } }, strict: false, allowPositionals: true });
const configPath =
  typeof values.plopfile === 'string'
    ? path.resolve(values.plopfile)
    : fileURLToPath(new URL('../plopfile.ts', import.meta.url));

Plop.prepare({ cwd: process.cwd(), configPath }, (env) => {
  Plop.execute(env, async (liftoffEnv) => {
    const plop = await run(liftoffEnv, undefined, true);
    if (!plop) process.exitCode = 1;
  });
});
