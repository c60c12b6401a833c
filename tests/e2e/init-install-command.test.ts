/**
 * The install and run commands `specwright init` prints work as printed, in
 * the real package managers: npm, pnpm 9 and 10, yarn 1, yarn 4 (corepack, which
 * ships with Node 20, fetches them from the npm registry) and bun (from npm),
 * each at a single package's root, at a workspace root and in a workspace
 * package. A local tarball of a stand-in package named specwright (a bin
 * that echoes its arguments) takes the registry package's place: the test
 * replaces `specwright` with `specwright@file:/abs/specwright-0.0.1.tgz` in
 * the printed command, and nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { npmEnv } from '../helpers/npm-env.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const PNPM_9 = 'pnpm@9.15.9';
const PNPM = 'pnpm@10.20.0';
const YARN_CLASSIC = 'yarn@1.22.22';
const YARN_BERRY = 'yarn@4.9.2';
const BUN = 'bun@1.2.23';

let tarball = '';
let env: NodeJS.ProcessEnv = {};
let bunBin = '';

beforeAll(() => {
  const work = tempDir({ prefix: 'specwright-pm-' });
  env = {
    ...npmEnv(path.join(work, 'npm-cache')),
    // corepack fetches the managers from the npm registry (yarn 2+ from its npm package too, not repo.yarnpkg.com);
    // the registry mirror here serves no signatures, so corepack's key check is off.
    COREPACK_NPM_REGISTRY: execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim().replace(/\/$/, ''),
    COREPACK_INTEGRITY_KEYS: '0',
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    COREPACK_ENABLE_STRICT: '0',
    YARN_CACHE_FOLDER: path.join(work, 'yarn-cache'),
    YARN_ENABLE_TELEMETRY: '0',
    YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
    YARN_ENABLE_GLOBAL_CACHE: 'false',
    BUN_INSTALL_CACHE_DIR: path.join(work, 'bun-cache'),
    CI: '',
  };
  const standIn = path.join(work, 'stand-in');
  mkdirSync(path.join(standIn, 'bin'), { recursive: true });
  writeFileSync(path.join(standIn, 'package.json'), JSON.stringify({ name: 'specwright', version: '0.0.1', bin: { specwright: 'bin/specwright.js' } }));
  writeFileSync(path.join(standIn, 'bin/specwright.js'), '#!/usr/bin/env node\nconsole.log(`stand-in specwright ${process.argv.slice(2).join(" ")}`);\n');
  chmodSync(path.join(standIn, 'bin/specwright.js'), 0o755);
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: standIn, env });
  tarball = path.join(work, 'specwright-0.0.1.tgz');
  // bun is on npm as a package whose binary is fetched for this platform.
  execFileSync('npm', ['install', '--silent', '--prefix', path.join(work, 'bun'), BUN], { env, stdio: 'ignore' });
  bunBin = path.join(work, 'bun/node_modules/.bin/bun');
}, 180_000);

/** How each manager is started here: the first word of the printed command is replaced by this. */
const STARTS: Record<string, () => readonly string[]> = {
  npm: () => ['npm'],
  'pnpm 9': () => ['corepack', PNPM_9],
  pnpm: () => ['corepack', PNPM],
  'yarn-classic': () => ['corepack', YARN_CLASSIC],
  'yarn-berry': () => ['corepack', YARN_BERRY],
  bun: () => [bunBin],
};

