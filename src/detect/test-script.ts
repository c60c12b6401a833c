import type { TestFramework } from '../config/config-keys.js';

/** The command in a test script that runs the tests, read from the script's words, never run. */
export interface TestCommand {
  readonly framework: TestFramework;
  /**
   * The word that runs it: `tsx` runs node's test runner with TypeScript;
   * `borp` and `bnt` (better-node-test) are wrappers over `node --test`.
   */
  readonly runner: 'vitest' | 'jest' | 'mocha' | 'ava' | 'tap' | 'node' | 'tsx' | 'borp' | 'bnt';
  /** The positional words after the command (test files, folders or patterns), in order. */
  readonly paths: readonly string[];
  /** The options given to the command (and to node before it), each with its value when it takes one. */
  readonly options: readonly { readonly name: string; readonly value: string | undefined }[];
  /** The words before the command (`NODE_OPTIONS=… cross-env c8`), which may load a TypeScript loader. */
  readonly before: readonly string[];
}

/** Options whose value is the next word unless written `--opt=value`, per command. */
const NODE_VALUES = [
  '--require', '-r', '--import', '--loader', '--experimental-loader', '--conditions', '-C', '--env-file', '--input-type',
  '--test-reporter', '--test-reporter-destination', '--test-name-pattern', '--test-skip-pattern', '--test-concurrency',
  '--test-timeout', '--test-shard', '--test-coverage-include', '--test-coverage-exclude', '--watch-path', '--disable-warning',
  '--title', '--redirect-warnings', '--stack-size', '--max-old-space-size', '--diagnostic-dir', '--report-dir', '--cpu-prof-dir',
  '--heap-prof-dir', '--openssl-config', '--icu-data-dir', '--unhandled-rejections', '--tsconfig',
];
const VALUES: Readonly<Record<TestCommand['runner'], ReadonlySet<string>>> = {
  node: new Set(NODE_VALUES),
  tsx: new Set(NODE_VALUES),
  jest: new Set([
    '--config', '-c', '--rootDir', '--roots', '--setupFiles', '--setupFilesAfterEach', '--testNamePattern', '-t', '--testPathPattern',
    '--testPathIgnorePatterns', '--testMatch', '--testRegex', '--testEnvironment', '--env', '--testTimeout', '--reporters', '--maxWorkers',
    '-w', '--coverageDirectory', '--coverageReporters', '--collectCoverageFrom', '--selectProjects', '--projects', '--shard', '--outputFile',
    '--preset', '--globalSetup', '--globalTeardown', '--seed', '--testSequencer', '--testRunner', '--filter', '--moduleDirectories',
    '--modulePaths', '--changedSince', '--testLocationInResults', '--workerIdleMemoryLimit',
  ]),
  vitest: new Set([
    '--config', '-c', '--root', '-r', '--dir', '--project', '--environment', '--reporter', '--outputFile', '--testNamePattern', '-t',
    '--pool', '--shard', '--mode', '--maxWorkers', '--minWorkers', '--testTimeout', '--hookTimeout', '--exclude', '--setupFiles',
    '--workspace', '--changed', '--ui', '--inspect-brk', '--retry', '--bail', '--maxConcurrency', '--teardownTimeout', '--tags',
  ]),
  mocha: new Set([
    '--require', '-r', '--config', '--package', '--reporter', '-R', '--reporter-option', '--reporter-options', '-O', '--timeout', '-t',
    '--grep', '-g', '--fgrep', '-f', '--ui', '-u', '--file', '--extension', '--spec', '--ignore', '--exclude', '--slow', '-s',
    '--retries', '--jobs', '-j', '--node-option', '-n', '--watch-files', '--watch-ignore', '--import', '--loader',
  ]),
  ava: new Set(['--match', '-m', '--timeout', '-T', '--concurrency', '-c', '--node-arguments', '--config', '--serial-threshold']),
  tap: new Set([
    '--reporter', '-R', '--reporter-arg', '-r', '--timeout', '-t', '--grep', '-g', '--include', '--exclude', '--jobs', '-j', '--plugin', '-P',
    '--node-arg', '--before', '--after', '--coverage-map', '-M', '--output-file', '-o', '--output-dir', '-d', '--save', '-s', '--invert', '--files',
  ]),
  borp: new Set(['--concurrency', '-c', '--timeout', '-t', '--coverage-exclude', '-X', '--ignore', '-i', '--pattern', '-p', '--reporter', '-r', '--post-compile', '-P', '--lines', '--functions', '--statements', '--branches']),
  bnt: new Set(['-t']),
};

