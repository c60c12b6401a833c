import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-repo.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
let copy: string | undefined;

/**
 * The built bin, in a copy of the package that any user can read: what a
 * test runs as a second user (setpriv) when this checkout lies in a folder
 * only its owner may enter (a clone in a 0700 `mktemp -d`, as CI may make).
 * The copy holds what the package ships (its `files`) and its runtime
 * dependencies, as an install would; made once per test file. Remove it with
 * removeTempDirs.
 */
export function binForAnotherUser(): string {
  if (copy === undefined) {
    const dir = tempDir({ prefix: 'specwright-package-' });
    chmodSync(dir, 0o755);
    const manifest = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { files: string[] };
    for (const entry of ['package.json', ...manifest.files]) cpSync(path.join(PROJECT, entry), path.join(dir, entry), { recursive: true });
    // Every package the runtime needs, as npm resolved them here: no dev dependency.
    const runtime = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: PROJECT, encoding: 'utf8' }).split('\n');
    for (const folder of runtime.filter((line) => line.startsWith(path.join(PROJECT, 'node_modules')))) {
      cpSync(folder, path.join(dir, path.relative(PROJECT, folder)), { recursive: true });
    }
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    copy = dir;
  }
  return path.join(copy, 'dist/bin.cjs');
}
