/**
 * Concurrent `new` runs in a repository whose specs index specwright wrote:
 * every run also rewrites docs/specs/README.md, so each run's index must be
 * based on the one the previous run left, or a run's row is lost. Every run
 * must succeed (a run that finds the index changed since it read it plans
 * again), the index must list every spec, and no backup may be left.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

async function repoWithIndex(): Promise<string> {
  const root = tempDir({ git: true });
  expect((await runBin(['new', 'First', '--owner=Ada'], { cwd: root })).code).toBe(0);
  const index = await runBin(['index'], { cwd: root });
  expect(index.stdout).toContain('Wrote docs/specs/README.md');
  return root;
}

const writerFiles = (root: string): string[] =>
  (readdirSync(root, { recursive: true }) as string[]).filter((p) => !p.startsWith('.git') && path.basename(p).includes('.specwright-'));

/** Races are a matter of timing: each size runs this many times over, in the same repository. */
const ROUNDS = 3;

test.each([5, 8])('%i runs of `new` at once with a specs index, three times over: all exit 0, the index lists every spec, no backup stays', async (runs) => {
  const root = await repoWithIndex();
  for (let round = 0; round < ROUNDS; round++) {
    const results = await Promise.all(
      Array.from({ length: runs }, (_, i) => runBin(['new', `Feature ${round} ${i}`, '--owner=Ada', '--json'], { cwd: root, timeoutMs: 60000 })),
    );
    for (const [i, r] of results.entries()) expect({ round, run: i, code: r.code, stderr: r.stderr }).toEqual({ round, run: i, code: 0, stderr: expect.not.stringContaining('.bak') });
  }
  const specs = readdirSync(path.join(root, 'docs/specs')).filter((name) => /^\d{4}-.*\.md$/.test(name));
  expect(specs).toHaveLength(ROUNDS * runs + 1);
  const index = readFileSync(path.join(root, 'docs/specs/README.md'), 'utf8');
  for (const spec of specs) expect({ spec, listed: index.includes(`(${spec})`) }).toEqual({ spec, listed: true });
  expect(writerFiles(root)).toEqual([]);
  // The index is the one `index` would write now: nothing stale, nothing missing.
  expect((await runBin(['index', '--check'], { cwd: root })).code).toBe(0);
}, 120000);