/** Runs a printed command in `cwd`, with the stand-in tarball in place of the registry's specwright. */
function runPrinted(command: string, manager: string, cwd: string): { status: number | null; output: string } {
  const [, ...args] = command.split(' ').map((word) => (word === 'specwright' ? `specwright@file:${tarball}` : word));
  const [program, ...first] = STARTS[manager]!();
  const run = spawnSync(program!, [...first, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The repository files each manager is recognised by, at the root. */
const MANAGER_FILES: Record<string, Record<string, string | object>> = {
  npm: {},
  'pnpm 9': { 'package.json': { packageManager: PNPM_9 } },
  pnpm: { 'package.json': { packageManager: PNPM } },
  'yarn-classic': { 'package.json': { packageManager: YARN_CLASSIC } },
  'yarn-berry': { 'package.json': { packageManager: YARN_BERRY }, 'yarn.lock': '' },
  bun: { 'package.json': { packageManager: BUN } },
};

type Shape = 'a single package' | 'a workspace root' | 'a workspace package';

function repository(manager: string, shape: Shape): { root: string; cwd: string; edited: string } {
  const root = MANAGER_FILES[manager]!['package.json'] as Record<string, unknown> | undefined;
  const rootManifest = { name: 'repo', version: '1.0.0', private: true, ...root, ...(shape === 'a single package' ? {} : { workspaces: ['packages/*'] }) };
  const files: Record<string, string | object> = { ...MANAGER_FILES[manager], 'package.json': rootManifest };
  if (shape !== 'a single package') {
    files['packages/web/package.json'] = { name: 'web', version: '1.0.0' };
    if (manager.startsWith('pnpm')) files['pnpm-workspace.yaml'] = 'packages:\n  - "packages/*"\n';
  }
  const dir = projectWith(files);
  const inPackage = shape === 'a workspace package';
  return { root: dir, cwd: inPackage ? path.join(dir, 'packages/web') : dir, edited: inPackage ? 'packages/web/package.json' : 'package.json' };
}

const CASES = Object.keys(STARTS).flatMap((manager) => (['a single package', 'a workspace root', 'a workspace package'] as const).map((shape) => [manager, shape] as const));

describe('the commands init prints work as printed', () => {
  test.each(CASES)('%s, in %s: the install adds specwright to the package init edited, and the script then runs it', async (manager, shape) => {
    const { root, cwd, edited } = repository(manager, shape);
    const init = await runBin(['init'], { cwd });
    expect(init.code).toBe(0);
    const next = /^Next: (.+), then (.+)\.$/m.exec(init.stdout);
    expect(next).not.toBeNull();
    const [, install, run] = next!;
    // The manager's own command: `yarn` for yarn-classic and yarn-berry, `pnpm` for pnpm 9.
    expect([install!.split(' ')[0], run!.split(' ')[0]]).toEqual([manager.split(/[- ]/)[0], manager.split(/[- ]/)[0]]);

    const installed = runPrinted(install!, manager, cwd);
    expect({ install, status: installed.status, output: installed.output }).toEqual({ install, status: 0, output: expect.any(String) });
    const manifest = JSON.parse(readFileSync(path.join(root, edited), 'utf8')) as { devDependencies?: Record<string, string> };
    // npm writes the tarball's path relative to the package; the others as given.
    expect(manifest.devDependencies?.specwright).toMatch(/^file:.*\/specwright-0\.0\.1\.tgz$/);

    const ran = runPrinted(run!, manager, cwd);
    expect({ run, status: ran.status }).toEqual({ run, status: 0 });
    expect(ran.output).toContain('stand-in specwright new');
  });

  test('yarn 1 at a workspace root refuses the plain add: the -W init prints is needed', () => {
    const { cwd } = repository('yarn-classic', 'a workspace root');
    const refused = runPrinted('yarn add --dev specwright', 'yarn-classic', cwd);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('-W');
  });

  test('pnpm 9 at a workspace root refuses the plain add: the --workspace-root init prints is needed (pnpm 10 no longer asks)', () => {
    const { cwd } = repository('pnpm 9', 'a workspace root');
    const refused = runPrinted('pnpm add --save-dev specwright', 'pnpm 9', cwd);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('ADDING_TO_ROOT');
  });

  test('pnpm 10 with a pnpm-workspace.yaml that only holds settings (pnpm 9 refuses such a file): a single package, added without --workspace-root', async () => {
    const root = projectWith({ 'package.json': { name: 'repo', version: '1.0.0', packageManager: PNPM }, 'pnpm-workspace.yaml': 'onlyBuiltDependencies:\n  - esbuild\n' });
    const init = await runBin(['init'], { cwd: root });
    expect(init.stdout).toContain(`Next: pnpm add --save-dev specwright, then pnpm run new-spec.`);
    expect(runPrinted('pnpm add --save-dev specwright', 'pnpm', root).status).toBe(0);
    expect(runPrinted('pnpm run new-spec', 'pnpm', root).output).toContain('stand-in specwright new');
  });
});
