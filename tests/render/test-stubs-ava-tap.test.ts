/**
 * The ava and tap stubs: flat todos whose titles name their group, unique
 * even when the answers repeat themselves (ava fails a run on a duplicate
 * title), each form run by the real runner: exit 0, every todo reported.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Answers } from '../../src/answers/answers.js';
import { buildModel, type ModuleSystem, type TestStubStyle } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { FULL_ANSWERS, MINIMAL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo } from '../helpers/toolchains.js';
import { defaultLayout } from '../helpers/layout.js';

afterAll(removeTempDirs);

const TODAY = '2026-11-26';

/** Two identical stories and two identical tasks in one phase: ava must still see unique titles. */
const REPEATED: Answers = {
  ...MINIMAL_ANSWERS,
  name: 'Say "hi" \\ ${x} */ `t`',
  requirements: ['Same words', 'Same words'],
  stories: ['As a user, I want it twice', 'As a user, I want it twice'],
  phases: [{ name: 'Build', tasks: ['Same task', 'Same task'] }, { name: 'Build', tasks: ['Same task'] }],
};

/** Each with the todos its stub must report: one per requirement, story and task, else one. */
const CASES: readonly { readonly answers: Answers; readonly todos: number }[] = [
  { answers: FULL_ANSWERS, todos: 3 + 1 + 4 },
  { answers: MINIMAL_ANSWERS, todos: 1 },
  { answers: REPEATED, todos: 2 + 2 + 3 },
];
const TODOS = CASES.reduce((sum, c) => sum + c.todos, 0);

const style = (framework: 'ava' | 'tap', language: 'ts' | 'js', module: ModuleSystem): TestStubStyle => ({ framework, language, module, jestGlobals: false });

function stubOf(answers: Answers, testStub: TestStubStyle): string {
  const model = buildModel(answers, { today: TODAY, number: '0001', layout: defaultLayout({ testStub }) });
  const stub = renderFiles(model).find((file) => file.path === model.paths.test);
  if (!stub) throw new Error(`no test stub among the rendered files of ${model.id}`);
  return stub.contents;
}

const todoLines = (contents: string) => contents.split('\n').filter((line) => /^(test|t)\.todo\(/.test(line));

describe('the ava and tap stubs, as text', () => {
  test.each([
    [style('ava', 'js', 'esm'), 'import test from "ava";'],
    [style('ava', 'js', 'cjs'), 'const test = require("ava");'],
    [style('tap', 'js', 'esm'), 'import t from "tap";'],
    [style('tap', 'js', 'cjs'), 'const t = require("tap");'],
    [style('tap', 'ts', 'cjs'), 'import t from "tap";'],
  ])('%o starts with %s', (testStub, first) => {
    expect(stubOf(FULL_ANSWERS, testStub).split('\n')[0]).toBe(first);
  });

  test.each([style('ava', 'js', 'esm'), style('tap', 'ts', 'esm')])('%o: one todo per item, titled "<feature> › <group> › <item>", all different', (testStub) => {
    const lines = todoLines(stubOf(REPEATED, testStub));
    const callee = testStub.framework === 'ava' ? 'test.todo' : 't.todo';
    const title = (text: string) => `${callee}(${JSON.stringify(`${REPEATED.name} › ${text}`)});`;
    expect(lines).toEqual([
      title('functional requirements › FR-1: Same words'),
      title('functional requirements › FR-2: Same words'),
      title('user stories › story 1: As a user, I want it twice'),
      title('user stories › story 2: As a user, I want it twice'),
      title('Phase 1: Build › task 1: Same task'),
      title('Phase 1: Build › task 2: Same task'),
      title('Phase 2: Build › task 1: Same task'),
    ]);
  });
});

/* Every form, run by the real runner. */

const run = (args: readonly string[], cwd: string) =>
  new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const { JEST_WORKER_ID: _worker, NODE_OPTIONS: _options, ...inherited } = process.env;
    execFile(process.execPath, args, { cwd, env: { ...inherited, NO_COLOR: '1', CI: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, output: `${stdout}\n${stderr}` });
    });
  });

interface Report {
  readonly code: number | null;
  readonly failures: number;
  readonly todos: number;
  /** The output when the run failed, so a failure explains itself. */
  readonly log: string;
}

/** ava's TAP reporter: a todo is `not ok N - title # TODO` (and does not fail the run); a failure is a `not ok` without it. */
async function avaRun(root: string): Promise<Report> {
  const ran = await run([path.join(root, 'node_modules/ava/entrypoints/cli.mjs'), '--tap'], root);
  const lines = ran.output.split('\n');
  return {
    code: ran.code,
    failures: lines.filter((l) => /^not ok \d+/.test(l) && !/ # TODO$/.test(l)).length,
    todos: lines.filter((l) => /^not ok \d+ - .* # TODO$/.test(l)).length,
    log: ran.code === 0 ? '' : ran.output.slice(-4000),
  };
}

/** tap's own runner with its default test patterns (no file arguments), TAP reporter; the stubs cover no code. */
async function tapRun(root: string): Promise<Report> {
  const ran = await run([path.join(root, 'node_modules/tap/dist/esm/run.mjs'), '--reporter=tap', '--disable-coverage'], root);
  const summary = /^# \{ total: (\d+), pass: (\d+)(?:, fail: (\d+))?, todo: (\d+) \}$/m.exec(ran.output);
  const todoLines = ran.output.split('\n').filter((l) => /^\s+ok \d+ - .* # TODO$/.test(l)).length;
  expect(Number(summary?.[4])).toBe(todoLines);
  return { code: ran.code, failures: Number(summary?.[3] ?? 0), todos: todoLines, log: ran.code === 0 ? '' : ran.output.slice(-4000) };
}

interface Group {
  readonly title: string;
  readonly module: ModuleSystem;
  readonly stubs: Readonly<Record<string, TestStubStyle>>;
  readonly run: (root: string) => Promise<Report>;
}

const GROUPS: readonly Group[] = (['esm', 'cjs'] as const).flatMap((module): Group[] => [
  { title: `ava, JavaScript, ${module}`, module, stubs: { js: style('ava', 'js', module) }, run: avaRun },
  { title: `tap, JavaScript and TypeScript, ${module}`, module, stubs: { js: style('tap', 'js', module), ts: style('tap', 'ts', module) }, run: tapRun },
]);

describe('every ava and tap stub runs green in the real runner, with every todo reported', () => {
  let roots: string[] = [];

  beforeAll(() => {
    roots = GROUPS.map((group) => {
      const files: Record<string, string> = { 'package.json': `${JSON.stringify({ name: 'fixture', private: true, type: group.module === 'esm' ? 'module' : 'commonjs' })}\n` };
      for (const [folder, testStub] of Object.entries(group.stubs)) {
        for (const [i, { answers }] of CASES.entries()) files[`test/${folder}/case-${i}.test.${testStub.language}`] = stubOf(answers, testStub);
      }
      return fixtureRepo(files);
    });
  });

  test.each(GROUPS.map((group, i) => [group.title, i] as const))('%s', async (_, i) => {
    const group = GROUPS[i]!;
    const report = await group.run(roots[i]!);
    expect(report).toEqual({ code: 0, failures: 0, todos: Object.keys(group.stubs).length * TODOS, log: '' });
  });
});
