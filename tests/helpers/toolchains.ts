import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-repo.js';

/**
 * The real test frameworks a generated stub must run green in, pinned in
 * tests/fixtures/toolchains/package.json (its own lockfile, installed by .ci/run).
 */
export const TOOLCHAINS_DIR = fileURLToPath(new URL('../fixtures/toolchains/', import.meta.url));
export const TOOLCHAIN_MODULES = path.join(TOOLCHAINS_DIR, 'node_modules');
export const TOOLCHAIN_INSTALL = 'npm ci --prefix tests/fixtures/toolchains --no-audit --no-fund';

let checked = false;

/** Throws, naming the install command, unless every pinned package is installed at its pinned version. */
export function assertToolchainsInstalled(): void {
  if (checked) return;
  const pinned = (JSON.parse(readFileSync(path.join(TOOLCHAINS_DIR, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;
  const wrong = Object.entries(pinned).filter(([name, version]) => {
    const manifest = path.join(TOOLCHAIN_MODULES, name, 'package.json');
    return !existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version !== version;
  });
  if (wrong.length > 0) {
    const list = wrong.map(([name, version]) => `${name}@${version}`).join(', ');
    throw new Error(`The test-stub toolchains are not installed as pinned (${list}). Run, from the repository root: ${TOOLCHAIN_INSTALL}`);
  }
  checked = true;
}

export interface FixtureOptions {
  /**
   * A real `node_modules` folder holding one link per toolchain package (and
   * `.bin`), instead of one link to the whole folder: tools that write into
   * the nearest node_modules (vite's `.vite-temp` for an ESM config, vitest's
   * cache) then write into the fixture, never into the shared toolchains.
   */
  readonly ownModulesFolder?: boolean;
}

/**
 * A temporary project: `files` (relative paths, forward slashes) plus a
 * `node_modules` symlink to the toolchains, so each framework resolves as in
 * a real repository. Removed by removeTempDirs.
 */
export function fixtureRepo(files: Record<string, string>, options: FixtureOptions = {}): string {
  assertToolchainsInstalled();
  const root = tempDir({ prefix: 'specwright-stubs-' });
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  const modules = path.join(root, 'node_modules');
  if (options.ownModulesFolder) {
    mkdirSync(modules);
    for (const name of readdirSync(TOOLCHAIN_MODULES)) {
      if (name.startsWith('.') && name !== '.bin') continue;
      symlinkSync(path.join(TOOLCHAIN_MODULES, name), path.join(modules, name), 'dir');
    }
  } else {
    symlinkSync(TOOLCHAIN_MODULES, modules, 'dir');
  }
  return root;
}

/** A file's contents as a fixture gives them: text as it is, an object as pretty JSON. */
export type FixtureFiles = Record<string, string | object>;

const asText = (contents: string | object): string => (typeof contents === 'string' ? contents : `${JSON.stringify(contents, null, 2)}\n`);

/** A git repository with these files and the pinned toolchains in a node_modules of its own (caches land there, not in the shared folder). */
export function toolchainRepo(files: FixtureFiles): string {
  const root = fixtureRepo(Object.fromEntries(Object.entries(files).map(([file, contents]) => [file, asText(contents)])), { ownModulesFolder: true });
  execFileSync('git', ['init', '-q', root]);
  return root;
}
