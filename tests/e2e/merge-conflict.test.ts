/**
 * A spec and its index after a real `git merge` that conflicts: two branches
 * each ran `status` on the same spec (the built bin, as a user would). Every
 * command that would edit the spec or the index (status, renumber, new's
 * index update, index without --force) refuses with exit 2, the file, the line of the
 * conflict and "resolve the merge first", and writes nothing; lint reports a
 * `merge-conflict` error (not the repeated Status items the two halves make);
 * list marks the spec.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const SPEC = 'docs/specs/0001-dark-mode.md';
const INDEX = 'docs/specs/README.md';
let root = '';

const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

/** The 1-based line of the first `<<<<<<< ` in a file of the repository. */
function conflictLine(file: string): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith('<<<<<<< '));
  expect(at).toBeGreaterThanOrEqual(0);
  return at + 1;
}

async function bin(args: string[], today = '2026-11-26') {
  return runBin(args, { cwd: root, env: { SPECWRIGHT_TODAY: today } });
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
  git('config', 'user.name', 'Grace Hopper');
  git('config', 'user.email', 'grace@example.com');
  git('checkout', '-q', '-b', 'main');
  expect((await bin(['new', 'Dark mode', '--owner', 'Ada Lovelace', '--requirement', 'Works', '--yes'], '2026-11-01')).code).toBe(0);
  expect((await bin(['index'], '2026-11-01')).code).toBe(0);
  git('add', '-A');
  git('commit', '-qm', 'dark mode');
  // Two lines of work move the same spec on different days.
  git('checkout', '-q', '-b', 'review');
  expect((await bin(['status', '1', 'review'], '2026-11-10')).code).toBe(0);
  git('commit', '-qam', 'review');
  git('checkout', '-q', 'main');
  git('checkout', '-q', '-b', 'build');
  expect((await bin(['status', '1', 'implementation', '--note', 'PR #7'], '2026-11-12')).code).toBe(0);
  git('commit', '-qam', 'build');
  const merged = spawnSync('git', ['merge', '--no-edit', 'review'], { cwd: root, encoding: 'utf8' });
  // The merge stops on conflicts in the spec and in the index both.
  expect(merged.status).toBe(1);
  expect(merged.stdout).toContain(`CONFLICT (content): Merge conflict in ${SPEC}`);
  expect(merged.stdout).toContain(`CONFLICT (content): Merge conflict in ${INDEX}`);
});

