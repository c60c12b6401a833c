import path from 'node:path';
import { readRegularSync } from '../base/read-regular-file.js';
import type { ProjectFiles } from './project-files.js';

/** The package managers whose commands differ: yarn 1 and yarn 2+ (berry) take different flags at a workspace root. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn-classic' | 'yarn-berry' | 'bun';

/** `"packageManager": "yarn@4.5.0+sha512…"` (corepack's field): the manager it names, or undefined. */
export function fromPackageManagerField(field: unknown): PackageManager | undefined {
  if (typeof field !== 'string') return undefined;
  const match = /^(npm|pnpm|yarn|bun)@(\d+)/.exec(field.trim());
  if (!match) return undefined;
  const [, name, major] = match;
  if (name === 'yarn') return Number(major) >= 2 ? 'yarn-berry' : 'yarn-classic';
  return name as PackageManager;
}

/**
 * A regular file is there (never through a link, never a FIFO), whatever its
 * size and encoding: a lock file may be large or binary (bun.lockb), and only
 * its presence matters. Opened through the one safe reader with a bound of 0
 * bytes, so nothing of it is read.
 */
function present(file: string): boolean {
  const read = readRegularSync(file, 0);
  return 'bytes' in read || read.code === 'TOO_LARGE';
}

/** A yarn.lock from yarn 2+ has a `__metadata:` block; yarn 1's says `# yarn lockfile v1`. Too large to read: undecided. */
function berryLock(files: ProjectFiles, dir: string): boolean {
  try {
    return files.text(path.join(dir, 'yarn.lock'))?.includes('\n__metadata:') ?? false;
  } catch {
    return false;
  }
}

/** The manager a folder's lock files show, or undefined when it holds none. */
function fromLockFiles(files: ProjectFiles, dir: string): PackageManager | undefined {
  if (present(path.join(dir, 'pnpm-lock.yaml'))) return 'pnpm';
  if (present(path.join(dir, 'bun.lock')) || present(path.join(dir, 'bun.lockb'))) return 'bun';
  if (present(path.join(dir, 'yarn.lock'))) return present(path.join(dir, '.yarnrc.yml')) || berryLock(files, dir) ? 'yarn-berry' : 'yarn-classic';
  if (present(path.join(dir, 'package-lock.json')) || present(path.join(dir, 'npm-shrinkwrap.json'))) return 'npm';
  return undefined;
}

/**
 * The repository's package manager: the `packageManager` field (the
 * package's, then the root's), else the lock file (the package's folder,
 * then the root's: in a workspace the lock is at the root), else npm.
 * Reads a few small files, never runs anything.
 */
export function detectPackageManager(
  files: ProjectFiles,
  dirs: { readonly packageDir: string; readonly root: string },
  manifests: { readonly manifest: Record<string, unknown> | undefined; readonly rootManifest: Record<string, unknown> | undefined },
): PackageManager {
  return (
    fromPackageManagerField(manifests.manifest?.packageManager) ??
    fromPackageManagerField(manifests.rootManifest?.packageManager) ??
    fromLockFiles(files, dirs.packageDir) ??
    fromLockFiles(files, dirs.root) ??
    'npm'
  );
}
