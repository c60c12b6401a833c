import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Answers } from '../../src/answers/answers.js';
import { validatePartial } from '../../src/answers/validate-answers.js';
import { buildModel, type ModuleSystem, TEST_FRAMEWORKS, type TestFramework, type TestStubStyle } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { FULL_ANSWERS, MINIMAL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo, TOOLCHAIN_MODULES } from '../helpers/toolchains.js';
import { defaultLayout } from '../helpers/layout.js';

afterAll(removeTempDirs);

const TODAY = '2026-11-26';

/** Answers the validators accept, written to break a string literal, a template literal or a comment. */
const HOSTILE = validatePartial(
  {
    name: 'Say "hi" \\ ${x} */ `t`',
    owner: 'Mallory',
    purpose: '',
    requirements: ['Ends a comment */ and opens one /*', '"); process.exit(1); ("', "'); process.exit(1); ('", '${process.exit(1)} `${x}`', 'Back\\slash \\n \\u0041 \\'],
    stories: ['As a user, I want </script> and 100% %s in names'],
    phases: [{ name: 'Phase "one" \\ */', tasks: ['Task with `backticks` and ${x}', 'Task # TODO: not a directive'] }, { name: 'Later', tasks: [] }],
    milestones: [],
  },
  TODAY,
  (field) => field,
) as Answers;

/** Each with the number of todos its stub must report: one per requirement, story and task, else one. */
const CASES: readonly { readonly answers: Answers; readonly todos: number }[] = [
  { answers: FULL_ANSWERS, todos: 3 + 1 + 4 },
  { answers: MINIMAL_ANSWERS, todos: 1 },
  { answers: HOSTILE, todos: 5 + 1 + 2 },
  { answers: { ...MINIMAL_ANSWERS, name: 'Only empty phases', phases: [{ name: 'Someday', tasks: [] }] }, todos: 1 },
];
const TODOS_PER_STYLE = CASES.reduce((sum, c) => sum + c.todos, 0);

function stubFor(answers: Answers, testStub: TestStubStyle) {
  const model = buildModel(answers, { today: TODAY, number: '0001', layout: defaultLayout({ testStub }) });
  const stub = renderFiles(model).find((file) => file.path === model.paths.test);
  if (!stub) throw new Error(`no test stub among the rendered files of ${model.id}`);
  return { model, stub };
}

const style = (framework: TestFramework, language: 'ts' | 'js', module: ModuleSystem = 'esm', jestGlobals = false): TestStubStyle => ({
  framework,
  language,
  module,
  jestGlobals,
});

const label = ({ framework, language, module, jestGlobals }: TestStubStyle) =>
  `${framework} ${language}${language === 'js' ? ` ${module}` : ''}${jestGlobals ? ' @jest/globals' : ''}`;

/** The first line of code, after the header comment. */
const firstCode = (contents: string) => contents.split('\n').find((line) => line !== '' && !line.startsWith('//'));

const FIRST_LINES: readonly (readonly [TestStubStyle, string])[] = [
  [style('jest', 'js'), 'describe("Dark mode", () => {'],
  [style('jest', 'js', 'esm', true), 'import { describe, test } from "@jest/globals";'],
  [style('jest', 'js', 'cjs', true), 'const { describe, test } = require("@jest/globals");'],
  [style('jest', 'ts', 'cjs', true), 'import { describe, test } from "@jest/globals";'],
  [style('jest', 'ts'), 'describe("Dark mode", () => {'],
  [style('vitest', 'js'), 'import { describe, test } from "vitest";'],
  [style('vitest', 'js', 'cjs'), 'import { describe, test } from "vitest";'],
  [style('vitest', 'ts', 'cjs'), 'import { describe, test } from "vitest";'],
  [style('node', 'js'), 'import { describe, test } from "node:test";'],
  [style('node', 'js', 'cjs'), 'const { describe, test } = require("node:test");'],
  [style('node', 'ts', 'cjs'), 'import { describe, test } from "node:test";'],
  [style('mocha', 'js'), 'import { describe, it } from "mocha";'],
  [style('mocha', 'js', 'cjs'), 'const { describe, it } = require("mocha");'],
  [style('mocha', 'ts'), 'import { describe, it } from "mocha";'],
];

