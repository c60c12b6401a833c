/**
 * `renumber` from the root of a real npm-workspaces monorepo: `new` ran
 * inside packages/web put the spec at the root and the test stub in that
 * package's tests folder; packages/api keeps its tests where its own
 * configuration says (`"specwright": { "testsDir": "checks" }`). Renumbered
 * from the root, every file citing the spec is rewritten, in both packages,
 * and lint then finds no citation of the old id.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { driver } from '../helpers/slow-commit-driver.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const STUB = 'packages/web/tests/dark-mode.test.js';
const CHECK = 'packages/api/checks/theme.test.js';
let root = '';
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

beforeAll(async () => {
  root = projectWith({
    'package.json': { name: 'mono', private: true, workspaces: ['packages/*'] },
    'packages/web/package.json': { name: 'web', scripts: { test: 'jest' }, devDependencies: { jest: '^30.0.0' } },
    'packages/web/tests/app.test.js': 'test("app", () => {});\n',
    'packages/api/package.json': { name: 'api', scripts: { test: 'jest' }, devDependencies: { jest: '^30.0.0' }, specwright: { testsDir: 'checks' } },
    // Not a workspace package (no package.json): not searched, as no configuration puts tests there.
    'packages/notes/README.md': '# notes\n',
  });
  // npm itself sees both packages as workspaces (read from package.json, no install needed).
  const names = execFileSync('npm', ['pkg', 'get', 'name', '--workspaces'], { cwd: root, encoding: 'utf8' });
  expect(JSON.parse(names)).toEqual({ api: 'api', web: 'web' });
  const made = await runBin(['new', 'Dark mode', '--owner', 'Ada Lovelace', '--requirement', 'Switches', '--yes'], { cwd: path.join(root, 'packages/web') });
  expect(made.code).toBe(0);
  mkdirSync(path.join(root, 'packages/api/checks'));
  writeFileSync(path.join(root, CHECK), 'test.todo("0001 FR-1: the API serves the theme (0001-dark-mode)");\n');
});

describe('renumber in a workspaces monorepo, run from the root', () => {
  test('new (in packages/web) put the spec at the root and the stub in the package', () => {
    expect(read('docs/specs/0001-dark-mode.md')).toContain('Dark mode');
    expect(read(STUB)).toContain('0001-dark-mode');
  });

  test("killed (SIGKILL) once the package's stub is replaced: the next run from the root puts every file back", async () => {
    const copy = tempDir({ git: true });
    cpSync(root, copy, { recursive: true });
    const before = treeSnapshot(copy);
    const killed = driver({ root: copy, renumber: '0001-dark-mode', to: '5', hold: { after: `renamed ${STUB}`, until: 'sigkill' } });
    const { signal } = await killed.exit;
    expect(signal).toBe('SIGKILL');
    expect(readFileSync(path.join(copy, STUB), 'utf8')).toContain('0005-dark-mode');
    // Any run that writes undoes it first; this one is then refused (--to 0), so only the undo shows.
    const next = await runBin(['renumber', '1', '--to', '0'], { cwd: copy });
    expect(next.code).toBe(2);
    expect(next.stderr).toMatch(/^Rolled back a run that was killed mid-write \(pid \d+\): /);
    expect(treeSnapshot(copy)).toEqual(before);
  });

  test("rewrites the package's test stub and the other package's citing test; lint finds no stale citation", async () => {
    const run = await runBin(['renumber', '1', '--to', '5', '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { files } = JSON.parse(run.stdout) as { files: { path: string; change: string }[] };
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['docs/specs/0005-dark-mode.md', STUB, CHECK]));
    expect(read(STUB)).toContain('0005-dark-mode');
    expect(read(STUB)).not.toContain('0001-dark-mode');
    expect(read(CHECK)).toBe('test.todo("0005 FR-1: the API serves the theme (0005-dark-mode)");\n');

    const lint = await runBin(['lint', '--json'], { cwd: root });
    const { findings } = JSON.parse(lint.stdout) as { findings: { file: string; rule: string }[] };
    expect(findings.filter((f) => f.file.startsWith('packages/'))).toEqual([]);
  });
});