describe('a spec with an unresolved merge conflict', () => {
  test('status refuses: exit 2, the file and line of the conflict, "resolve the merge first", nothing written', async () => {
    const before = treeSnapshot(root);
    const run = await bin(['status', '1', 'deployed']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`specwright: ${SPEC}:${conflictLine(SPEC)}: an unresolved merge conflict`);
    expect(run.stderr).toContain('resolve the merge first; nothing was written');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('renumber refuses the same way, and --dry-run too', async () => {
    const before = treeSnapshot(root);
    for (const args of [['renumber', '1', '--to', '5'], ['renumber', '1', '--to', '5', '--dry-run']]) {
      const run = await bin(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`specwright: ${SPEC}:${conflictLine(SPEC)}: an unresolved merge conflict`);
      expect(run.stderr).toContain('resolve the merge first');
    }
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('new refuses to rewrite the conflicted index, and writes no spec either', async () => {
    const before = treeSnapshot(root);
    const run = await bin(['new', 'Export to CSV', '--owner', 'Ada Lovelace', '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`specwright: ${INDEX}:${conflictLine(INDEX)}: an unresolved merge conflict`);
    expect(run.stderr).toContain('resolve the merge first');
    // The index is generated: the way out is to write it anew, not to resolve it by hand.
    expect(run.stderr).toContain('`specwright index --force` writes it anew');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('index and index --check refuse the conflicted index', async () => {
    const before = treeSnapshot(root);
    for (const args of [['index'], ['index', '--check']]) {
      const run = await bin(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`specwright: ${INDEX}:${conflictLine(INDEX)}: an unresolved merge conflict`);
      expect(run.stderr).toContain('`specwright index --force` writes it anew');
    }
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('index --force writes the generated index anew from the specs (in a copy of the repository, mid-merge)', async () => {
    const copy = tempDir();
    cpSync(root, copy, { recursive: true });
    const run = await runBin(['index', '--force'], { cwd: copy, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
    expect(run.code).toBe(0);
    const index = readFileSync(path.join(copy, INDEX), 'utf8');
    expect(index).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    expect(index).toMatch(/^\| \[0001\]\(0001-dark-mode\.md\) +\| Dark mode +\| Ada Lovelace +\| conflicted +\|/m);
  });

  test('lint reports a merge-conflict error at the conflict, not the repeated Status items of the two halves', async () => {
    const run = await bin(['lint', '--json']);
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: { file: string; line: number; rule: string; severity: string }[] };
    const ofSpec = findings.filter((f) => f.file === SPEC);
    expect(ofSpec).toContainEqual(expect.objectContaining({ rule: 'merge-conflict', severity: 'error', line: conflictLine(SPEC) }));
    expect(ofSpec.map((f) => f.rule).filter((rule) => rule !== 'merge-conflict')).toEqual([]);
  });

  test('list marks the spec conflicted in the table and warns with the file and line', async () => {
    const run = await bin(['list']);
    expect(run.code).toBe(0);
    const row = run.stdout.split('\n').find((line) => line.startsWith('0001'));
    expect(row).toMatch(/\bconflicted\b/);
    expect(run.stderr).toContain(`specwright: warning: ${SPEC}:${conflictLine(SPEC)}: an unresolved merge conflict`);
  });

  test('new --force refuses to replace the conflicted spec (once the index is resolved), and writes nothing', async () => {
    // Take the build line's side of the index, as a user resolving the merge would.
    git('checkout', '--ours', '--', INDEX);
    git('add', INDEX);
    const before = treeSnapshot(root);
    const run = await bin(['new', 'Dark mode', '--owner', 'Ada Lovelace', '--requirement', 'Works', '--yes', '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`specwright: ${SPEC}:${conflictLine(SPEC)}: an unresolved merge conflict`);
    expect(run.stderr).toContain('resolve the merge first');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('once the merge is resolved, status edits the spec again', async () => {
    git('checkout', '--ours', '--', SPEC);
    git('add', SPEC);
    const run = await bin(['status', '1', 'deployed']);
    // Deployed names what is still open (a report, not a failure); nothing else is said.
    expect(run.stderr.split('\n').filter((line) => line !== '' && !/^specwright: (open|hint): /.test(line))).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('a file citing the spec with an unresolved merge conflict', () => {
  test('renumber refuses to rewrite it (exit 2, file:line), and writes nothing', async () => {
    root = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
    git('config', 'user.name', 'Grace Hopper');
    git('config', 'user.email', 'grace@example.com');
    git('checkout', '-q', '-b', 'main');
    expect((await bin(['new', 'Export to CSV', '--owner', 'Ada Lovelace', '--requirement', 'Header row', '--yes'])).code).toBe(0);
    const HAND = 'tests/csv-flow.test.js';
    const write = (text: string): void => writeFileSync(path.join(root, HAND), text);
    write('test.todo("0001 FR-1: the header row");\n');
    git('add', '-A');
    git('commit', '-qm', 'csv');
    git('checkout', '-q', '-b', 'other');
    write('test.todo("0001 FR-1: the header row, quoted");\n');
    git('commit', '-qam', 'quoted');
    git('checkout', '-q', 'main');
    write('test.todo("0001 FR-1: the header row, in order");\n');
    git('commit', '-qam', 'ordered');
    expect(spawnSync('git', ['merge', '--no-edit', 'other'], { cwd: root }).status).toBe(1);

    const before = treeSnapshot(root);
    const run = await bin(['renumber', '1', '--to', '4']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`specwright: ${HAND}:${conflictLine(HAND)}: an unresolved merge conflict`);
    expect(run.stderr).toContain('resolve the merge first');
    expect(treeSnapshot(root)).toEqual(before);
  });
});
