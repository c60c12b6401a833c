import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { branchTipsFromFiles } from '../../src/repo/branch-tips.js';
import { specsOnBranches, treeEntryNames } from '../../src/repo/branch-specs.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' } });

function repoWith(specs: string[], branch = 'main'): string {
  const root = tempDir({ prefix: 'specwright-branches-' });
  git(root, 'init', '-q', '-b', branch);
  commitSpecs(root, specs);
  return root;
}

function commitSpecs(root: string, specs: string[]): void {
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  for (const name of specs) writeFileSync(path.join(root, 'docs/specs', name), `# ${name}\n`);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'specs');
}

describe('specsOnBranches', () => {
  test('a spec committed only on another local branch is seen from main, nothing checked out', () => {
    const root = repoWith(['0001-a.md']);
    git(root, 'checkout', '-q', '-b', 'feature');
    commitSpecs(root, ['0007-g.md']);
    git(root, 'checkout', '-q', 'main');
    return expect(specsOnBranches(root, path.join(root, '.git'), 'docs/specs').then((n) => [...n].sort())).resolves.toEqual(['0001-a.md', '0007-g.md']);
  });

  test('a spec on a remote-tracking branch only (pushed by a colleague, fetched here) is seen', async () => {
    const origin = repoWith(['0001-a.md']);
    const colleague = tempDir();
    git(colleague, 'clone', '-q', origin, '.');
    git(colleague, 'checkout', '-q', '-b', 'their-feature');
    commitSpecs(colleague, ['0012-theirs.md']);
    git(colleague, 'push', '-q', 'origin', 'their-feature');
    const mine = tempDir();
    git(mine, 'clone', '-q', origin, '.');
    expect(git(mine, 'branch', '--list', 'their-feature')).toBe('');
    expect([...(await specsOnBranches(mine, path.join(mine, '.git'), 'docs/specs'))].sort()).toEqual(['0001-a.md', '0012-theirs.md']);
  });

  test('from a linked worktree (its refs live in the main repository), and with every ref packed', async () => {
    const root = repoWith(['0001-a.md']);
    git(root, 'checkout', '-q', '-b', 'feature');
    commitSpecs(root, ['0004-d.md']);
    git(root, 'checkout', '-q', 'main');
    git(root, 'pack-refs', '--all');
    const worktree = path.join(tempDir(), 'wt');
    git(root, 'worktree', 'add', '-q', '-b', 'other', worktree);
    const gitDir = git(worktree, 'rev-parse', '--absolute-git-dir').trim();
    expect([...(await specsOnBranches(worktree, gitDir, 'docs/specs'))].sort()).toEqual(['0001-a.md', '0004-d.md']);
  });

  test('where the ref files cannot tell (a reftable folder), the tips are asked of git', async () => {
    const root = repoWith(['0001-a.md']);
    git(root, 'checkout', '-q', '-b', 'feature');
    commitSpecs(root, ['0008-h.md']);
    git(root, 'checkout', '-q', 'main');
    expect(branchTipsFromFiles(path.join(root, '.git'))).toHaveLength(2);
    // This git keeps its refs in files; a reftable folder beside them makes the files untrusted.
    mkdirSync(path.join(root, '.git/reftable'));
    expect(branchTipsFromFiles(path.join(root, '.git'))).toBeUndefined();
    expect([...(await specsOnBranches(root, path.join(root, '.git'), 'docs/specs'))].sort()).toEqual(['0001-a.md', '0008-h.md']);
  });

  test('a packed-refs of many tags (over 1 MiB) is read, and past its limit git is asked: never a refusal', async () => {
    const root = repoWith(['0001-a.md']);
    git(root, 'checkout', '-q', '-b', 'feature');
    commitSpecs(root, ['0009-i.md']);
    git(root, 'checkout', '-q', 'main');
    const head = git(root, 'rev-parse', 'HEAD').trim();
    execFileSync('git', ['update-ref', '--stdin'], { cwd: root, input: Array.from({ length: 15_000 }, (_, i) => `create refs/tags/release-candidate-number-${i} ${head}\n`).join('') });
    git(root, 'pack-refs', '--all');
    expect(statSync(path.join(root, '.git/packed-refs')).size).toBeGreaterThan(1024 * 1024);
    expect(branchTipsFromFiles(path.join(root, '.git'))).toHaveLength(2);
    expect([...(await specsOnBranches(root, path.join(root, '.git'), 'docs/specs'))].sort()).toEqual(['0001-a.md', '0009-i.md']);
  });

  test('branches without the folder, a folder elsewhere, and a repository without commits give none of theirs', async () => {
    const root = repoWith([]);
    expect(await specsOnBranches(root, path.join(root, '.git'), 'docs/specs')).toEqual([]);
    commitSpecs(root, ['0003-c.md']);
    expect(await specsOnBranches(root, path.join(root, '.git'), 'rfcs')).toEqual([]);
    const empty = tempDir();
    git(empty, 'init', '-q');
    expect(await specsOnBranches(empty, path.join(empty, '.git'), 'docs/specs')).toEqual([]);
  });

  test('outside git: none, silently', async () => {
    const outside = tempDir();
    expect(await specsOnBranches(outside, path.join(outside, '.git'), 'docs/specs')).toEqual([]);
  });

  test('hundreds of branches: one git process, and every number seen', async () => {
    const root = repoWith(['0001-a.md']);
    for (let i = 0; i < 300; i++) git(root, 'branch', `b${i}`);
    git(root, 'checkout', '-q', 'b299');
    commitSpecs(root, ['0300-last.md']);
    expect([...(await specsOnBranches(root, path.join(root, '.git'), 'docs/specs'))].sort()).toEqual(['0001-a.md', '0300-last.md']);
  });
});

describe('treeEntryNames', () => {
  const entry = (name: string, hashBytes: number) => Buffer.concat([Buffer.from(`100644 ${name}\0`), Buffer.alloc(hashBytes, 7)]);
  const object = (id: string, body: Buffer) => Buffer.concat([Buffer.from(`${id} tree ${body.length}\n`), body, Buffer.from('\n')]);

  test('reads each tree, skips missing objects, for SHA-1 and SHA-256 repositories', () => {
    for (const hashBytes of [20, 32]) {
      const output = Buffer.concat([
        object('a'.repeat(hashBytes * 2), Buffer.concat([entry('0001-a.md', hashBytes), entry('0002-ü.md', hashBytes)])),
        Buffer.from(`${'b'.repeat(hashBytes * 2)}:docs/specs missing\n`),
        object('c'.repeat(hashBytes * 2), entry('0009-c.md', hashBytes)),
      ]);
      expect(treeEntryNames(output, hashBytes)).toEqual(['0001-a.md', '0002-ü.md', '0009-c.md']);
    }
  });

  test('output cut short or malformed ends the reading, never throws', () => {
    const whole = object('a'.repeat(40), Buffer.concat([entry('0001-a.md', 20), entry('0002-b.md', 20)]));
    for (let cut = 0; cut < whole.length; cut++) expect(() => treeEntryNames(whole.subarray(0, cut), 20)).not.toThrow();
    expect(treeEntryNames(Buffer.from('x blob nope\n'), 20)).toEqual([]);
  });
});
