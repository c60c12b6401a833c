import path from 'node:path';
import { checkFolder } from '../base/folder-rule.js';
import { UsageError } from '../base/errors.js';
import type { ProjectFiles } from './project-files.js';
import { isObject } from '../base/is-object.js';

export interface PackageInfo {
  /** The folder of the nearest package.json from where the run started, up to the root; the root without one. */
  readonly dir: string;
  /** Its package.json, parsed (undefined when there is none). */
  readonly manifest: Record<string, unknown> | undefined;
  /** The root's package.json, which may declare the test tools of every workspace package. */
  readonly rootManifest: Record<string, unknown> | undefined;
  /** The run started inside a package below the root: a workspace package or a nested project. */
  readonly nested: boolean;
}


function manifestIn(files: ProjectFiles, dir: string, root: string): Record<string, unknown> | undefined {
  const shown = path.relative(root, path.join(dir, 'package.json')) || 'package.json';
  const value = files.json(path.join(dir, 'package.json'), shown);
  return isObject(value) ? value : undefined;
}

/**
 * The package the run is in: the nearest package.json from `cwd` up to
 * `root`, never one inside node_modules (an installed package is not the
 * user's). A package whose folder is not plain names (`packages/my app`)
 * cannot hold the files specwright writes: exit 2, saying what to do.
 */
export function findPackage(files: ProjectFiles, root: string, cwd: string): PackageInfo {
  const rootManifest = manifestIn(files, root, root);
  const inside = path.relative(root, cwd);
  if (inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)) {
    // Start above the outermost node_modules on the way.
    const parts = inside.split(path.sep);
    const installed = parts.indexOf('node_modules');
    const start = installed === -1 ? cwd : path.join(root, ...parts.slice(0, installed));
    for (let dir = start; dir !== root && dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
      const manifest = manifestIn(files, dir, root);
      if (manifest) {
        const folder = path.relative(root, dir).split(path.sep).join('/');
        const checked = checkFolder(folder);
        if ('problem' in checked) {
          throw new UsageError(
            `the package folder "${folder}" ${checked.problem}: specwright writes the test stub into it and names it in the spec`,
            `Rename the folder (letters, digits and . _ - @ + only), or run from the repository root with --tests-dir naming a plain folder.`,
          );
        }
        return { dir, manifest, rootManifest, nested: true };
      }
    }
  }
  return { dir: root, manifest: rootManifest, rootManifest, nested: false };
}
