import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-repo.js';
import type { PackageInfo } from '../../src/detect/find-package.js';

/** A repository (git) with these files; objects are written as JSON. Returns its physical root. */
export function projectWith(files: Record<string, string | object>): string {
  const root = realpathSync(tempDir({ git: true }));
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof contents === 'string' ? contents : `${JSON.stringify(contents, null, 2)}\n`);
  }
  return root;
}

/** A folder (no git) with these files; returns its path. */
export function folderWith(files: Record<string, string>): string {
  const root = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** A package folder (no git) with a package.json of `manifest` and these files, as find-package.ts reports one at a repository's root (`more` changes that). */
export function packageWith(files: Record<string, string>, manifest: Record<string, unknown> = {}, more: Partial<PackageInfo> = {}): PackageInfo {
  const root = folderWith({ 'package.json': JSON.stringify(manifest), ...files });
  return { dir: root, manifest, rootManifest: manifest, nested: false, ...more };
}
