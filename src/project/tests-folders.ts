import path from 'node:path';
import { findPackage } from '../detect/find-package.js';
import { ProjectFiles } from '../detect/project-files.js';
import { workspacePackages } from '../detect/workspace-packages.js';
import { SpecwrightError } from '../base/errors.js';
import { resolveConfig } from './resolve-config.js';

/**
 * Every folder the configuration puts tests in: the run's own tests folder,
 * and each workspace package's, resolved as a run started in that package
 * would resolve it (its config, its framework, its detected folder). A spec
 * lives at the root while its test stub lives in the package `new` ran in,
 * so a command that follows citations from the root (renumber) looks in all
 * of them. Relative to the root, forward slashes, each once, the run's first.
 */
export function testsFolders(root: string, cwd: string, own: string): string[] {
  const files = new ProjectFiles();
  const { rootManifest } = findPackage(files, root, cwd);
  const folders = new Set([own]);
  for (const dir of workspacePackages(files, root, rootManifest)) {
    try {
      folders.add(resolveConfig(root, path.join(root, dir)).layout.testsDir);
    } catch (error) {
      // A package whose folder or config specwright could not use holds no stub of ours.
      if (!(error instanceof SpecwrightError)) throw error;
    }
  }
  return [...folders];
}
