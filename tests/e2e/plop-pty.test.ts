import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { killPtys, spawnPty, type PtySession } from '../helpers/pty.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterEach(killPtys);
afterAll(removeTempDirs);

/** This repository: where `npm run new-spec` lives. Nothing may be written into it. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const WRAPPER = path.join(PROJECT, 'scripts/run-plop.mjs');
/**
 * `npm run new-spec` is `node --import tsx scripts/run-plop.mjs`. `--import tsx`
 * resolves from the cwd, and the cwd here is a temp repository without
 * node_modules: import this project's tsx by its absolute URL instead.
 */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function repo(): string {
  const root = tempDir({ git: true, prefix: 'specwright-plop-' });
  execFileSync('git', ['config', 'user.name', 'Ada Lovelace'], { cwd: root });
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n');
  // A TypeScript + vitest repository: the stub is a .ts vitest stub.
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module", "scripts": { "test": "vitest run" }, "devDependencies": { "vitest": "4.1.12" } }\n');
  return root;
}

/** The wrapper, started in `root` and told (plop's --dest) to write there rather than beside plopfile.ts. */
function newSpec(root: string): PtySession {
  return spawnPty(process.execPath, ['--import', TSX, WRAPPER, '--dest', root], { cwd: root });
}

async function answer(session: PtySession, question: RegExp, keys: string): Promise<void> {
  await session.waitFor(question);
  session.type(keys);
}

const FILES = ['docs/features/night-shift.md', 'docs/specs/0001-night-shift.md', 'tests/night-shift.test.ts'];
const files = (root: string): string[] => Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/') && p !== 'tsconfig.json' && p !== 'package.json');

describe('npm run new-spec (plop) in a terminal', () => {
  test('the plop generator runs the interview and writes the three files into --dest', async () => {
    const root = repo();
    const run = newSpec(root);
    // The first start compiles plopfile.ts and the sources through tsx: allow for a slow machine.
    await run.waitFor(/Feature name:/, 30000);
    run.type('Night shift\r');
    await answer(run, /Owner: \(Ada Lovelace\)/, '\r');
    await answer(run, /Purpose, in one line/, 'Dim the screen for people working at night\r');
    await answer(run, /Functional requirement FR-1/, 'Lowers the brightness after 22:00\r');
    await answer(run, /Functional requirement FR-2/, '\r');
    await answer(run, /User story 1/, '\r');
    await answer(run, /Phase 1 name/, 'Build\r');
    await answer(run, /Task 1 of "Build"/, 'Brightness schedule\r');
    await answer(run, /Task 2 of "Build"/, '\r');
    await answer(run, /Phase 2 name/, '\r');
    await answer(run, /Milestone 1 name/, 'Beta\r');
    await answer(run, /Date of "Beta"/, '+2w\r');
    await answer(run, /Milestone 2 name/, '\r');
    await run.waitFor(/Write these files\? \(Y\/n\)/);
    expect(run.output()).toContain(`specwright will write into ${root}:`);
    run.type('\r');

    // plop reports our action by its type, then the bin's summary.
    await run.waitFor(/specwright-write\s+Wrote spec 0001-night-shift for "Night shift":/);
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
    expect(files(root)).toEqual(FILES);

    const spec = readFileSync(path.join(root, 'docs/specs/0001-night-shift.md'), 'utf8');
    expect(spec).toContain('# Feature Specification: Night shift\n');
    expect(spec).toContain('Dim the screen for people working at night');
    expect(spec).toContain('1. **FR-1**: Lowers the brightness after 22:00\n');
    expect(spec).toContain('### Phase 1: Build\n\n- [ ] Brightness schedule\n');
    expect(spec).toMatch(/### Milestones\n\n1\. \*\*Beta\*\* - \d{4}-\d{2}-\d{2}\n/);
    expect(spec).toMatch(/Owner: Ada Lovelace\n$/);
    expect(readFileSync(path.join(root, 'tests/night-shift.test.ts'), 'utf8')).toContain('test.todo("FR-1: Lowers the brightness after 22:00");');
    expect(readFileSync(path.join(root, 'docs/features/night-shift.md'), 'utf8')).toContain('[0001-night-shift](../specs/0001-night-shift.md)');
    // --dest was honoured: nothing landed beside plopfile.ts.
    for (const file of FILES) expect(existsSync(path.join(PROJECT, file))).toBe(false);
  });

  test('run from inside a workspace package, the stub goes where that package\'s tests run, as with the bin', async () => {
    const root = repo();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ private: true, workspaces: ['packages/*'] }));
    mkdirSync(path.join(root, 'packages/web/test'), { recursive: true });
    writeFileSync(path.join(root, 'packages/web/package.json'), JSON.stringify({ name: 'web', type: 'module', scripts: { test: 'vitest run' } }));
    writeFileSync(path.join(root, 'packages/web/test/a.test.js'), '');
    // The user stands in the package (npm sets INIT_CWD to it); plop's destination is the root.
    const cwd = path.join(root, 'packages/web');
    const run = spawnPty(process.execPath, ['--import', TSX, WRAPPER, '--dest', root], { cwd, env: { INIT_CWD: cwd, PWD: cwd } });
    await run.waitFor(/Feature name:/, 30000);
    run.type('Night shift\r');
    await answer(run, /Owner:/, '\r');
    await answer(run, /Purpose, in one line/, '\r');
    await answer(run, /Functional requirement FR-1/, '\r');
    await answer(run, /User story 1/, '\r');
    await answer(run, /Phase 1 name/, '\r');
    await answer(run, /Milestone 1 name/, '\r');
    await answer(run, /Write these files\? \(Y\/n\)/, '\r');
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
    expect(existsSync(path.join(root, 'packages/web/test/night-shift.test.js'))).toBe(true);
    expect(existsSync(path.join(root, 'docs/specs/0001-night-shift.md'))).toBe(true);
  });

  test('Ctrl-C in the plop interview exits 130 and writes nothing', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = newSpec(root);
    await run.waitFor(/Feature name:/, 30000);
    run.type('Night shift\r');
    await answer(run, /Owner:/, '\r');
    await answer(run, /Purpose, in one line/, '\x03');

    expect(await run.exit()).toEqual({ exitCode: 130, signal: undefined });
    expect(run.output()).toContain('Interrupted: nothing was written.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a backup the writer left is named before the interview, as every command of the bin names it', async () => {
    const root = repo();
    const backup = 'docs/specs/.README.md.specwright-4000000-0a1b2c3d.bak';
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, backup), '# Specifications\n');
    const run = newSpec(root);
    await run.waitFor(/Feature name:/, 30000);
    expect(run.output().replace(/\s+/g, ' ')).toContain(`warning: ${backup} is a backup specwright left of docs/specs/README.md`);
    run.type('\x03');
    expect((await run.exit()).exitCode).toBe(130);
  });

  test('answering "n" at the confirmation exits 1 and writes nothing', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = newSpec(root);
    await run.waitFor(/Feature name:/, 30000);
    run.type('Night shift\r');
    for (const question of [/Owner:/, /Purpose/, /Functional requirement FR-1/, /User story 1/, /Phase 1 name/, /Milestone 1 name/]) {
      await answer(run, question, '\r');
    }
    await answer(run, /Write these files\?/, 'n\r');

    expect(await run.exit()).toEqual({ exitCode: 1, signal: undefined });
    expect(run.output()).toContain('specwright: nothing was written: the files were not confirmed.');
    expect(treeSnapshot(root)).toEqual(before);
  });
});