/** A word of a script, without the quotes around it or in it (`'./a b'` → `./a b`). */
function words(segment: string): string[] {
  const out: string[] = [];
  for (const match of segment.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)) out.push(match[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'));
  return out;
}

/** The commands of a script, split at `&&`, `||`, `;`, `|` and `&` (quotes kept whole). */
export function commandsOf(script: string): string[][] {
  const segments: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of script) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ';' || ch === '&' || ch === '|' || ch === '\n') {
      segments.push(current);
      current = '';
    } else current += ch;
  }
  segments.push(current);
  return segments.map((s) => words(s.replace(/[()]/g, ' '))).filter((w) => w.length > 0);
}

/** A command that runs tests itself (node's own runner, with its words before the files, is read apart). */
type NamedRunner = Exclude<TestCommand['runner'], 'node' | 'tsx'>;

/** `./node_modules/.bin/jest`, `node_modules/jest/bin/jest.js`, `jest` → `jest`. */
const RUNNER_FILE = /(?:^|\/)(vitest|jest|mocha|_mocha|ava|tap|borp|bnt)(?:\.[cm]?js)?$/;
const RUNNER_PACKAGE = /(?:^|\/)node_modules\/(vitest|jest|mocha|ava|tap|borp)\/(?:bin|entrypoints|dist\/esm)\/[\w.-]+$/;

/** The framework each runner's stub is written for: borp and bnt run `node --test`. */
const FRAMEWORK_OF: Readonly<Record<NamedRunner, TestFramework>> = { vitest: 'vitest', jest: 'jest', mocha: 'mocha', ava: 'ava', tap: 'tap', borp: 'node', bnt: 'node' };

function runnerNamed(word: string): NamedRunner | undefined {
  const name = RUNNER_PACKAGE.exec(word)?.[1] ?? RUNNER_FILE.exec(word)?.[1];
  return name === '_mocha' ? 'mocha' : (name as NamedRunner | undefined);
}

/** The options that name test files as a positional word does: mocha's --spec, tap's --include, borp's --pattern. */
const FILE_OPTIONS: Readonly<Partial<Record<NamedRunner, readonly string[]>>> = { mocha: ['--spec'], tap: ['--include'], borp: ['--pattern', '-p'] };

/** Reads options and positional words after a command; `--opt=value` is one word. */
function readArgs(args: readonly string[], runner: TestCommand['runner'], stopAtFirstPath: boolean) {
  const options: { name: string; value: string | undefined }[] = [];
  const paths: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') {
      paths.push(...args.slice(i + 1));
      i = args.length;
      break;
    }
    if (word.startsWith('-') && word !== '-') {
      const eq = word.indexOf('=');
      if (eq > 0) options.push({ name: word.slice(0, eq), value: word.slice(eq + 1) });
      else if (VALUES[runner].has(word) && i + 1 < args.length) options.push({ name: word, value: args[++i] });
      else options.push({ name: word, value: undefined });
      continue;
    }
    if (stopAtFirstPath) break;
    paths.push(word);
  }
  return { options, paths, rest: args.slice(i) };
}

/** The command in one segment that runs tests, if any. */
function commandIn(segment: readonly string[]): TestCommand | undefined {
  for (let at = 0; at < segment.length; at++) {
    const word = segment[at]!;
    const before = segment.slice(0, at);
    const named = runnerNamed(word);
    if (named) {
      const { options, paths } = readArgs(segment.slice(at + 1), named, false);
      // `vitest run test/unit`, `tap run test/`: the subcommand is not a path.
      const subcommand = named === 'vitest' ? /^(run|watch|dev)$/ : named === 'tap' ? /^(run)$/ : undefined;
      const kept = subcommand?.test(paths[0] ?? '') ? paths.slice(1) : paths;
      const fileOptions = FILE_OPTIONS[named] ?? [];
      const specs = options.filter((o) => fileOptions.includes(o.name) && o.value !== undefined).map((o) => o.value!);
      return { framework: FRAMEWORK_OF[named], runner: named, paths: [...kept, ...specs], options, before };
    }
    if (word === 'node' || word === 'tsx' || /\/(node|tsx)$/.test(word)) {
      const runner = word.endsWith('tsx') ? 'tsx' : 'node';
      const { options, paths, rest } = readArgs(segment.slice(at + 1), runner, true);
      if (options.some((o) => o.name === '--test')) {
        const more = readArgs(rest, runner, false);
        return { framework: 'node', runner, paths: [...paths, ...more.paths], options: [...options, ...more.options], before };
      }
      // `node --experimental-vm-modules node_modules/jest/bin/jest.js`: node runs the framework's bin.
      const script = rest[0];
      const inner = script === undefined ? undefined : runnerNamed(script);
      if (inner) {
        const found = commandIn(rest);
        return found && { ...found, options: [...options, ...found.options], before };
      }
      return undefined; // node runs some other script
    }
  }
  return undefined;
}

