/**
 * A backup the writer left (`.<name>.specwright-<run>.bak`: a run that rolled
 * back while another program had moved its replacement away, or one killed
 * after its commit point) may hold the only copy of a file's earlier
 * contents, and `git add -A` would pick it up. Every later command names it
 * on stderr, with what to do, until the user has dealt with it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

// A run that is long gone: no journal, no lock.
const INDEX_BACKUP = 'docs/specs/.README.md.specwright-4000000-0a1b2c3d.bak';
const MANIFEST_BACKUP = '.package.json.specwright-4000001-0a1b2c3d.bak';

const warning = (backup: string, original: string): string =>
  `warning: ${backup} is a backup specwright left of ${original}: it holds earlier contents of that file. Compare it with ${original}, keep what you need, then delete the backup.\n`;

test('list, lint, status, index, renumber, config, init, eject and new each name every leftover backup until it is deleted', async () => {
  const root = tempDir({ git: true });
  writeFileSync(path.join(root, 'package.json'), '{ "name": "demo" }\n');
  expect((await runBin(['new', 'Dark mode', '--owner=Ada'], { cwd: root })).code).toBe(0);
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(root, INDEX_BACKUP), '# Specifications\n');
  writeFileSync(path.join(root, MANIFEST_BACKUP), '{ "name": "demo" }\n');
  const commands = [
    ['list'],
    ['lint'],
    ['status', 'dark-mode', 'review'],
    ['index', '--check'],
    ['renumber', 'dark-mode', '--dry-run'],
    ['config'],
    ['init'],
    ['eject', 'spec'],
    ['new', 'Light mode', '--owner=Ada'],
  ];
  for (const args of commands) {
    const run = await runBin(args, { cwd: root });
    expect({ args, stderr: run.stderr }).toEqual({
      args,
      stderr: expect.stringContaining(warning(MANIFEST_BACKUP, 'package.json')),
    });
    expect({ args, stderr: run.stderr }).toEqual({ args, stderr: expect.stringContaining(warning(INDEX_BACKUP, 'docs/specs/README.md')) });
  }
  rmSync(path.join(root, INDEX_BACKUP));
  rmSync(path.join(root, MANIFEST_BACKUP));
  for (const args of [['list'], ['new', 'Third', '--owner=Ada']]) {
    expect({ args, stderr: (await runBin(args, { cwd: root })).stderr }).toEqual({ args, stderr: expect.not.stringContaining('.bak') });
  }
}, 60000);
