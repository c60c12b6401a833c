import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { npmEnv } from '../helpers/npm-env.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version;
const TIMEOUT = 120_000;
/** A command is killed a little before jest's timeout, so a hang fails with the command's output. */
const COMMAND_TIMEOUT = 100_000;

interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion (killed after `timeoutMs`: a hang is a failure). */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = COMMAND_TIMEOUT): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let env: NodeJS.ProcessEnv;
let tarball: string;
let packedFiles: string[];

afterAll(removeTempDirs);

beforeAll(async () => {
  const work = tempDir({ prefix: 'specwright-npx-' });
  env = npmEnv(path.join(work, 'npm-cache'));
  // Pack a copy of the sources without dist/: the prepack script must build
  // the package on its own, and rebuilding this checkout's dist/ would pull
  // it from under other test files running at the same time.
  const copy = path.join(work, 'specwright');
  const skip = new Set(['node_modules', 'dist', '.git', 'coverage', '.bench']);
  cpSync(PROJECT, copy, {
    recursive: true,
    filter: (source) => {
      const rel = path.relative(PROJECT, source);
      // Nested installs too (tests/fixtures/toolchains/node_modules): none is part of the package.
      return !skip.has(rel.split(path.sep)[0] ?? '') && !rel.split(path.sep).includes('node_modules') && !rel.endsWith('.tgz');
    },
  });
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const packDir = path.join(work, 'pack');
  mkdirSync(packDir);

  const pack = await run('npm', ['pack', '--json', '--pack-destination', packDir], copy, env);
  if (pack.code !== 0) throw new Error(`npm pack exited ${pack.code}:\n${pack.stderr}\n${pack.stdout}`);
  // The build's own messages come first on stdout; the JSON report is last.
  const json = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m))) as [{ filename: string; version: string; files: { path: string }[] }];
  tarball = path.join(packDir, json[0].filename);
  packedFiles = json[0].files.map((f) => f.path);
  expect(json[0].version).toBe(VERSION);
}, TIMEOUT);

describe('npx with the packed tarball', () => {
  test('the tarball ships the built bin and the templates, not the sources', () => {
    expect(path.basename(tarball)).toBe(`specwright-${VERSION}.tgz`);
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'dist/bin.cjs', 'templates/spec.md.hbs', 'templates/test-jest.hbs', 'templates/test-vitest.hbs', 'templates/test-node.hbs', 'templates/test-mocha.hbs', 'templates/docs.md.hbs']));
    expect(packedFiles.filter((f) => /^(src|tests|scripts|node_modules)\//.test(f))).toEqual([]);
  });

  test(
    '`npx file:<tgz> new ... --yes` in a fresh repository writes the three files',
    async () => {
      const repo = tempDir({ git: true, prefix: 'specwright-npx-repo-' });
      // No --owner: the owner comes from git config user.name.
      execFileSync('git', ['config', 'user.name', 'Ada Lovelace'], { cwd: repo });
      const result = await run(
        'npx',
        ['--yes', `file:${tarball}`, 'new', '--name', 'Dark mode', '--requirement', 'Follows the OS theme', '--yes'],
        repo,
        env,
      );
      if (result.code !== 0) throw new Error(`npx exited ${result.code}:\n${result.stderr}\n${result.stdout}`);
      expect(result.stdout).toContain('Wrote spec 0001-dark-mode for "Dark mode":');
      // Exactly the three files: npx installed the package into its cache, not into the repository.
      expect(Object.keys(treeSnapshot(repo)).filter((p) => !p.endsWith('/')).sort()).toEqual([
        'docs/features/dark-mode.md',
        'docs/specs/0001-dark-mode.md',
        'tests/dark-mode.test.js',
      ]);
      const spec = readFileSync(path.join(repo, 'docs/specs/0001-dark-mode.md'), 'utf8');
      expect(spec).toContain('# Feature Specification: Dark mode\n');
      expect(spec).toContain('1. **FR-1**: Follows the OS theme\n');
      expect(spec).toMatch(/Owner: Ada Lovelace\n$/);
      expect(readFileSync(path.join(repo, 'tests/dark-mode.test.js'), 'utf8')).toContain('test.todo("FR-1: Follows the OS theme");');
    },
    TIMEOUT,
  );

  test(
    '`npx file:<tgz> init` in a package, then the dev dependency it names: `npm run new-spec` works',
    async () => {
      const repo = tempDir({ git: true, prefix: 'specwright-npx-init-' });
      execFileSync('git', ['config', 'user.name', 'Ada Lovelace'], { cwd: repo });
      writeFileSync(path.join(repo, 'package.json'), '{\n\t"name": "app",\n\t"private": true,\n\t"scripts": {\n\t\t"test": "node --test"\n\t}\n}\n');
      const init = await run('npx', ['--yes', `file:${tarball}`, 'init'], repo, env);
      if (init.code !== 0) throw new Error(`init exited ${init.code}:\n${init.stderr}\n${init.stdout}`);
      expect(init.stdout).toContain('Next: npm install --save-dev specwright, then npm run new-spec.');
      expect(readFileSync(path.join(repo, 'package.json'), 'utf8')).toContain('\t\t"test": "node --test",\n\t\t"new-spec": "specwright new"\n');
      // The command init names, with the tarball standing in for the registry's copy.
      const install = await run('npm', ['install', '--save-dev', tarball], repo, env);
      if (install.code !== 0) throw new Error(`npm install exited ${install.code}:\n${install.stderr}`);
      const result = await run('npm', ['run', 'new-spec', '--', 'Dark mode', '--requirement', 'Follows the OS theme', '--yes'], repo, env);
      if (result.code !== 0) throw new Error(`npm run new-spec exited ${result.code}:\n${result.stderr}\n${result.stdout}`);
      expect(result.stdout).toContain('Wrote spec 0001-dark-mode for "Dark mode":');
      // The stub is a node --test stub: the repository's own test command runs it, todos reported.
      const tests = await run('npm', ['test'], repo, env);
      expect(tests.code).toBe(0);
      expect(tests.stdout).toMatch(/# todo 1\b/);
    },
    TIMEOUT,
  );

  test(
    '`npx file:<tgz> --version` prints the package version',
    async () => {
      const repo = tempDir({ git: true, prefix: 'specwright-npx-repo-' });
      const result = await run('npx', ['--yes', `file:${tarball}`, '--version'], repo, env);
      if (result.code !== 0) throw new Error(`npx exited ${result.code}:\n${result.stderr}\n${result.stdout}`);
      expect(result.stdout).toBe(`${VERSION}\n`);
    },
    TIMEOUT,
  );
});