/** The first command of a test script that runs a test framework; undefined when none does. */
export function testCommandOf(script: string): TestCommand | undefined {
  for (const segment of commandsOf(script)) {
    const found = commandIn(segment);
    if (found) return found;
  }
  return undefined;
}

/** The script another script runs: `npm run test:unit`, `pnpm test:unit`, `yarn run test:unit`, `npm test`. */
export function scriptRunBy(segment: readonly string[]): string | undefined {
  const [tool, first, second] = segment;
  if (tool !== 'npm' && tool !== 'pnpm' && tool !== 'yarn' && tool !== 'bun') return undefined;
  if (segment.some((w) => /^--(workspaces?|filter|recursive)$|^-[rw]$|^--workspace=/.test(w))) return undefined;
  if (first === 'run' || first === 'run-script') return second && !second.startsWith('-') ? second : undefined;
  if (first === 'test' || first === 't') return 'test';
  if ((tool === 'pnpm' || tool === 'yarn') && first && !first.startsWith('-') && !/^(exec|dlx|install|add|i)$/.test(first)) return first;
  return undefined;
}

/**
 * The command that runs the tests, following `npm run <script>` through the
 * package's own scripts (a few steps at most, never in a circle).
 */
export function testCommand(scripts: Readonly<Record<string, unknown>> | undefined, name = 'test', seen: ReadonlySet<string> = new Set()): TestCommand | undefined {
  const script = scripts?.[name];
  if (typeof script !== 'string' || seen.has(name) || seen.size > 4) return undefined;
  for (const segment of commandsOf(script)) {
    const found = commandIn(segment);
    if (found) return found;
    const next = scriptRunBy(segment);
    // `npm test` inside "test" is the same script: the circle stops here.
    const followed = next === undefined ? undefined : testCommand(scripts, next, new Set([...seen, name]));
    if (followed) return followed;
  }
  return undefined;
}

/** A module that lets node (or mocha) load TypeScript test files. */
const TS_LOADER = /^(tsx|tsx\/(esm|cjs)|ts-node(\/[\w/-]+)?|@swc-node\/register(\/[\w/-]+)?|esbuild-register(\/[\w/-]+)?|@esbuild-kit\/(esm|cjs)-loader)$/;
const TS_LOADER_IN_TEXT = /(--import|--loader|--experimental-loader|--require|-r)[=\s]+["']?(tsx|ts-node|@swc-node\/register|esbuild-register)\b|--experimental-(strip|transform)-types/;

/** How the command can run TypeScript test files, in words for `specwright config`; undefined when it cannot. */
export function typescriptLoader(command: TestCommand): string | undefined {
  if (command.runner === 'tsx') return 'tsx --test';
  // borp compiles TypeScript with the project's tsconfig.json unless told not to; bnt loads tsx for .ts files.
  if (command.runner === 'borp' && !command.options.some((o) => o.name === '--no-typescript' || o.name === '-T')) return 'borp, which compiles TypeScript with tsconfig.json';
  if (command.runner === 'bnt') return 'bnt, which loads tsx for .ts files';
  for (const option of command.options) {
    if (option.name === '--experimental-strip-types' || option.name === '--experimental-transform-types') return option.name;
    if (/^(--import|--loader|--experimental-loader|--require|-r)$/.test(option.name) && option.value !== undefined && TS_LOADER.test(option.value)) return `${option.name} ${option.value}`;
    // mocha --node-option import=tsx
    if ((option.name === '--node-option' || option.name === '-n') && option.value !== undefined && /^(import|require|loader)=(tsx|ts-node)/.test(option.value)) return `${option.name} ${option.value}`;
  }
  const loader = TS_LOADER_IN_TEXT.exec(command.before.join(' '));
  return loader ? loader[0] : undefined;
}