describe('the test stub of each framework, as text', () => {
  test.each(FIRST_LINES.map(([testStub, line]) => [label(testStub), line, testStub] as const))('%s starts with: %s', (_, line, testStub) => {
    expect(firstCode(stubFor(FULL_ANSWERS, testStub).stub.contents)).toBe(line);
  });

  // ava and tap stubs are flat, without describe: tests/render/test-stubs-ava-tap.test.ts.
  test.each(TEST_FRAMEWORKS.filter((framework) => framework !== 'ava' && framework !== 'tap').flatMap((framework) => [style(framework, 'ts'), style(framework, 'js', 'cjs')]).map((s) => [label(s), s] as const))(
    '%s: named tests/<slug>.test.<language>, the header names the spec, user text only as JSON string literals',
    (_, testStub) => {
      const { model, stub } = stubFor(HOSTILE, testStub);
      expect(stub.path).toBe(`tests/${model.slug}.test.${testStub.language}`);
      expect(stub.contents).toContain(`// Specification: ${model.paths.spec} (${model.id}); docs: ${model.paths.docs}.\n`);
      expect(stub.contents).toContain(`describe(${JSON.stringify(HOSTILE.name)}, () => {`);
      const todo = testStub.framework === 'mocha' ? 'it' : 'test.todo';
      for (const [i, text] of HOSTILE.requirements.entries()) expect(stub.contents).toContain(`    ${todo}(${JSON.stringify(`FR-${i + 1}: ${text}`)});\n`);
      expect(stub.contents).toContain(`describe(${JSON.stringify(`Phase 1: ${HOSTILE.phases[0]!.name}`)}, () => {`);
      expect(stub.contents).not.toContain('Phase 2');
    },
  );

  test('mocha stubs import describe and it from mocha (no global a linter must declare), pending it() without a function', () => {
    const { stub } = stubFor(MINIMAL_ANSWERS, style('mocha', 'ts'));
    expect(stub.contents).not.toMatch(/test\.todo/);
    expect(stub.contents).toContain('  it("meets its specification");\n');
  });
});

/* Every form, run by the real framework. */

