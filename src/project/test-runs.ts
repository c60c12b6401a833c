import path from 'node:path';
import { findPackage } from '../detect/find-package.js';
import { ProjectFiles } from '../detect/project-files.js';
import { workspacePackages } from '../detect/workspace-packages.js';
import { SpecwrightError } from '../base/errors.js';
import type { TestRun } from '../base/test-run.js';
import { resolveConfig, type ResolvedConfig } from './resolve-config.js';

/**
 * The test run of the package a file is in (relative to the root): the
 * innermost workspace package holding it, resolved as a run started there
 * would resolve it (only when a file there asks, once per package), else the
 * run's own package. Undefined where detection could not read the run.
 */
export function testRunsByPackage(root: string, cwd: string, own: ResolvedConfig): (file: string) => TestRun | undefined {
  const files = new ProjectFiles();
  const { rootManifest } = findPackage(files, root, cwd);
  const ownDir = own.layout.packageDir;
  // Deepest first: a file belongs to the innermost package that holds it.
  const packages = [...new Set([...workspacePackages(files, root, rootManifest), ownDir, '.'])].sort((a, b) => b.length - a.length);
  const runs = new Map<string, TestRun | undefined>([[ownDir, own.testRun]]);
  const runOf = (dir: string): TestRun | undefined => {
    if (!runs.has(dir)) {
      try {
        runs.set(dir, resolveConfig(root, path.join(root, dir)).testRun);
      } catch (error) {
        // A package whose folder or config specwright cannot use: nothing to check its tests against.
        if (!(error instanceof SpecwrightError)) throw error;
        runs.set(dir, undefined);
      }
    }
    return runs.get(dir);
  };
  return (file) => {
    const dir = packages.find((p) => p === '.' || file.startsWith(`${p}/`));
    return dir === undefined ? undefined : runOf(dir);
  };
}