/** Runs the wrapper without a terminal: a plopfile that fails to load must fail before any prompt. */
function runWrapper(args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, WRAPPER, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('scripts/run-plop.mjs with a broken plopfile', () => {
  test.each([
    ['throws while it is imported', 'plopfile.mjs', "throw new Error('broken plopfile: import');\n"],
    ['throws while it registers generators', 'plopfile.mjs', "export default function () { throw new Error('broken plopfile: setup'); }\n"],
    ['does not compile', 'plopfile.ts', 'export default function (plop: unknown) { const x: number = ; }\n'],
  ])('a plopfile that %s makes the command exit 1 (plop alone exits 0)', async (_what, file, source) => {
    const dir = tempDir({ git: true, prefix: 'specwright-plopfile-' });
    writeFileSync(path.join(dir, file), source);
    const before = treeSnapshot(dir);
    const result = await runWrapper(['--plopfile', path.join(dir, file)], dir);
    expect(result.output).toContain('Something went wrong with reading your plop file');
    expect(result.code).toBe(1);
    expect(treeSnapshot(dir)).toEqual(before);
  });
});

describe("a team's own plopfile with plop.load('specwright')", () => {
  test('takes the spec generator next to its own and runs it with plain plop', async () => {
    const root = repo();
    // As after `npm install -D specwright plop`: the package resolves through its `main` (dist/).
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(PROJECT, path.join(root, 'node_modules/specwright'));
    writeFileSync(path.join(root, 'package.json'), '{ "type": "module", "scripts": { "test": "vitest run" }, "devDependencies": { "vitest": "4.1.12" } }\n');
    writeFileSync(
      path.join(root, 'plopfile.js'),
      "export default async function (plop) {\n  await plop.load('specwright');\n  plop.setGenerator('component', { description: 'theirs', prompts: [], actions: [] });\n}\n",
    );
    const plopBin = path.join(PROJECT, 'node_modules/plop/bin/plop.js');
    const run = spawnPty(process.execPath, [plopBin, '--plopfile', path.join(root, 'plopfile.js'), 'spec'], { cwd: root });
    await run.waitFor(/Feature name:/, 30000);
    run.type('Team feature\r');
    for (const question of [/Owner:/, /Purpose/, /Functional requirement FR-1/, /User story 1/, /Phase 1 name/, /Milestone 1 name/]) {
      await answer(run, question, '\r');
    }
    await answer(run, /Write these files\?/, '\r');
    await run.waitFor(/Wrote spec 0001-team-feature/);
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
    expect(files(root).filter((p) => !['package.json', 'plopfile.js'].includes(p) && !p.startsWith('node_modules'))).toEqual([
      'docs/features/team-feature.md',
      'docs/specs/0001-team-feature.md',
      'tests/team-feature.test.ts',
    ]);
  });
});
