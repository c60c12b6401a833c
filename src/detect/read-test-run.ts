import path from 'node:path';
import type { TestFramework } from '../config/config-keys.js';
import { isGlob } from '../base/glob-match.js';
import { isObject } from '../base/is-object.js';
import type { TestRun, TestSelection } from '../base/test-run.js';
import { arrayItems, entriesOf, exportedObject, keyOf, objectText, objectUnder, type ObjectEntries } from './config-literals.js';
import type { PackageInfo } from './find-package.js';
import type { ProjectFiles } from './project-files.js';
import { typescriptLoader, type TestCommand } from './test-script.js';

/**
 * What the package's test command runs, read as its runner reads it (the
 * test script, the runner's config and defaults), or why no new test file
 * could be placed where it runs.
 */
export interface RunReading {
  /** Undefined when only running code could tell, or when the runner is not one specwright knows. */
  readonly run: TestRun | undefined;
  /** Why a new test file is never run wherever it goes, naming the file and key or the script. */
  readonly unplaceable: string | undefined;
  /** vitest: the folder and pattern its config names, relative to the package, for the stub's place. */
  readonly place?: { readonly pattern: string; readonly evidence: string };
}

export const VITEST_CONFIGS = ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.js', 'vitest.config.mjs', 'vitest.config.cjs', 'vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'];
const VITEST_WORKSPACES = ['vitest.workspace.ts', 'vitest.workspace.mts', 'vitest.workspace.js', 'vitest.workspace.mjs', 'vitest.workspace.json'];
/** vitest's defaults (vitest 1 to 4). */
export const VITEST_INCLUDE = '**/*.{test,spec}.?(c|m)[jt]s?(x)';
const VITEST_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
export const JEST_CONFIGS = ['jest.config.json', 'jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs'];
/** jest's default testMatch. */
const JEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];
export const MOCHA_CONFIGS = ['.mocharc.json', '.mocharc.jsonc', '.mocharc.yml', '.mocharc.yaml', '.mocharc.js', '.mocharc.cjs'];
const MOCHA_EXTENSIONS = ['js', 'cjs', 'mjs'];
/** What `node --test` runs without paths (Node 20 and later), by extension. */
const nodeDefaults = (ext: string): string[] => [`**/*.test.${ext}`, `**/*-test.${ext}`, `**/*_test.${ext}`, `**/test-*.${ext}`, `**/test.${ext}`, `**/test/**/*.${ext}`];
const NODE_EXCLUDE = ['**/node_modules/**'];
const CODE_FILE = /\.[cm]?[jt]sx?$/;

/** `folder` + `pattern`, root-relative: `.` adds nothing, `./` at the pattern's start is dropped. */
function joinGlob(folder: string, pattern: string): string {
  const clean = pattern.replace(/^(\.\/)+/, '').replace(/^\.$/, '');
  const base = folder.replace(/\/+$/, '');
  if (base === '' || base === '.') return clean === '' ? '.' : clean;
  return clean === '' ? base : `${base}/${clean}`;
}

const shortCode = (code: string): string => (code.length > 60 ? `${code.slice(0, 57)}...` : code).replace(/\s+/g, ' ');
const computed = (key: string, where: string, value: { code: string }): string =>
  `${key} in ${where} is computed by code (${shortCode(value.code)}), which specwright reads but never runs`;

const strings = (value: unknown): string[] | undefined =>
  typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

/** A key of a config read as data: its strings, `code` (only running it could say), or nothing. */
type Read = { strings: readonly string[] } | { code: string } | undefined;
/** The strings of a key read as data (undefined for code or nothing). */
const list = (read: Read): readonly string[] | undefined => (read && 'strings' in read ? read.strings : undefined);
const fromJson = (value: unknown): Read => (value === undefined ? undefined : strings(value) ? { strings: strings(value)! } : { code: JSON.stringify(value) });

/* vitest */

