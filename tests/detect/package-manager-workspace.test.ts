/**
 * The package manager of a workspace package: its own packageManager field,
 * then the root's, then its own lock file, then the root's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { detectPackageManager } from '../../src/detect/package-manager.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function repo(files: Record<string, string>): { root: string; packageDir: string } {
  const root = tempDir();
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  const packageDir = path.join(root, 'packages/web');
  mkdirSync(packageDir, { recursive: true });
  return { root, packageDir };
}

const detect = (dirs: { root: string; packageDir: string }, manifest?: Record<string, unknown>, rootManifest?: Record<string, unknown>) =>
  detectPackageManager(new ProjectFiles(), dirs, { manifest, rootManifest });

describe('a workspace package', () => {
  test("takes the root's packageManager field when it has none", () => {
    expect(detect(repo({ 'package-lock.json': '{}' }), {}, { packageManager: 'pnpm@9.15.9' })).toBe('pnpm');
  });

  test("its own field wins over the root's", () => {
    expect(detect(repo({}), { packageManager: 'bun@1.2.23' }, { packageManager: 'pnpm@9.15.9' })).toBe('bun');
  });

  test("its own lock file wins over the root's", () => {
    expect(detect(repo({ 'pnpm-lock.yaml': '', 'packages/web/bun.lock': '{}' }))).toBe('bun');
  });

  test('npm-shrinkwrap.json is npm', () => {
    expect(detect(repo({ 'yarn.lock': '# yarn lockfile v1\n', 'packages/web/npm-shrinkwrap.json': '{}' }))).toBe('npm');
  });
});
