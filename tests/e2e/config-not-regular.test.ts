/**
 * A specwright.config.json that is there but is not a regular file (a link,
 * a FIFO) is refused with exit 2 naming it, through the built bin. Taken as
 * absent, as it once was, every setting silently fell back to its default:
 * specs went to docs/specs while the team's config said elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const CONFIG = 'specwright.config.json';

describe('a specwright.config.json that is not a regular file is refused', () => {
  test('a link to a valid config: config and new exit 2 naming it, and nothing is written', async () => {
    const root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' } } });
    const elsewhere = path.join(tempDir(), CONFIG);
    writeFileSync(elsewhere, JSON.stringify({ specsDir: 'rfcs' }));
    symlinkSync(elsewhere, path.join(root, CONFIG));
    const config = await runBin(['config'], { cwd: root });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(`${CONFIG} is a symbolic link: not read`);
    expect(config.stderr).toContain(`Replace ${CONFIG} with a regular file`);
    const made = await runBin(['new', '--name', 'Dark mode', '--owner', 'Ada', '--yes'], { cwd: root });
    expect(made.code).toBe(2);
    expect(made.stderr).toContain(`${CONFIG} is a symbolic link`);
    expect(existsSync(path.join(root, 'docs'))).toBe(false);
    expect(existsSync(path.join(root, 'rfcs'))).toBe(false);
  });

  test('a FIFO: list exits 2 at once, naming it, instead of using the defaults', async () => {
    const root = projectWith({ 'package.json': { name: 'app' } });
    execFileSync('mkfifo', [path.join(root, CONFIG)]);
    const list = await runBin(['list'], { cwd: root, timeoutMs: 10_000 });
    expect({ signal: list.signal, code: list.code }).toEqual({ signal: null, code: 2 });
    expect(list.stderr).toContain(`${CONFIG} is not a regular file (a folder, FIFO, socket or device)`);
  });

  test('a link in a workspace package names the package\'s file', async () => {
    const root = projectWith({ 'package.json': { private: true, workspaces: ['packages/*'] }, 'packages/a/package.json': { name: 'a' } });
    const elsewhere = path.join(tempDir(), CONFIG);
    writeFileSync(elsewhere, '{}');
    symlinkSync(elsewhere, path.join(root, 'packages/a', CONFIG));
    const config = await runBin(['config'], { cwd: path.join(root, 'packages/a') });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(`packages/a/${CONFIG} is a symbolic link`);
  });
});
