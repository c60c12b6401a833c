/**
 * A spec and its docs stub without a test stub, through the built bin:
 * `new --no-test` and the config value `"testFramework": "none"`. No test
 * file is planned or written (also with --dry-run and --json), the spec names
 * no stub that does not exist, and list and lint count no test for its
 * requirements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';
import { runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const ANSWERS = ['Export to CSV', '--owner=Ada', '--requirement=Writes a header row', '--requirement=Quotes commas', '--yes'];
const VITEST_REPO = { 'package.json': { scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12' } }, 'test/a.test.js': '' };
const written = (root: string) => Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/') && !p.startsWith('.git/') && !p.startsWith('test/a.test') && p !== 'package.json' && p !== 'specwright.config.json').sort();

describe('a spec without a test stub', () => {
  test('new --no-test writes the spec and the docs stub, and the spec names no stub', async () => {
    const root = projectWith(VITEST_REPO);
    const result = await runBin(['new', ...ANSWERS, '--no-test'], { cwd: root });
    expect(result.code).toBe(0);
    expect(written(root)).toEqual(['docs/features/export-to-csv.md', 'docs/specs/0001-export-to-csv.md']);
    const spec = readFileSync(path.join(root, 'docs/specs/0001-export-to-csv.md'), 'utf8');
    expect(spec).not.toContain('test/export-to-csv');
    expect(spec).not.toContain('the test stub has');
    expect(spec).toContain('name each\nrequirement in the tests that check it, so list and lint count them:\n"0001-export-to-csv FR-1" -->');
    // The guidance keeps the spec clean for markdownlint's defaults (MD013: 80 columns) and prettier.
    expect(markdownlintFindings(spec)).toEqual([]);
    expect(await prettierFormat(spec)).toBe(spec);
    expect(result.stdout).toContain('no test stub was written');
    expect(result.stdout).not.toContain('todo tests');
  });

  test('--dry-run --json plans two files and writes nothing', async () => {
    const root = projectWith(VITEST_REPO);
    const before = treeSnapshot(root);
    const result = await runBin(['new', ...ANSWERS, '--no-test', '--dry-run', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ id: '0001-export-to-csv', slug: 'export-to-csv', root, files: ['docs/specs/0001-export-to-csv.md', 'docs/features/export-to-csv.md'], dryRun: true });
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('--dry-run shows the two files and no stub', async () => {
    const root = projectWith(VITEST_REPO);
    const result = await runBin(['new', ...ANSWERS, '--no-test', '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^=== create (\S+)/gm)).toEqual(['=== create docs/specs/0001-export-to-csv.md', '=== create docs/features/export-to-csv.md']);
  });

  test('"testFramework": "none" in the config file: no stub, and config says where that came from', async () => {
    const root = projectWith({ ...VITEST_REPO, 'specwright.config.json': { testFramework: 'none' } });
    const result = await runBin(['new', ...ANSWERS, '--json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual(['docs/specs/0001-export-to-csv.md', 'docs/features/export-to-csv.md']);
    expect(written(root)).toEqual(['docs/features/export-to-csv.md', 'docs/specs/0001-export-to-csv.md']);
    const config = JSON.parse((await runBin(['config', '--json'], { cwd: root })).stdout);
    expect(config.settings.testFramework).toEqual({ value: 'none', source: 'config', file: 'specwright.config.json' });
  });

  test('config --no-test names the flag as the source', async () => {
    const root = projectWith(VITEST_REPO);
    const config = JSON.parse((await runBin(['config', '--no-test', '--json'], { cwd: root })).stdout);
    expect(config.settings.testFramework).toEqual({ value: 'none', source: 'flag', flag: '--no-test' });
  });

  test('list and lint count no test for its requirements (a stub would count them as todos)', async () => {
    const root = projectWith(VITEST_REPO);
    expect((await runBin(['new', ...ANSWERS, '--no-test'], { cwd: root })).code).toBe(0);
    const listed = JSON.parse((await runBin(['list', '--json'], { cwd: root })).stdout);
    expect(listed[0].requirements).toEqual({ total: 2, tested: 0, todo: 0, untested: 2 });
    const lint = await runBin(['lint'], { cwd: root });
    expect(lint.stdout.match(/untested-requirement/g)).toHaveLength(2);

    const withStub = projectWith(VITEST_REPO);
    expect((await runBin(['new', ...ANSWERS], { cwd: withStub })).code).toBe(0);
    expect(JSON.parse((await runBin(['list', '--json'], { cwd: withStub })).stdout)[0].requirements).toEqual({ total: 2, tested: 0, todo: 2, untested: 0 });
  });

  test('--no-test with --test-framework: exit 2 before anything is written, naming both', async () => {
    const root = projectWith(VITEST_REPO);
    const before = treeSnapshot(root);
    const result = await runBin(['new', ...ANSWERS, '--no-test', '--test-framework=jest'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--no-test');
    expect(result.stderr).toContain('--test-framework jest');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a wrong testFramework in the config: exit 2 listing "none" among the values', async () => {
    const root = projectWith({ ...VITEST_REPO, 'specwright.config.json': { testFramework: 'off' } });
    const result = await runBin(['new', ...ANSWERS], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"none"');
  });
});
