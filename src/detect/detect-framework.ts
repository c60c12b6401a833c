import path from 'node:path';
import type { TestFramework } from '../config/config-keys.js';
import type { PackageInfo } from './find-package.js';
import type { ProjectFiles } from './project-files.js';
import { testCommand, type TestCommand } from './test-script.js';
import { isObject } from '../base/is-object.js';
import { frameworkFromImports } from './test-imports.js';

export interface Detected<T> {
  readonly value: T;
  /** What showed it, for `specwright config`: "vitest in the test script of packages/a/package.json". */
  readonly evidence: string;
  /** The framework was read from what the existing tests import: the test script runs it some way of its own. */
  readonly byTestImports?: true;
}


const CONFIG_FILES: readonly [TestFramework, readonly string[]][] = [
  ['vitest', ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.js', 'vitest.config.mjs', 'vitest.config.cjs', 'vitest.workspace.ts', 'vitest.workspace.js']],
  ['jest', ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json']],
  ['mocha', ['.mocharc.json', '.mocharc.jsonc', '.mocharc.yml', '.mocharc.yaml', '.mocharc.js', '.mocharc.cjs']],
];

const PACKAGES: readonly [TestFramework, readonly string[]][] = [
  ['vitest', ['vitest']],
  ['jest', ['jest', 'ts-jest', '@jest/globals']],
  ['mocha', ['mocha']],
];

export function dependencyNames(manifest: Record<string, unknown> | undefined): Set<string> {
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = manifest?.[field];
    if (isObject(deps)) for (const name of Object.keys(deps)) names.add(name);
  }
  return names;
}

/** The command the package's test script runs the tests with (through `npm run …`), if it runs a framework. */
export function commandOf(manifest: Record<string, unknown> | undefined): TestCommand | undefined {
  const scripts = manifest?.scripts;
  return isObject(scripts) ? testCommand(scripts) : undefined;
}

/** The root's package.json, named so in evidence: a plain "package.json" reads as the package's own when the run is in one. */
export const ROOT_MANIFEST = "the repository root's package.json";

const said = (command: TestCommand): string =>
  command.runner === 'tsx' ? 'tsx --test' : command.runner === 'node' ? 'node --test' : command.framework === 'node' ? `${command.runner} (node --test)` : command.runner;

/**
 * The package's test framework, from the strongest evidence to the weakest:
 * the package's test script, the framework its existing tests import (where
 * the script runs a wrapper or a script of its own), its framework config file, its "jest" or
 * "mocha" key, its dependencies; only then the root's test script and
 * dependencies (workspace packages often share the root's tools).
 * Undefined when nothing says.
 */
export function detectFramework(files: ProjectFiles, pkg: PackageInfo, shown: (dir: string) => string): Detected<TestFramework> | undefined {
  const manifestName = `${shown(pkg.dir)}package.json`;
  const fromScript = (manifest: Record<string, unknown> | undefined, name: string): Detected<TestFramework> | undefined => {
    const command = commandOf(manifest);
    return command && { value: command.framework, evidence: `the test script of ${name} runs ${said(command)}` };
  };
  const fromDependencies = (manifest: Record<string, unknown> | undefined, name: string): Detected<TestFramework> | undefined => {
    const deps = dependencyNames(manifest);
    for (const [framework, packages] of PACKAGES) {
      const dep = packages.find((p) => deps.has(p));
      if (dep) return { value: framework, evidence: `${dep} in the dependencies of ${name}` };
    }
    return undefined;
  };
  const own = fromScript(pkg.manifest, manifestName) ?? frameworkFromImports(files, pkg, shown);
  if (own) return own;
  for (const [framework, names] of CONFIG_FILES) {
    const found = names.find((name) => files.exists(path.join(pkg.dir, name)));
    if (found) return { value: framework, evidence: `${shown(pkg.dir)}${found}` };
  }
  if (isObject(pkg.manifest?.jest)) return { value: 'jest', evidence: `the "jest" key of ${manifestName}` };
  if (isObject(pkg.manifest?.mocha)) return { value: 'mocha', evidence: `the "mocha" key of ${manifestName}` };
  const ownDeps = fromDependencies(pkg.manifest, manifestName);
  if (ownDeps || !pkg.nested) return ownDeps;
  return fromScript(pkg.rootManifest, ROOT_MANIFEST) ?? fromDependencies(pkg.rootManifest, ROOT_MANIFEST);
}
