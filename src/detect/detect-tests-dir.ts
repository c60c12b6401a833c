import path from 'node:path';
import { DEFAULT_TESTS_DIR, type Language, type TestFramework } from '../config/config-keys.js';
import { checkFolder, joinFolder } from '../base/folder-rule.js';
import { isTestFolderName, TESTS_FOLDER_CANDIDATES } from '../base/test-folders.js';
import { testRunMatcher } from '../base/test-run.js';
import { JEST_CONFIGS, MOCHA_CONFIGS, type RunReading } from './read-test-run.js';
import type { Detected } from './detect-framework.js';
import type { PackageInfo } from './find-package.js';
import type { ProjectFiles } from './project-files.js';
import type { TestCommand } from './test-script.js';
import { avaFiles, tapInclude, wrapperDefault } from './runner-defaults.js';
import { isObject } from '../base/is-object.js';

import type { TestExtension, TestSuffix } from '../config/config-keys.js';
export type { TestExtension, TestSuffix } from '../config/config-keys.js';

/** The test files already there: how many, where, and what they are written in. */
export interface ExistingTests {
  readonly count: number;
  readonly language: Language;
  /** The extension every one of them has, when they agree on one. */
  readonly extension: TestExtension | undefined;
  /** `3 test file(s) in test/`. */
  readonly evidence: string;
}

/** What the framework's config or the test script requires of a test file's name. */
export interface TestPattern {
  readonly language: Language | undefined;
  readonly extension: TestExtension | undefined;
  readonly evidence: string;
}

export interface TestsPlace {
  /** Relative to the package, forward slashes; `.` for the package itself. Undefined when nothing shows one. */
  readonly dir: Detected<string> | undefined;
  /** Undefined when neither a pattern nor existing tests show the naming. */
  readonly suffix: Detected<TestSuffix> | undefined;
  readonly pattern: TestPattern | undefined;
  /** The tests already in the folder (or those that showed it). */
  readonly existing: ExistingTests | undefined;
}

const GLOB = /[*?[\]{}!()]/;
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;
const CODE_FILE = /\.[cm]?[jt]sx?$/;

export interface PatternPlace {
  readonly dir: string | undefined;
  /** The folder is found anywhere (`**\/__tests__/**`): below jest's roots, or the package. */
  readonly anywhere: boolean;
  readonly suffix: TestSuffix | undefined;
  readonly language?: Language;
  readonly extension?: TestExtension;
}

/**
 * `./test/**\/*.spec.ts` → `test`, `.spec`, ts; `**\/__tests__/**\/*.js` → `__tests__`
 * anywhere; `test/*.test.mjs` → `test`, mjs; `**\/*.test.js` → no folder.
 */
