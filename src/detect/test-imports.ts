import path from 'node:path';
import type { TestFramework } from '../config/config-keys.js';
import { TESTS_FOLDER_CANDIDATES } from '../base/test-folders.js';
import { readRegularSync } from '../base/read-regular-file.js';
import type { PackageInfo } from './find-package.js';
import type { ProjectFiles } from './project-files.js';

/**
 * The framework the existing tests import: strong evidence where the test
 * script runs something the detector does not know (a wrapper over
 * `node --test`, a script of the project's own) or there is none. A bounded
 * sample: a few files, the head of each, read safely, never run.
 */

/** The module each framework's tests import it from. */
const MODULES: readonly (readonly [TestFramework, string])[] = [
  ['node', 'node:test'],
  ['vitest', 'vitest'],
  ['jest', '@jest/globals'],
  ['ava', 'ava'],
  ['tap', 'tap'],
  ['mocha', 'mocha'],
];

/** `import … from "x"`, `import "x"`, `import("x")`, `require("x")`; the module's name is group 2. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])(node:test|vitest|@jest\/globals|ava|tap|mocha)\1/g;

/** How many files are read at most, how large a file may be, and how much of it holds its imports. */
const SAMPLE_FILES = 10;
const MAX_FILE_BYTES = 32 * 1024;
const HEAD_BYTES = 4 * 1024;
/** How many folder entries the walk looks at, at most. */
const WALK_BUDGET = 400;

const CODE = /\.[cm]?[jt]sx?$/;
const TEST_NAME = /\.(test|spec)\.[cm]?[jt]sx?$/;
/** Folders beside the tests that hold no tests: fixtures, helpers, mocks, snapshots. */
const NOT_TESTS = /^_*(fixtures?|helpers?|mocks?|snapshots?|support|utils?)_*$/i;

/** The test files of the package to sample, in a stable order: its test folders' code files, then `.test`/`.spec` files in src/ and lib/. */
function candidates(files: ProjectFiles, pkg: PackageInfo): { file: string; folder: string }[] {
  const found: { file: string; folder: string }[] = [];
  const budget = { left: WALK_BUDGET };
  const walk = (dir: string, folder: string, names: RegExp, depth: number): void => {
    for (const name of [...files.list(dir)].sort()) {
      if (budget.left-- <= 0 || found.length >= SAMPLE_FILES * 4) return;
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (names.test(name)) found.push({ file: full, folder });
      else if (depth > 0 && !/\.\w+$/.test(name) && !NOT_TESTS.test(name)) walk(full, folder, names, depth - 1);
    }
  };
  for (const folder of TESTS_FOLDER_CANDIDATES) walk(path.join(pkg.dir, folder), folder, CODE, 3);
  for (const folder of ['src', 'lib']) walk(path.join(pkg.dir, folder), folder, TEST_NAME, 3);
  return found;
}

/** The frameworks a file's head imports. */
function importsOf(file: string): Set<string> | undefined {
  const read = readRegularSync(file, MAX_FILE_BYTES);
  if (!('bytes' in read)) return undefined; // a link, a FIFO, a file too large to be a sample: not read
  const head = read.bytes.subarray(0, HEAD_BYTES).toString('utf8');
  return new Set([...head.matchAll(IMPORT)].map((m) => m[2]!));
}

/**
 * The framework most of the sampled test files import, with what showed it
 * (`9 of 9 test files in test/ import node:test`); undefined when none of
 * them imports one, or two frameworks are imported equally often.
 */
export function frameworkFromImports(files: ProjectFiles, pkg: PackageInfo, shown: (dir: string) => string): { readonly value: TestFramework; readonly evidence: string; readonly byTestImports: true } | undefined {
  const all = candidates(files, pkg);
  const read: { folder: string; imports: Set<string> }[] = [];
  for (const { file, folder } of all) {
    if (read.length >= SAMPLE_FILES) break;
    const imports = importsOf(file);
    if (imports) read.push({ folder, imports });
  }
  const counts = MODULES.map(([framework, module]) => ({ framework, module, count: read.filter((r) => r.imports.has(module)).length })).sort((a, b) => b.count - a.count);
  const [best, next] = counts;
  if (!best || best.count === 0 || best.count === next?.count) return undefined;
  const prefix = shown(pkg.dir);
  const folders = [...new Set(read.map((r) => `${prefix}${r.folder}/`))].join(' and ');
  const sampled = all.length > read.length ? 'test files read' : 'test files';
  return { value: best.framework, evidence: `${best.count} of ${read.length} ${sampled} in ${folders} import ${best.module}`, byTestImports: true };
}
