/**
 * Many real runs at once in one repository: each run's recovery looks at
 * every other run's journal while that run is committing. A run that exits 0
 * must keep all of its files, every number must be unique, and nothing of
 * the writer may stay behind. The repository path is long enough that the
 * lock sockets are reached through /proc/self/fd (over 100 bytes).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

afterAll(removeTempDirs);

const RUNS = 48;
const AT_ONCE = 8;

test(`${RUNS} runs, ${AT_ONCE} at a time: every run that exits 0 keeps its three files, numbers are unique, nothing is left behind`, async () => {
  const root = path.join(tempDir(), 'a-rather-long-folder-name-for-lock-sockets', 'and-one-more-level-to-pass-a-hundred-bytes');
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', root]);
  expect(path.join(root, '.git', '.specwright-4000000-0a1b2c3d.lock').length).toBeGreaterThan(100);

  const results: { name: string; code: number | null; files: string[]; stderr: string }[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < RUNS) {
      const name = `Feature ${next++}`;
      const result = await runBin(['new', name, '--owner=Ada', '--json'], { cwd: root, timeoutMs: 60000 });
      results.push({ name, code: result.code, files: result.code === 0 ? JSON.parse(result.stdout).files : [], stderr: result.stderr });
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));

  const written = results.filter((r) => r.code === 0);
  // Runs that lost the number race on all of their 10 tries exit 1 with nothing written; none other may fail.
  for (const r of results.filter((x) => x.code !== 0)) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('was taken by') });
  expect(written.length).toBeGreaterThan(RUNS / 2);
  for (const r of written) for (const file of r.files) expect({ run: r.name, file, exists: existsSync(path.join(root, file)) }).toEqual({ run: r.name, file, exists: true });
  expect(results.map((r) => r.stderr).join('')).not.toContain('Rolled back');
  const specs = readdirSync(path.join(root, 'docs/specs'));
  expect(specs).toHaveLength(written.length);
  expect(new Set(specs.map((s) => s.split('-')[0])).size).toBe(specs.length);
  const leftovers = (readdirSync(root, { recursive: true }) as string[]).filter((p) => path.basename(p).includes('.specwright-'));
  expect(leftovers).toEqual([]);
}, 180000);