export function placeOfPattern(pattern: string): PatternPlace {
  const clean = pattern.replace(/^<rootDir>\/?/, '').replace(/^\.\//, '');
  const parts = clean.split('/');
  // `**/name/**`: a folder of that name anywhere.
  let start = 0;
  while (parts[start] === '**') start++;
  const fixed: string[] = [];
  for (const part of parts.slice(start)) {
    if (GLOB.test(part)) break;
    fixed.push(part);
  }
  // A pattern without globs names a folder, or a file whose folder is the place.
  if (fixed.length === parts.length - start && /\.[a-z]+$/i.test(fixed[fixed.length - 1] ?? '')) fixed.pop();
  if (/(^|\/)__tests__\//.test(clean) && !fixed.includes('__tests__')) fixed.push('__tests__');
  const checked = fixed.length > 0 ? checkFolder(fixed.join('/')) : undefined;
  const dir = checked && 'folder' in checked ? checked.folder : undefined;
  const suffix = /\.spec\.|[^\w]spec\.\w/.test(clean) && !/\(spec\|test\)|\(test\|spec\)|\{spec,test\}|\{test,spec\}/.test(clean) ? '.spec' : /\.test\./.test(clean) ? '.test' : undefined;
  const ts = /\.[cm]?tsx?\b|\[jt\]sx?|[{,(|)][cm]?tsx?\b/.test(clean);
  const js = /\.[cm]?jsx?\b|\[jt\]sx?|[{,(|)][cm]?jsx?\b/.test(clean);
  const language = ts && !js ? 'ts' : js && !ts ? 'js' : undefined;
  // Only a plain last extension binds the file name: `*.test.mjs`, not `*.{js,mjs}` or `*.?(c|m)js`.
  const extension = /\.(mjs|cjs|mts|cts|js|ts)$/.exec(parts[parts.length - 1] ?? '')?.[1] as TestExtension | undefined;
  return { dir, anywhere: start > 0, suffix, ...(language ? { language } : {}), ...(extension ? { extension } : {}) };
}

/**
 * The file names a pattern's last part matches (`*.spec.ts`, `*.{test,spec}.?(c|m)js`),
 * or undefined when it is not a plain glob of names.
 */
export function namesOf(pattern: string): RegExp | undefined {
  const last = pattern.split('/').pop() ?? '';
  if (!last.includes('.')) return undefined;
  let source = '';
  for (let i = 0; i < last.length; i++) {
    const ch = last[i]!;
    const next = last[i + 1];
    if (/[?*+@!]/.test(ch) && next === '(') {
      const close = last.indexOf(')', i);
      if (close === -1) return undefined;
      const inner = last.slice(i + 2, close).split('|').map((s) => s.replace(/[.+^$]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|');
      source += ch === '?' ? `(?:${inner})?` : ch === '*' ? `(?:${inner})*` : ch === '+' ? `(?:${inner})+` : ch === '@' ? `(?:${inner})` : '[^/]*';
      i = close;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') {
      const close = last.indexOf('}', i);
      if (close === -1) return undefined;
      source += `(?:${last.slice(i + 1, close).split(',').map((s) => s.replace(/[.+^$()|]/g, '\\$&')).join('|')})`;
      i = close;
    } else if (ch === '[') {
      const close = last.indexOf(']', i);
      if (close === -1) return undefined;
      source += last.slice(i, close + 1).replace(/^\[!/, '[^');
      i = close;
    } else source += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return undefined;
  }
}

const firstString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;

/** A string-literal array or value after `key:` in a config file that is code: read, never run. */
function literalAfter(text: string, key: string): string | undefined {
  const match = new RegExp(`["']?\\b${key}["']?\\s*:\\s*\\[?\\s*(["'\`])([^"'\`\\n]+)\\1`).exec(text);
  return match?.[2];
}

/** A pattern (or folder) where tests live, with what said so. */
interface Said {
  readonly pattern: string;
  readonly evidence: string;
  /** jest's roots: a pattern found anywhere is found below them. */
  readonly roots?: string;
}


/** What the framework's own configuration says about where tests live, when it can be read without running code. */
function fromFrameworkConfig(files: ProjectFiles, pkg: PackageInfo, framework: TestFramework, shown: string, vitestPlace: Said | undefined): Said | undefined {
  const at = (name: string): string => path.join(pkg.dir, name);
  if (framework === 'jest') {
    const jest = (testMatch: string | undefined, roots: string | undefined, where: string): Said | undefined => {
      if (testMatch !== undefined) return { pattern: testMatch, evidence: `testMatch${roots !== undefined ? ' and roots' : ''} in ${where}`, ...(roots !== undefined ? { roots } : {}) };
      return roots !== undefined ? { pattern: roots, evidence: `roots in ${where}` } : undefined;
    };
    const key = pkg.manifest?.jest;
    const fromKey = isObject(key) ? jest(firstString(key.testMatch), firstString(key.roots), `${shown}package.json`) : undefined;
    if (fromKey) return fromKey;
    for (const name of JEST_CONFIGS) {
      const text = files.text(at(name));
      const said = text === undefined ? undefined : jest(literalAfter(text, 'testMatch'), literalAfter(text, 'roots'), `${shown}${name}`);
      if (said) return said;
    }
  } else if (framework === 'vitest') {
    // Read as vitest reads it: test.dir, test.include relative to it, never a nested key (read-test-run.ts).
    if (vitestPlace) return vitestPlace;
  } else if (framework === 'mocha') {
    const key = pkg.manifest?.mocha;
    const spec = isObject(key) ? firstString(key.spec) : undefined;
    if (spec !== undefined) return { pattern: spec, evidence: `spec in ${shown}package.json` };
    for (const name of MOCHA_CONFIGS) {
      const text = files.text(at(name));
      const found = text === undefined ? undefined : (literalAfter(text, 'spec') ?? /^spec:\s*\n\s*-\s*["']?([^"'\n]+)/m.exec(text)?.[1] ?? /^spec:\s*["']?([^"'\n\s]+)/m.exec(text)?.[1]);
      if (found !== undefined) return { pattern: found, evidence: `spec in ${shown}${name}` };
    }
  }
  return undefined;
}

/** The test files or folder the package's test script names after its framework's command (`node --test test/`). */
function fromScript(command: TestCommand | undefined, shown: string): Said | undefined {
  const named = command?.paths.find((p) => (p.includes('/') || TESTS_FOLDER_CANDIDATES.includes(p) || /\.[cm]?[jt]s$/.test(p)) && !p.split('/').includes('node_modules'));
  return named === undefined ? undefined : { pattern: named, evidence: `the test script of ${shown}package.json` };
}

/** Test files already in a folder, shallowly (a few levels, a bounded number of entries). */
interface Counted {
  count: number;
  specs: number;
  tests: number;
  typescript: number;
  extensions: Map<string, number>;
}

/** Whether the test command runs a file (absolute path): what detection read of the run, when it could. */
type Runs = (file: string) => boolean;

function countTests(files: ProjectFiles, dir: string, match: RegExp, depth: number, runs: Runs | undefined, budget = { left: 400 }, counted: Counted = { count: 0, specs: 0, tests: 0, typescript: 0, extensions: new Map() }): Counted {
  for (const name of files.list(dir)) {
    if (budget.left-- <= 0) break;
    if (name === 'node_modules' || name.startsWith('.')) continue;
    // Only what the runner runs is a test: fixtures and helpers beside the tests are not.
    if (match.test(name) && (runs === undefined || runs(path.join(dir, name)))) {
      counted.count++;
      if (/\.spec\./.test(name)) counted.specs++;
      if (/\.test\./.test(name)) counted.tests++;
      if (/\.[cm]?tsx?$/.test(name)) counted.typescript++;
      const ext = /\.(\w+)$/.exec(name)![1]!;
      counted.extensions.set(ext, (counted.extensions.get(ext) ?? 0) + 1);
    } else if (depth > 0 && !/\.\w+$/.test(name)) {
      countTests(files, path.join(dir, name), match, depth - 1, runs, budget, counted);
    }
  }
  return counted;
}

/** `.spec` or `.test` as most tests are named; none where every test is named without either (express: test/app.router.js). */
const suffixOf = ({ count, specs, tests }: Counted): TestSuffix | undefined => (count === 0 ? undefined : specs + tests === 0 ? '' : specs > tests ? '.spec' : '.test');

function existingOf(counted: Counted, evidence: string): ExistingTests {
  const [only] = counted.extensions.size === 1 ? [...counted.extensions.keys()] : [];
  const extension = only && /^(mjs|cjs|mts|cts|js|ts)$/.test(only) ? (only as TestExtension) : undefined;
  return { count: counted.count, language: counted.typescript * 2 > counted.count ? 'ts' : 'js', extension, evidence };
}

/** The test files in a folder of the package, when there are some. */
function testsIn(files: ProjectFiles, pkg: PackageInfo, dir: string, prefix: string, runs: Runs | undefined, names?: RegExp): { counted: Counted; existing: ExistingTests } | undefined {
  const inTestFolder = dir.split('/').some((part) => TESTS_FOLDER_CANDIDATES.includes(part));
  const counted = countTests(files, path.join(pkg.dir, dir), names ?? (inTestFolder ? CODE_FILE : TEST_FILE), 3, runs);
  if (counted.count === 0) return undefined;
  const where = dir === '.' ? prefix || 'the package root' : `${prefix}${dir}/`;
  return { counted, existing: existingOf(counted, `${counted.count} test file(s) ${inTestFolder || dir === '.' ? 'in' : 'beside the sources in'} ${where}`) };
}

/** Where existing tests are, by convention: a test folder with the most, else tests beside the sources. */
function conventionalPlace(files: ProjectFiles, pkg: PackageInfo, prefix: string, runs: Runs | undefined, names?: RegExp): { dir: string; counted: Counted; existing: ExistingTests } | undefined {
  let best: { dir: string; counted: Counted; existing: ExistingTests } | undefined;
  for (const name of TESTS_FOLDER_CANDIDATES) {
    const found = testsIn(files, pkg, name, prefix, runs, names);
    if (found && (!best || found.counted.count > best.counted.count)) best = { dir: name, ...found };
  }
  if (best) return best;
  for (const name of ['src', 'lib']) {
    const found = testsIn(files, pkg, name, prefix, runs, names);
    if (found) return { dir: name, ...found };
  }
  return undefined;
}

/**
 * Where the package's test command will find a new test file, and how it
 * must be named: the folder its framework's config or test script names,
 * else the convention its existing tests show (a test folder, or tests
 * colocated in src/), else nothing (the caller uses the default and says so).
 * `configuredDir` (a config or flag) stands for the folder; the pattern and
 * the tests already there still say how the file is named. `reading`, what
 * the test command runs (read-test-run.ts): only files it runs are counted
 * as tests, and vitest's place is where its config says.
 */
export function detectTestsPlace(files: ProjectFiles, pkg: PackageInfo, framework: TestFramework, command: TestCommand | undefined, shown: (dir: string) => string, configuredDir?: string, reading?: RunReading): TestsPlace {
  const prefix = shown(pkg.dir);
  const matcher = reading?.run && testRunMatcher(reading.run);
  const runs: Runs | undefined = matcher && ((file) => matcher(`${prefix}${path.relative(pkg.dir, file).split(path.sep).join('/')}`));
  const runnerSaid: Said | undefined = framework === 'ava' ? avaFiles(files, pkg, prefix) : framework === 'tap' ? tapInclude(files, pkg, prefix) : undefined;
  const scriptCommand = command?.framework === framework ? command : undefined;
  const said: Said | undefined = fromFrameworkConfig(files, pkg, framework, prefix, reading?.place) ?? runnerSaid ?? fromScript(scriptCommand, prefix) ?? wrapperDefault(scriptCommand);
  const place = said ? placeOfPattern(said.pattern) : undefined;
  const roots = said?.roots === undefined ? undefined : placeOfPattern(said.roots).dir;
  // jest: `roots: ["<rootDir>/src"]` with `testMatch: ["**/__tests__/**"]` → src/__tests__.
  const patternDir = place?.dir === undefined ? roots : roots !== undefined && place.anywhere ? joinFolder(roots, place.dir) : place.dir;
  const pattern: TestPattern | undefined = said && place && (place.language || place.extension) ? { language: place.language, extension: place.extension, evidence: said.evidence } : undefined;
  const patternSuffix = place?.suffix && said ? { value: place.suffix, evidence: said.evidence } : undefined;

  let dir: Detected<string> | undefined;
  let found: { counted: Counted; existing: ExistingTests } | undefined;
  if (configuredDir !== undefined) {
    found = testsIn(files, pkg, configuredDir, prefix, runs);
  } else if (patternDir !== undefined) {
    dir = { value: patternDir, evidence: said!.evidence };
    found = testsIn(files, pkg, patternDir, prefix, runs);
  } else {
    // A pattern without a fixed folder (`**/*.test.js`): the folders that already hold tests.
    const conventional = conventionalPlace(files, pkg, prefix, runs, said ? namesOf(said.pattern) : undefined);
    if (conventional) {
      dir = { value: conventional.dir, evidence: conventional.existing.evidence };
      found = conventional;
    }
  }
  // No suffix only in a test folder, where lint and renumber find any script as a test.
  const folder = configuredDir ?? dir?.value ?? '';
  const bare = found && suffixOf(found.counted);
  const countedSuffix = bare === '' && !folder.split('/').some(isTestFolderName) ? '.test' : bare;
  const suffix = patternSuffix ?? (countedSuffix !== undefined && found ? { value: countedSuffix, evidence: found.existing.evidence } : undefined);
  return { dir, suffix, pattern, existing: found?.existing };
}

/** Where tests go without any evidence: mocha runs ./test by default, the others find tests anywhere. */
export function defaultTestsDir(framework: TestFramework): string {
  return framework === 'mocha' ? 'test' : DEFAULT_TESTS_DIR;
}