/** The selection of one vitest config's `test` block (or a project's), or why it cannot be read. */
function vitestSelection(entries: ObjectEntries | undefined, folder: string, where: string, topRoot: Read): { selection: TestSelection; place: { pattern: string; evidence: string } } | { problem: string } {
  const read = (key: string): Read => (entries ? keyOf(entries, key) : undefined);
  const dir = read('dir');
  const root = read('root') ?? topRoot;
  const include = read('include');
  const exclude = read('exclude');
  for (const [key, value] of [['dir', dir], ['root', root], ['include', include], ['exclude', exclude]] as const) {
    if (value && 'code' in value) return { problem: computed(`test.${key}`, where, value) };
  }
  if (entries?.spread && include === undefined) return { problem: `the test block of ${where} takes settings from code (a spread), which specwright reads but never runs` };
  // include is relative to dir, else to root; a pattern is a place.
  const base = list(dir)?.[0] ?? list(root)?.[0] ?? '.';
  const patterns = list(include) ?? [VITEST_INCLUDE];
  const excluded = list(exclude) ?? VITEST_EXCLUDE;
  const said = include ? `include in ${where}` : dir ? `dir in ${where}` : root ? `root in ${where}` : `vitest's default include (${VITEST_INCLUDE})`;
  return {
    selection: { include: patterns.map((p) => joinGlob(joinGlob(folder, base), p)), exclude: excluded.map((p) => joinGlob(joinGlob(folder, base), p)) },
    place: { pattern: joinGlob(base, patterns[0]!), evidence: said },
  };
}

/** Projects (test.projects, or a workspace file's list): plain strings (folders, globs, config files) and inline objects. */
function vitestProjects(items: readonly string[] | undefined, folder: string, where: string): { selections: TestSelection[] } | { problem: string } {
  if (items === undefined) return { problem: `the projects in ${where} are computed by code, which specwright reads but never runs` };
  const selections: TestSelection[] = [];
  for (const item of items) {
    const literal = valueOfItem(item);
    if (literal !== undefined) {
      // A config file names its project's folder; a folder (or a glob of them) is one with vitest's defaults.
      const projectFolder = /\.(?:[cm]?[jt]s|json)$/.test(literal) ? path.posix.dirname(literal) : literal;
      const base = joinGlob(folder, projectFolder);
      selections.push({ include: [joinGlob(base, VITEST_INCLUDE)], exclude: VITEST_EXCLUDE.map((p) => joinGlob(base, p)) });
      continue;
    }
    const object = objectText(item);
    if (object === undefined) return { problem: `a project in ${where} (${shortCode(item)}) is computed by code, which specwright reads but never runs` };
    const own = entriesOf(object);
    const test = own.values.get('test');
    const testText = test === undefined ? undefined : objectText(test);
    if (test !== undefined && testText === undefined) return { problem: computed('a project\'s test', where, { code: test }) };
    const read = vitestSelection(testText === undefined ? undefined : entriesOf(testText), folder, where, undefined);
    if ('problem' in read) return read;
    selections.push(read.selection);
  }
  return { selections };
}

