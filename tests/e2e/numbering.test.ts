/**
 * Spec numbers through the built bin: they grow past 9999 and stay unique
 * under concurrent runs, and a spec file whose extension differs in case is
 * the same spec.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

function repoWithSpecs(...names: string[]): string {
  const root = tempDir({ git: true });
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  for (const name of names) writeFileSync(path.join(root, 'docs/specs', name), `# ${name}\n`);
  return root;
}

describe('numbers past 9999', () => {
  test('after 9999 comes 10000, then 10001', async () => {
    const root = repoWithSpecs('9999-last.md');
    expect((await runBin(['new', 'First', '--owner=Ada', '--json'], { cwd: root })).stdout).toContain('"id":"10000-first"');
    expect((await runBin(['new', 'Second', '--owner=Ada', '--json'], { cwd: root })).stdout).toContain('"id":"10001-second"');
  });

  test('three concurrent runs after 9999 get three different numbers', async () => {
    for (let round = 0; round < 3; round++) {
      const root = repoWithSpecs('9999-last.md');
      const results = await Promise.all(['Alpha', 'Beta', 'Gamma'].map((name) => runBin(['new', name, '--owner=Ada', '--json'], { cwd: root, timeoutMs: 30000 })));
      for (const result of results) expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
      const numbers = readdirSync(path.join(root, 'docs/specs')).map((name) => name.split('-')[0]).sort();
      expect(numbers).toEqual(['10000', '10001', '10002', '9999']);
    }
  });

  test('more racing runs than cores: each gets its own number, none gives up', async () => {
    const root = repoWithSpecs('9999-last.md');
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
    const results = await Promise.all(names.map((name) => runBin(['new', name, '--owner=Ada', '--json'], { cwd: root, timeoutMs: 60000 })));
    for (const result of results) expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const numbers = readdirSync(path.join(root, 'docs/specs')).map((name) => name.split('-')[0]).sort();
    expect(numbers).toEqual(['10000', '10001', '10002', '10003', '10004', '10005', '9999']);
  }, 90000);
});

describe('numbers that no branch holds', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' } });

  function withBranch(): string {
    const root = repoWithSpecs('0001-first.md');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'first');
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(root, 'docs/specs/0002-on-a-branch.md'), '# on a branch\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'second');
    git(root, 'checkout', '-q', '-');
    return root;
  }

  test('a number held only by another branch is not handed out again', async () => {
    const root = withBranch();
    expect(readdirSync(path.join(root, 'docs/specs'))).toEqual(['0001-first.md']);
    const result = await runBin(['new', 'Next', '--owner=Ada', '--json'], { cwd: root });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout).id).toBe('0003-next');
  });

  test('where git is missing, the working tree alone decides, and the run says so', async () => {
    const root = withBranch();
    const noGit = mkdtempSync(path.join(tmpdir(), 'specwright-no-git-'));
    const result = await runBin(['new', 'Next', '--owner=Ada', '--json'], { cwd: root, env: { PATH: noGit } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('other branches were not checked for spec numbers (git is not installed)') });
    expect(JSON.parse(result.stdout)).toMatchObject({ id: '0002-next', branchesUnchecked: 'git is not installed' });
  });
});

describe('what counts as a spec number', () => {
  test('a file named with a date (eight digits) is not a spec number', async () => {
    const root = repoWithSpecs('0003-third.md', '20240115-kickoff-notes.md');
    expect((await runBin(['new', 'Next', '--owner=Ada', '--json'], { cwd: root })).stdout).toContain('"id":"0004-next"');
  });

  test('past 999999 no number is handed out: exit 1, nothing written', async () => {
    const root = repoWithSpecs('999999-last.md');
    const before = treeSnapshot(root);
    const result = await runBin(['new', 'One more', '--owner=Ada'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('docs/specs already has spec number 999999; spec numbers end there');
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('a spec file whose extension differs in case', () => {
  test('is the same spec: a second run for the name is a conflict naming it, and nothing is written', async () => {
    const root = repoWithSpecs('0001-dark-mode.MD');
    const before = treeSnapshot(root);
    const result = await runBin(['new', 'dark mode', '--owner=Ada'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('docs/specs/0001-dark-mode.MD');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('--force replaces that file under its own name, and the docs stub links to it', async () => {
    const root = repoWithSpecs('0001-dark-mode.MD');
    const result = await runBin(['new', 'dark mode', '--owner=Ada', '--force', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files[0]).toBe('docs/specs/0001-dark-mode.MD');
    expect(readdirSync(path.join(root, 'docs/specs'))).toEqual(['0001-dark-mode.MD']);
    expect(readFileSync(path.join(root, 'docs/specs/0001-dark-mode.MD'), 'utf8')).toContain('# Feature Specification: dark mode');
    expect(readFileSync(path.join(root, 'docs/features/dark-mode.md'), 'utf8')).toContain('(../specs/0001-dark-mode.MD)');
  });

  test('and counts for the next number', async () => {
    const root = repoWithSpecs('0041-other.Md');
    expect((await runBin(['new', 'Next', '--owner=Ada', '--json'], { cwd: root })).stdout).toContain('"id":"0042-next"');
  });
});