const run = (args: readonly string[], cwd: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const { JEST_WORKER_ID: _worker, NODE_OPTIONS: _options, ...inherited } = process.env;
    execFile(process.execPath, args, { cwd, env: { ...inherited, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });

type Ran = Awaited<ReturnType<typeof run>>;

/** What a framework reported. `files` lists the test files it ran (repository-relative), where its reporter names them. */
interface Report {
  readonly code: number | null;
  /** The end of stderr (and stdout) when the run failed, so a failure explains itself. */
  readonly log: string;
  readonly files?: readonly string[];
  readonly failures: number;
  readonly passes: number;
  readonly todos: number;
}

interface Group {
  readonly title: string;
  /** The fixture's package.json "type". */
  readonly module: ModuleSystem;
  /** Stub styles, each written into its own folder under tests/. */
  readonly stubs: Readonly<Record<string, TestStubStyle>>;
  /** Configuration files the framework needs for this language (tsconfig files, jest.config.json …). */
  readonly config: Readonly<Record<string, string>>;
  /** tsconfig files (all `strict`) that tsc checks, and for node and mocha compiles, before the run. */
  readonly typecheck: readonly string[];
  /** TypeScript stubs run as tsc's output in out/ (node and mocha), not as .ts files (jest, vitest). */
  readonly compiled: boolean;
  readonly run: (root: string) => Promise<Report>;
}

const bin = (root: string, file: string) => path.join(root, 'node_modules', file);
const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');
const VM_MODULES = { NODE_OPTIONS: '--experimental-vm-modules' };
const logOf = (ran: Ran) => (ran.code === 0 ? '' : `${ran.stderr}\n${ran.stdout}`.slice(-4000));

function tsconfig(types: readonly string[], include: readonly string[], emit = false): string {
  const output = emit ? { rootDir: 'tests', outDir: 'out' } : { noEmit: true };
  const compilerOptions = { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', isolatedModules: true, skipLibCheck: true, types, ...output };
  return `${JSON.stringify({ compilerOptions, include }, null, 2)}\n`;
}

/** jest's --json report; vitest's json reporter writes the same fields. */
function jestStyleReport(root: string, ran: Ran, file: string): Report {
  const report = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as {
    numFailedTests: number; numFailedTestSuites: number; numPassedTests: number; numPendingTests: number; numTodoTests: number; testResults: { name: string }[];
  };
  return {
    code: ran.code,
    log: logOf(ran),
    files: report.testResults.map((r) => rel(root, r.name)).sort(),
    failures: report.numFailedTests + report.numFailedTestSuites,
    passes: report.numPassedTests + report.numPendingTests,
    todos: report.numTodoTests,
  };
}

function jestRun(env: Record<string, string>) {
  return async (root: string): Promise<Report> =>
    jestStyleReport(root, await run([bin(root, 'jest/bin/jest.js'), '--ci', '--json', '--outputFile=jest-report.json'], root, env), 'jest-report.json');
}

async function vitestRun(root: string): Promise<Report> {
  // --no-cache: nothing written into the shared toolchain folder.
  const ran = await run([bin(root, 'vitest/vitest.mjs'), 'run', '--no-cache', '--reporter=json', '--outputFile=vitest-report.json'], root);
  return jestStyleReport(root, ran, 'vitest-report.json');
}

/** `node --test` with no file arguments: its own default patterns must find the stubs. Node 20's TAP does not name files. */
async function nodeRun(root: string): Promise<Report> {
  const ran = await run(['--test', '--test-reporter=tap'], root);
  const { stdout } = ran;
  const summary = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(stdout)?.[1] ?? NaN);
  const todoLines = stdout.split('\n').filter((line) => /^\s*ok \d+ - .* # TODO$/.test(line)).length;
  expect(summary('todo')).toBe(todoLines);
  return { code: ran.code, log: logOf(ran), failures: summary('fail') + summary('cancelled'), passes: summary('pass') + summary('skipped'), todos: todoLines };
}

async function mochaRun(root: string): Promise<Report> {
  const ran = await run([bin(root, 'mocha/bin/mocha.js'), '--reporter', 'json'], root);
  const report = JSON.parse(ran.stdout) as { stats: { failures: number; passes: number; pending: number }; pending: { file: string }[] };
  return {
    code: ran.code,
    log: logOf(ran),
    files: [...new Set(report.pending.map((p) => rel(root, p.file)))].sort(),
    failures: report.stats.failures,
    passes: report.stats.passes,
    todos: report.stats.pending,
  };
}

const GROUPS: readonly Group[] = [
  ...(['esm', 'cjs'] as const).map((module): Group => ({
    title: `jest, JavaScript, ${module}`,
    module,
    stubs: { globals: style('jest', 'js', module, false), imports: style('jest', 'js', module, true) },
    config: {},
    typecheck: [],
    compiled: false,
    // An ESM project runs jest with VM modules; a CommonJS one needs nothing.
    run: jestRun(module === 'esm' ? VM_MODULES : {}),
  })),
  ...(['esm', 'cjs'] as const).map((module): Group => ({
    title: `jest, TypeScript through ts-jest, ${module}`,
    module,
    stubs: { globals: style('jest', 'ts', module, false), imports: style('jest', 'ts', module, true) },
    config: {
      'jest.config.json': JSON.stringify({ preset: module === 'esm' ? 'ts-jest/presets/default-esm' : 'ts-jest' }),
      'tsconfig.json': tsconfig(['jest', 'node'], ['tests']),
      // Stubs on jest's globals need @types/jest; stubs importing @jest/globals must not.
      'tsconfig.globals.json': tsconfig(['jest', 'node'], ['tests/globals']),
      'tsconfig.imports.json': tsconfig(['node'], ['tests/imports']),
    },
    typecheck: ['tsconfig.globals.json', 'tsconfig.imports.json'],
    compiled: false,
    run: jestRun(module === 'esm' ? VM_MODULES : {}),
  })),
  ...(['esm', 'cjs'] as const).map((module): Group => ({
    title: `vitest, JavaScript and TypeScript, ${module}`,
    module,
    stubs: { js: style('vitest', 'js', module), ts: style('vitest', 'ts', module) },
    config: { 'tsconfig.json': tsconfig(['node'], ['tests']) },
    typecheck: ['tsconfig.json'],
    compiled: false,
    run: vitestRun,
  })),
  ...(['esm', 'cjs'] as const).map((module): Group => ({
    title: `node --test, JavaScript and TypeScript compiled by tsc, ${module}`,
    module,
    stubs: { js: style('node', 'js', module), ts: style('node', 'ts', module) },
    config: { 'tsconfig.json': tsconfig(['node'], ['tests/**/*.ts'], true) },
    typecheck: ['tsconfig.json'],
    compiled: true,
    run: nodeRun,
  })),
  ...(['esm', 'cjs'] as const).map((module): Group => ({
    title: `mocha, JavaScript and TypeScript compiled by tsc, ${module}`,
    module,
    stubs: { js: style('mocha', 'js', module), ts: style('mocha', 'ts', module) },
    config: {
      // mocha's default spec is ./test/*.{js,cjs,mjs}: a project keeping tests elsewhere says so in .mocharc.
      '.mocharc.json': JSON.stringify({ spec: ['tests/**/*.test.js', 'out/**/*.test.js'] }),
      'tsconfig.json': tsconfig(['mocha', 'node'], ['tests/**/*.ts'], true),
    },
    typecheck: ['tsconfig.json'],
    compiled: true,
    run: mochaRun,
  })),
];

interface Fixture {
  readonly group: Group;
  readonly root: string;
  /** Repository-relative: the files the framework must run (for node and mocha, tsc's output of TypeScript stubs). */
  readonly runs: readonly string[];
}

function fixtureFor(group: Group): Fixture {
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'fixture', private: true, type: group.module === 'esm' ? 'module' : 'commonjs' })}\n`,
    ...group.config,
  };
  const runs: string[] = [];
  for (const [folder, testStub] of Object.entries(group.stubs)) {
    for (const { answers } of CASES) {
      const { stub } = stubFor(answers, testStub);
      const file = `tests/${folder}/${path.posix.basename(stub.path)}`;
      files[file] = stub.contents;
      runs.push(group.compiled && testStub.language === 'ts' ? file.replace(/^tests\//, 'out/').replace(/\.ts$/, '.js') : file);
    }
  }
  return { group, root: fixtureRepo(files), runs: runs.sort() };
}

describe('every stub runs green in its real framework, with every todo reported', () => {
  let fixtures: Fixture[] = [];
  let typecheck: { code: number | null; output: string } = { code: null, output: 'not run' };

  // One `tsc -b` over every fixture's projects: one compiler start instead of a dozen.
  // It also compiles the node and mocha TypeScript stubs into out/ for their runs.
  beforeAll(async () => {
    fixtures = GROUPS.map(fixtureFor);
    const projects = fixtures.flatMap(({ group, root }) => group.typecheck.map((project) => path.join(root, project)));
    const tsc = await run([path.join(TOOLCHAIN_MODULES, 'typescript/bin/tsc'), '-b', '--pretty', 'false', ...projects], path.dirname(fixtures[0]!.root));
    typecheck = { code: tsc.code, output: tsc.stdout + tsc.stderr };
  });

  test('tsc --strict type-checks every TypeScript stub with its framework\'s types', () => {
    expect(typecheck).toEqual({ code: 0, output: '' });
  });

  test.each(GROUPS.map((group, i) => [group.title, i] as const))('%s', async (_, i) => {
    const { group, root, runs } = fixtures[i]!;
    const report = await group.run(root);
    const expected = { code: 0, log: '', failures: 0, passes: 0, todos: Object.keys(group.stubs).length * TODOS_PER_STYLE };
    expect(report).toEqual(report.files ? { ...expected, files: runs } : expected);
  });
});