/** A string literal item of an array, or undefined. */
function valueOfItem(item: string): string | undefined {
  const value = /^(["'`])([^"'`$]*)\1$/.exec(item.trim());
  return value?.[2];
}

/**
 * vitest's `experimental: { preParse: true }` parses test files before running them and
 * leaves out every file whose tests are all todo, as a new stub's are: vitest never runs
 * it nor reports its todos (vitest 4, tried on changesets). Undefined when it is not set.
 */
function todoFilesLeftOut(entries: ObjectEntries | undefined, where: string): string | undefined {
  const experimental = entries?.values.get('experimental');
  const options = experimental === undefined ? undefined : objectText(experimental);
  const preParse = options === undefined ? undefined : entriesOf(options).values.get('preParse');
  return preParse === 'true' ? `experimental.preParse in ${where} leaves out every test file whose tests are all todo, as a new stub's are: vitest would never run it` : undefined;
}

function vitestRun(files: ProjectFiles, pkg: PackageInfo, prefix: string, command: TestCommand | undefined): RunReading {
  const folder = joinGlob(prefix, '.');
  const cliDir = command?.options.find((o) => o.name === '--dir' && o.value !== undefined)?.value;
  const filters = command?.paths ?? [];
  const withCli = (run: TestRun): TestRun => ({
    ...run,
    selections: run.selections.map((s) => ({ ...s, ...(filters.length > 0 ? { filters: filters.map((f) => joinGlob(folder, f)) } : {}) })),
  });
  for (const name of VITEST_CONFIGS) {
    const text = files.text(path.join(pkg.dir, name));
    if (text === undefined) continue;
    const where = `${prefix}${name}`;
    const top = exportedObject(text);
    const topEntries = top === undefined ? undefined : entriesOf(top);
    const topRoot = topEntries ? keyOf(topEntries, 'root') : undefined;
    const testValue = topEntries?.values.get('test');
    const block = objectUnder(text, 'test');
    if (block === undefined && testValue !== undefined) return { run: undefined, unplaceable: computed('test', where, { code: testValue }) };
    const entries = block === undefined ? undefined : entriesOf(block);
    const preParsed = todoFilesLeftOut(entries, where);
    if (preParsed) return { run: undefined, unplaceable: preParsed };
    const projects = entries?.values.get('projects') ?? entries?.values.get('workspace');
    if (projects !== undefined) {
      const read = vitestProjects(arrayItems(projects), folder, where);
      if ('problem' in read) return { run: undefined, unplaceable: read.problem };
      return { run: withCli({ selections: read.selections, evidence: `the projects in ${where}` }), unplaceable: undefined };
    }
    const read = vitestSelection(entries, folder, where, topRoot);
    if ('problem' in read) return { run: undefined, unplaceable: read.problem };
    return { run: withCli({ selections: [read.selection], evidence: read.place.evidence }), unplaceable: undefined, place: read.place };
  }
  for (const name of VITEST_WORKSPACES) {
    const text = files.text(path.join(pkg.dir, name));
    if (text === undefined) continue;
    const where = `${prefix}${name}`;
    let items: string[] | undefined;
    if (name.endsWith('.json')) {
      const parsed = safeJson(text);
      // JSON items are JavaScript literals too: read the same way.
      items = Array.isArray(parsed) ? parsed.map((item) => JSON.stringify(item)) : undefined;
    } else {
      const list = /(?:export\s+default|defineWorkspace\s*\()\s*\[/.exec(text);
      items = list ? arrayItems(text.slice(list.index + list[0].length - 1).replace(/^(\[[\s\S]*?\])[\s\S]*$/, '$1')) : undefined;
    }
    const read = vitestProjects(items, folder, where);
    if ('problem' in read) return { run: undefined, unplaceable: read.problem };
    return { run: withCli({ selections: read.selections, evidence: `the projects in ${where}` }), unplaceable: undefined };
  }
  const base = cliDir === undefined ? folder : joinGlob(folder, cliDir);
  return {
    run: withCli({ selections: [{ include: [joinGlob(base, VITEST_INCLUDE)], exclude: VITEST_EXCLUDE.map((p) => joinGlob(base, p)) }], evidence: `vitest's default include (${VITEST_INCLUDE})` }),
    unplaceable: undefined,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/* jest */

/** The selection of one jest config (or project), its folders relative to the root. */
function jestSelection(read: (key: string) => Read, configFolder: string, where: string): { selection: TestSelection } | { problem: string } | { unknown: true } {
  const rootDir = read('rootDir');
  const roots = read('roots');
  const testMatch = read('testMatch');
  for (const [key, value] of [['rootDir', rootDir], ['roots', roots], ['testMatch', testMatch]] as const) {
    if (value && 'code' in value) return { problem: computed(key, where, value) };
  }
  // testRegex is a regular expression over absolute paths: not read here, so no verdict either way.
  if (read('testRegex') !== undefined) return { unknown: true };
  const rootFolder = joinGlob(configFolder, list(rootDir)?.[0] ?? '.');
  const at = (p: string): string => (p.startsWith('<rootDir>') ? joinGlob(rootFolder, p.slice('<rootDir>'.length).replace(/^\/+/, '')) : p.startsWith('**/') ? p : joinGlob(rootFolder, p));
  return {
    selection: {
      include: (list(testMatch) ?? JEST_MATCH).map(at),
      exclude: ['**/node_modules/**'],
      within: (list(roots) ?? ['<rootDir>']).map(at),
    },
  };
}

function jestRun(files: ProjectFiles, pkg: PackageInfo, prefix: string, command: TestCommand | undefined): RunReading {
  const folder = joinGlob(prefix, '.');
  const configFlag = command?.options.find((o) => (o.name === '--config' || o.name === '-c') && o.value !== undefined)?.value;
  let source: { read: (key: string) => Read; where: string; configFolder: string } | undefined;
  const key = pkg.manifest?.jest;
  const fromText = (text: string, where: string, configFolder: string): typeof source | { problem: string } => {
    if (where.endsWith('.json')) {
      const parsed = safeJson(text);
      return isObject(parsed) ? { read: (k) => fromJson(parsed[k]), where, configFolder } : undefined;
    }
    const object = exportedObject(text);
    if (object === undefined) {
      return /\b(testMatch|testRegex|roots|rootDir|projects)\b/.test(text) ? { problem: `the config in ${where} is computed by code, which specwright reads but never runs` } : undefined;
    }
    const entries = entriesOf(object);
    if (entries.spread && !['testMatch', 'roots', 'rootDir', 'projects', 'testRegex'].some((k) => entries.values.has(k))) return { problem: `the config in ${where} takes settings from code (a spread), which specwright reads but never runs` };
    return { read: (k) => keyOf(entries, k), where, configFolder };
  };
  if (configFlag !== undefined) {
    const file = path.join(pkg.dir, configFlag);
    const text = files.text(file);
    // A config named on the command line that cannot be read: no verdict either way.
    if (text === undefined) return { run: undefined, unplaceable: undefined };
    const found = fromText(text, `${prefix}${path.posix.normalize(configFlag)}`, joinGlob(folder, path.posix.dirname(configFlag)));
    if (found && 'problem' in found) return { run: undefined, unplaceable: found.problem };
    source = found;
  } else if (isObject(key)) {
    source = { read: (k) => fromJson(key[k]), where: `the "jest" key of ${prefix}package.json`, configFolder: folder };
  } else {
    for (const name of JEST_CONFIGS) {
      const text = files.text(path.join(pkg.dir, name));
      if (text === undefined) continue;
      const found = fromText(text, `${prefix}${name}`, folder);
      if (found && 'problem' in found) return { run: undefined, unplaceable: found.problem };
      source = found;
      break;
    }
  }
  const read = source?.read ?? (() => undefined);
  const where = source?.where ?? 'jest\'s defaults';
  const projects = read('projects');
  if (projects !== undefined) return jestProjects(source!, projects, folder);
  const one = jestSelection(read, source?.configFolder ?? folder, where);
  if ('problem' in one) return { run: undefined, unplaceable: one.problem };
  if ('unknown' in one) return { run: undefined, unplaceable: undefined };
  const evidence = read('testMatch') ? `testMatch in ${where}` : read('roots') ? `roots in ${where}` : `jest's default testMatch`;
  // `jest test/unit`: only the files whose path has one of these (jest reads them as patterns; plain paths are the common case).
  const filters = command?.paths ?? [];
  const selection = filters.length > 0 ? { ...one.selection, filters } : one.selection;
  return { run: { selections: [selection], evidence: filters.length > 0 ? `${evidence} and the test script of ${prefix}package.json` : evidence }, unplaceable: undefined };
}

/** jest projects: folders (or globs of them), each with jest's defaults, or inline objects. */
function jestProjects(source: { read: (key: string) => Read; where: string; configFolder: string }, projects: Exclude<Read, undefined>, folder: string): RunReading {
  const where = source.where;
  // Strings read straight from JSON or literals; inline objects only from JSON (code objects are read below).
  if ('strings' in projects) {
    const selections = projects.strings.map((p) => {
      const base = p.startsWith('<rootDir>') ? joinGlob(source.configFolder, p.slice('<rootDir>'.length).replace(/^\/+/, '')) : joinGlob(folder, p);
      return { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: [base] };
    });
    return { run: { selections, evidence: `the projects in ${where}` }, unplaceable: undefined };
  }
  // An array of objects: JSON text, or an array literal in code.
  const items = safeJson(projects.code);
  const list = Array.isArray(items) ? items.map((item) => JSON.stringify(item)) : arrayItems(projects.code);
  if (list === undefined) return { run: undefined, unplaceable: computed('projects', where, projects) };
  const selections: TestSelection[] = [];
  for (const item of list) {
    const literal = valueOfItem(item) ?? (typeof safeJson(item) === 'string' ? (safeJson(item) as string) : undefined);
    if (literal !== undefined) {
      const base = literal.startsWith('<rootDir>') ? joinGlob(source.configFolder, literal.slice('<rootDir>'.length).replace(/^\/+/, '')) : joinGlob(folder, literal);
      selections.push({ include: JEST_MATCH, exclude: ['**/node_modules/**'], within: [base] });
      continue;
    }
    const parsed = safeJson(item);
    const object = isObject(parsed) ? undefined : objectText(item);
    const read: (key: string) => Read = isObject(parsed) ? (k) => fromJson(parsed[k]) : object !== undefined ? (k) => keyOf(entriesOf(object), k) : () => ({ code: item });
    if (!isObject(parsed) && object === undefined) return { run: undefined, unplaceable: `a project in ${where} (${shortCode(item)}) is computed by code, which specwright reads but never runs` };
    const one = jestSelection(read, source.configFolder, where);
    if ('problem' in one) return { run: undefined, unplaceable: one.problem };
    if ('unknown' in one) return { run: undefined, unplaceable: undefined };
    selections.push(one.selection);
  }
  return { run: { selections, evidence: `the projects in ${where}` }, unplaceable: undefined };
}

/* mocha */

/** A spec entry that names one file, not a folder or a glob. */
const isFile = (entry: string): boolean => !isGlob(entry) && CODE_FILE.test(entry);

function mochaRun(files: ProjectFiles, pkg: PackageInfo, prefix: string, command: TestCommand | undefined): RunReading {
  const folder = joinGlob(prefix, '.');
  let spec: Read;
  let extension: Read;
  let recursive = false;
  let where = '';
  const key = pkg.manifest?.mocha;
  if (isObject(key)) {
    spec = fromJson(key.spec);
    extension = fromJson(key.extension);
    recursive = key.recursive === true;
    where = `the "mocha" key of ${prefix}package.json`;
  } else {
    for (const name of MOCHA_CONFIGS) {
      const text = files.text(path.join(pkg.dir, name));
      if (text === undefined) continue;
      where = `${prefix}${name}`;
      if (/\.jsonc?$/.test(name)) {
        const parsed = safeJson(text.replace(/^\s*\/\/.*$/gm, ''));
        if (isObject(parsed)) {
          spec = fromJson(parsed.spec);
          extension = fromJson(parsed.extension);
          recursive = parsed.recursive === true;
        }
      } else if (/\.ya?ml$/.test(name)) {
        const list = /^spec:\s*\n((?:\s*-\s*.+\n?)+)/m.exec(text)?.[1];
        const one = /^spec:\s*["']?([^"'\n\s]+)/m.exec(text)?.[1];
        spec = list ? { strings: [...list.matchAll(/-\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((m) => m[1]!) } : one ? { strings: [one] } : undefined;
        recursive = /^recursive:\s*true\b/m.test(text);
      } else {
        const object = exportedObject(text);
        const entries = object === undefined ? undefined : entriesOf(object);
        if (entries === undefined && /\bspec\b/.test(text)) return { run: undefined, unplaceable: `the config in ${where} is computed by code, which specwright reads but never runs` };
        spec = entries ? keyOf(entries, 'spec') : undefined;
        extension = entries ? keyOf(entries, 'extension') : undefined;
        recursive = entries !== undefined && entries.values.get('recursive') === 'true';
      }
      break;
    }
  }
  if (spec && 'code' in spec) return { run: undefined, unplaceable: computed('spec', where, spec) };
  const fromCommand = command?.paths ?? [];
  if (command?.options.some((o) => o.name === '--recursive')) recursive = true;
  const cliExtensions = command?.options.filter((o) => o.name === '--extension' && o.value !== undefined).flatMap((o) => o.value!.split(',')) ?? [];
  const extensions = [...new Set([...MOCHA_EXTENSIONS, ...(extension && 'strings' in extension ? extension.strings : []), ...cliExtensions])].map((e) => e.replace(/^\./, ''));
  const entries = [...fromCommand, ...(spec?.strings ?? [])];
  const given = entries.length > 0 ? entries : ['./test'];
  const said = fromCommand.length > 0 ? `the test script of ${prefix}package.json` : spec ? `spec in ${where}` : `mocha's default spec (./test)`;
  if (given.every(isFile)) {
    return { run: { selections: [{ include: given.map((f) => joinGlob(folder, f)), exclude: [] }], evidence: said }, unplaceable: `${said} gives mocha only these files: ${given.join(', ')}; a new test file is never run` };
  }
  const ext = extensions.length === 1 ? extensions[0]! : `{${extensions.join(',')}}`;
  const include = given.map((entry) => (isGlob(entry) || isFile(entry) ? joinGlob(folder, entry) : joinGlob(joinGlob(folder, entry), `${recursive ? '**/' : ''}*.${ext}`)));
  return { run: { selections: [{ include, exclude: [] }], evidence: said }, unplaceable: undefined };
}

/* node --test */

function nodeRun(prefix: string, command: TestCommand | undefined): RunReading {
  const folder = joinGlob(prefix, '.');
  const ext = command && typescriptLoader(command) ? '?(c|m)[jt]s' : '?(c|m)js';
  const paths = command?.paths ?? [];
  const said = paths.length > 0 ? `the test script of ${prefix}package.json` : `node --test's default files`;
  if (paths.length > 0 && paths.every(isFile)) {
    return { run: { selections: [{ include: paths.map((f) => joinGlob(folder, f)), exclude: [] }], evidence: said }, unplaceable: `${said} gives node --test only these files: ${paths.join(', ')}; a new test file is never run` };
  }
  // A folder is searched through (Node 20); a glob is one (Node 21 and later, or the shell).
  const include = paths.length > 0 ? paths.map((p) => (isGlob(p) || isFile(p) ? joinGlob(folder, p) : joinGlob(joinGlob(folder, p), `**/*.${ext}`))) : nodeDefaults(ext).map((p) => joinGlob(folder, p));
  return { run: { selections: [{ include, exclude: NODE_EXCLUDE }], evidence: said }, unplaceable: undefined };
}

/** npm's placeholder test script (`echo "Error: no test specified" && exit 1`): no runner chosen yet. */
const PLACEHOLDER = /no test specified/;

/**
 * What the package's test command runs. `command` is the command its test
 * script runs the framework with (undefined when the script runs none, or
 * there is no script). A test script of the package's own that runs no
 * runner specwright knows (`tap`, `ava`, `tsc && node dist/test.js`) is a
 * runner it cannot place a stub for, unless the existing tests import the
 * framework (`byTestImports`): the script then runs it some way of its own
 * (`node scripts/run-tests.js` starting vitest), and the framework's own
 * config and defaults say where it looks.
 */
export function readTestRun(files: ProjectFiles, pkg: PackageInfo, framework: TestFramework, command: TestCommand | undefined, prefix: string, byTestImports = false): RunReading {
  const scripts = pkg.manifest?.scripts;
  const script = isObject(scripts) && typeof scripts.test === 'string' ? scripts.test : undefined;
  if (script !== undefined && command === undefined && !byTestImports && !PLACEHOLDER.test(script)) {
    return { run: undefined, unplaceable: `the test script of ${prefix}package.json ("${shortCode(script)}") runs no test runner specwright knows (jest, vitest, mocha, node --test and its wrappers borp and bnt, ava, tap)` };
  }
  const own = command?.framework === framework ? command : undefined;
  switch (framework) {
    case 'vitest':
      return vitestRun(files, pkg, prefix, own);
    case 'jest':
      return jestRun(files, pkg, prefix, own);
    case 'mocha':
      return mochaRun(files, pkg, prefix, own);
    case 'node':
      return nodeRun(prefix, own);
    default:
      // A runner whose place another module reads: no verdict here either way.
      return { run: undefined, unplaceable: undefined };
  }
}

