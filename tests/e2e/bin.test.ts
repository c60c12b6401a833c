import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const FLAGS = [
  'new', '--name', 'Dark mode', '--owner', 'Ada Lovelace', '--purpose', 'Read at night.',
  '--requirement', 'Follows the OS theme', '--requirement', 'Remembers the choice',
  '--story', 'As a nurse, I want a dark screen so that patients sleep',
  '--phase', 'Design: tokens; audit', '--phase', 'Build: provider',
  '--milestone', 'Beta@+2w', '--milestone', 'Sign-off@2026-12-01',
];
const FILES = ['docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.js', 'docs/features/dark-mode.md'];

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('specwright new without a terminal', () => {
  test('flags alone write the three files and print a summary', async () => {
    const root = tempDir({ git: true });
    const result = await runBin(FLAGS, { cwd: root });
    expect(result.stderr).toBe(
      'warning: milestone "Sign-off" (2026-12-01) comes before "Beta" (2026-12-10); the spec lists milestones by date\n',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote spec 0001-dark-mode for "Dark mode":');
    expect(Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/')).sort()).toEqual([...FILES].sort());
    const spec = read(root, FILES[0]!);
    expect(spec).toContain('2. **FR-2**: Remembers the choice');
    expect(spec).toContain('1. **Sign-off** - 2026-12-01\n2. **Beta** - 2026-12-10');
    expect(spec).toMatch(/Owner: Ada Lovelace\n$/);
  });

  test('writes into the git root from a subfolder, numbering after existing specs', async () => {
    const root = tempDir({ git: true });
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    mkdirSync(path.join(root, 'packages/app'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0041-older.md'), '# older\n');
    const result = await runBin(['new', 'Search', '--owner', 'Ada'], { cwd: path.join(root, 'packages/app') });
    expect(result.code).toBe(0);
    expect(read(root, 'docs/specs/0042-search.md')).toContain('# Feature Specification: Search');
  });

  test('--cwd runs as if started there', async () => {
    const root = tempDir({ git: true });
    const result = await runBin(['new', 'Search', '--owner', 'Ada', '--cwd', root], { cwd: tempDir() });
    expect(result.code).toBe(0);
    expect(read(root, 'docs/features/search.md')).toContain('[0001-search](../specs/0001-search.md)');
  });

  test('--answers reads a JSON file; flags win over it', async () => {
    const root = tempDir({ git: true });
    writeFileSync(
      path.join(root, 'answers.json'),
      JSON.stringify({ name: 'From file', owner: 'File owner', requirements: ['From the file'], phases: [{ name: 'One', tasks: ['t'] }] }),
    );
    const result = await runBin(['new', '--answers', 'answers.json', '--owner', 'Flag owner'], { cwd: root });
    expect(result.code).toBe(0);
    const spec = read(root, 'docs/specs/0001-from-file.md');
    expect(spec).toContain('1. **FR-1**: From the file');
    expect(spec).toContain('### Phase 1: One');
    expect(spec).toMatch(/Owner: Flag owner\n$/);
  });

  test('--answers - reads stdin', async () => {
    const root = tempDir({ git: true });
    const result = await runBin(['new', '--answers', '-'], { cwd: root, input: '{"name": "Piped", "owner": "Ada"}' });
    expect(result.code).toBe(0);
    expect(read(root, 'docs/specs/0001-piped.md')).toContain('# Feature Specification: Piped');
  });

  test('--json prints only {id, slug, root, files} on stdout', async () => {
    const root = tempDir({ git: true });
    const result = await runBin([...FLAGS, '--json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ id: '0001-dark-mode', slug: 'dark-mode', root: realpathSync(root), files: FILES });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('--dry-run prints every file with its contents and leaves the tree unchanged', async () => {
    const root = tempDir({ git: true });
    const before = treeSnapshot(root);
    const result = await runBin([...FLAGS, '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    for (const file of FILES) expect(result.stdout).toContain(`=== create ${file} (`);
    expect(result.stdout).toContain('# Feature Specification: Dark mode');
    expect(result.stdout).toContain('test.todo("FR-1: Follows the OS theme");');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('an existing file: exit 1, the conflict named, nothing changed', async () => {
    const root = tempDir({ git: true });
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    writeFileSync(path.join(root, 'docs/features/dark-mode.md'), 'mine\n');
    const before = treeSnapshot(root);
    const result = await runBin(FLAGS, { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('a file already exists: docs/features/dark-mode.md. Nothing was written.');
    expect(result.stderr).toContain('pass --force');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a second run for the same feature conflicts on all three files', async () => {
    const root = tempDir({ git: true });
    expect((await runBin(FLAGS, { cwd: root })).code).toBe(0);
    const before = treeSnapshot(root);
    const again = await runBin(['new', 'DARK MODE', '--owner', 'x'], { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`3 files already exist: ${FILES.join(', ')}`);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('no name and no terminal: exit 2 at once, naming --name; stdin left open is never read', async () => {
    const root = tempDir({ git: true });
    const result = await runBin(['new', '--owner', 'Ada'], { cwd: root, keepStdinOpen: true, timeoutMs: 5000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--name');
    expect(treeSnapshot(root)).toEqual({});
  });

  test('past or unordered milestones are warned about on stderr, and the spec lists them by date', async () => {
    const root = tempDir({ git: true });
    const result = await runBin(['new', 'X', '--owner', 'o', '--milestone', 'B@2026-12-20', '--milestone', 'A@2026-01-05'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: milestone "A" is dated 2026-01-05, before today (2026-11-26)');
    expect(read(root, 'docs/specs/0001-x.md')).toContain('1. **A** - 2026-01-05\n2. **B** - 2026-12-20');
  });

  test('--dry-run fails on the same conflicts a run would, and with --force shows diffs; neither writes', async () => {
    const root = tempDir({ git: true });
    expect((await runBin(['new', 'X', '--owner', 'o'], { cwd: root })).code).toBe(0);
    const before = treeSnapshot(root);
    const conflict = await runBin(['new', 'X', '--owner', 'Other', '--dry-run'], { cwd: root });
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('3 files already exist');
    const forced = await runBin(['new', 'X', '--owner', 'Other', '--dry-run', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('=== replace docs/specs/0001-x.md\n--- a/docs/specs/0001-x.md\n+++ b/docs/specs/0001-x.md\n@@ ');
    expect(forced.stdout).toContain('-- Owner: o\n+- Owner: Other\n');
    expect(forced.stdout).toContain('=== replace docs/features/x.md\n(unchanged)');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('--force replaces the files of an existing spec in place', async () => {
    const root = tempDir({ git: true });
    expect((await runBin(['new', 'X', '--owner', 'o'], { cwd: root })).code).toBe(0);
    const result = await runBin(['new', 'X', '--owner', 'Other', '--force'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('replaced  docs/specs/0001-x.md');
    expect(read(root, 'docs/specs/0001-x.md')).toMatch(/Owner: Other\n$/);
    expect(Object.keys(treeSnapshot(root)).filter((p) => p.includes('.specwright-'))).toEqual([]);
  });
});
