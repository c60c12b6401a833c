/**
 * The plop generator (`npm run new-spec` here) honours `"testFramework":
 * "none"` as the bin does: the interview's summary and the files written are
 * the spec and the docs stub, no test stub. Driven in a real terminal.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, expect, test } from '@jest/globals';
import { killPtys, spawnPty } from '../helpers/pty.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterEach(killPtys);
afterAll(removeTempDirs);

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const WRAPPER = path.join(PROJECT, 'scripts/run-plop.mjs');
/** `--import tsx` resolves from the cwd, a temp repository without node_modules: this project's tsx by its URL. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

test('plop with "testFramework": "none" in the config writes the spec and the docs stub, no test stub', async () => {
  const root = tempDir({ git: true, prefix: 'specwright-plop-' });
  execFileSync('git', ['config', 'user.name', 'Ada Lovelace'], { cwd: root });
  writeFileSync(path.join(root, 'package.json'), '{ "scripts": { "test": "vitest run" }, "devDependencies": { "vitest": "4.1.12" } }\n');
  writeFileSync(path.join(root, 'specwright.config.json'), '{ "testFramework": "none" }\n');
  const run = spawnPty(process.execPath, ['--import', TSX, WRAPPER, '--dest', root], { cwd: root });
  const answer = async (question: RegExp, keys: string): Promise<void> => {
    await run.waitFor(question);
    run.type(keys);
  };
  await run.waitFor(/Feature name:/, 30000);
  run.type('Night shift\r');
  await answer(/Owner:/, '\r');
  await answer(/Purpose, in one line/, '\r');
  await answer(/Functional requirement FR-1/, 'Lowers the brightness\r');
  await answer(/Functional requirement FR-2/, '\r');
  await answer(/User story 1/, '\r');
  await answer(/Phase 1 name/, '\r');
  await answer(/Milestone 1 name/, '\r');
  await run.waitFor(/Write these files\? \(Y\/n\)/);
  expect(run.output()).not.toContain('night-shift.test');
  run.type('\r');
  expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
  const written = Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/') && !p.startsWith('.git/') && !p.endsWith('.json')).sort();
  expect(written).toEqual(['docs/features/night-shift.md', 'docs/specs/0001-night-shift.md']);
});
