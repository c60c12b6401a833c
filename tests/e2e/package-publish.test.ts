/**
 * Ready to publish: the tarball `npm pack` makes of this checkout (its built
 * dist/, as `npm test` leaves it) holds what a user needs and nothing else,
 * and the two packaging linters find nothing wrong with it: publint (fields
 * that point at files, formats, exports) and arethetypeswrong (whether a
 * TypeScript importer finds the types). Both run on the packed tarball, as the
 * registry would get it, not on the working tree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { npmEnv } from '../helpers/npm-env.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(PROJECT, 'node_modules/.bin');
const MANIFEST = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string; description: string };
const TIMEOUT = 120_000;

interface Packed {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

let tarball: string;
let packed: string[];

function run(command: string, args: readonly string[]): { code: number | null; output: string } {
  const work = tempDir({ prefix: 'specwright-publish-run-' });
  const result = spawnSync(command, [...args], { cwd: work, env: npmEnv(path.join(work, 'npm-cache')), encoding: 'utf8', timeout: TIMEOUT - 10_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(removeTempDirs);

beforeAll(() => {
  if (!existsSync(path.join(PROJECT, 'dist/bin.cjs'))) throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
  const work = tempDir({ prefix: 'specwright-publish-' });
  const destination = path.join(work, 'pack');
  mkdirSync(destination);
  // --ignore-scripts: the prepack build would rebuild dist/ under the other test files running now.
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: PROJECT,
    env: npmEnv(path.join(work, 'npm-cache')),
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack exited ${pack.status}:\n${pack.stderr}`);
  const [report] = JSON.parse(pack.stdout) as [Packed];
  tarball = path.join(destination, report.filename);
  packed = report.files.map((f) => f.path).sort();
}, TIMEOUT);

describe('the packed tarball', () => {
  test('ships the built package, its templates, schema and docs, the README and the CHANGELOG, and nothing else', () => {
    expect(path.basename(tarball)).toBe(`specwright-${MANIFEST.version}.tgz`);
    expect([...new Set(packed.map((p) => p.split('/')[0]))].sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'docs', 'package.json', 'schema', 'templates']);
    // Every template and docs page of the checkout, so the README's links and `eject` work from node_modules.
    for (const folder of ['templates', 'docs']) {
      const files = readdirSync(path.join(PROJECT, folder), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      const relative = files.map((entry) => path.relative(PROJECT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      expect(packed.filter((p) => p.startsWith(`${folder}/`))).toEqual(relative.sort());
    }
    expect(packed).toEqual(expect.arrayContaining(['dist/bin.cjs', 'dist/plop/plopfile.js', 'dist/plop/plopfile.d.ts', 'schema/specwright.config.schema.json']));
    // Compiled code and its types only: no TypeScript sources, source maps or tests inside dist/.
    expect(packed.filter((p) => p.startsWith('dist/') && !/(\.d\.ts|\.js|\.cjs)$/.test(p))).toEqual([]);
    expect(packed.filter((p) => /\.test\./.test(p))).toEqual([]);
  });

  test(
    'publint finds no error and no warning (--strict)',
    () => {
      const result = run(path.join(BIN, 'publint'), ['run', tarball, '--strict', '--level', 'warning']);
      expect({ code: result.code, output: result.output }).toEqual({ code: 0, output: expect.not.stringMatching(/^(Errors|Warnings):/m) });
    },
    TIMEOUT,
  );

  test(
    'arethetypeswrong finds the types of every entry point an ES module importer uses',
    () => {
      // specwright is ESM only ("type": "module"): `require("specwright")` is not
      // supported (plop and Node import it), so the profile is esm-only, which
      // checks node16 from ESM and bundlers, not node10 or require().
      const result = run(path.join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji']);
      expect({ code: result.code, output: result.output }).toEqual({ code: 0, output: expect.stringContaining('node16 (from ESM) │ OK (ESM)') });
    },
    TIMEOUT,
  );
});

describe('the package description', () => {
  test('names the three files and no single test framework: the stub is in the repository\'s own', () => {
    expect(MANIFEST.description).toMatch(/spec.*test stub.*docs stub/);
    expect(MANIFEST.description).not.toMatch(/\b(jest|vitest|mocha)\b/i);
    // It says the stub fits what the repository uses, found by detection.
    expect(MANIFEST.description).toMatch(/test stub in the test framework[^.]*detected/);
  });
});
