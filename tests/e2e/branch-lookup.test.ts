/**
 * `new` numbers past every spec another branch holds, whatever the number of
 * refs, and always of the repository it writes into: tens of thousands of
 * loose refs, hundreds of thousands of packed ones, GIT_DIR and
 * GIT_WORK_TREE in the environment. Where the branches cannot be read, the
 * run says so on stderr and in --json: never a silent guess.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const AUTHOR = { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...AUTHOR } });

/** A repository whose main branch holds 0001, and whose `feature` branch alone holds 0042: the next number is 0043. */
function repoWithFeatureBranch(options: { separateGitDir?: string } = {}): string {
  const root = tempDir({ prefix: 'specwright-branch-lookup-' });
  git(root, 'init', '-q', '-b', 'main', ...(options.separateGitDir ? ['--separate-git-dir', options.separateGitDir] : []));
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(root, 'docs/specs/0001-first.md'), '# first\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'first');
  git(root, 'checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(root, 'docs/specs/0042-far.md'), '# far\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'far');
  git(root, 'checkout', '-q', 'main');
  return root;
}

const refCount = (root: string): number => Number(git(root, 'for-each-ref', '--count=1000000', '--format=x', 'refs/heads').split('\n').filter(Boolean).length);

async function nextId(root: string, env: NodeJS.ProcessEnv = {}) {
  const result = await runBin(['new', 'Next', '--owner=Ada', '--dry-run', '--json'], { cwd: root, env, timeoutMs: 30000 });
  return { code: result.code, stderr: result.stderr, json: result.code === 0 ? (JSON.parse(result.stdout) as { id: string; branchesUnchecked?: string }) : undefined };
}

describe('every ref is read', () => {
  // Written as files, in git's own formats (git update-ref takes 10 s for these); git itself then counts them.
  test('30,000 loose branch refs (1.2 MB of for-each-ref output)', async () => {
    const root = repoWithFeatureBranch();
    const head = git(root, 'rev-parse', 'main').trim();
    const folder = path.join(root, '.git/refs/heads/topic');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 30_000; i++) writeFileSync(path.join(folder, `branch-${i}`), `${head}\n`);
    expect(refCount(root)).toBe(30_002);
    expect(await nextId(root)).toEqual({ code: 0, stderr: '', json: expect.objectContaining({ id: '0043-next' }) });
  }, 60000);

  test('200,000 packed branch refs (a 14 MB packed-refs, 8 MB of for-each-ref output)', async () => {
    const root = repoWithFeatureBranch();
    git(root, 'pack-refs', '--all');
    const head = git(root, 'rev-parse', 'main').trim();
    const packed = path.join(root, '.git/packed-refs');
    const topics = Array.from({ length: 200_000 }, (_, i) => `${head} refs/heads/topic/branch-${String(i).padStart(6, '0')}\n`);
    const lines = [...readFileSync(packed, 'utf8').split('\n').filter((line) => /^[0-9a-f]{40} /.test(line)).map((line) => `${line}\n`), ...topics].sort((a, b) => (a.slice(41) < b.slice(41) ? -1 : 1));
    writeFileSync(packed, `# pack-refs with: peeled fully-peeled sorted \n${lines.join('')}`);
    expect(refCount(root)).toBe(200_002);
    expect(await nextId(root)).toEqual({ code: 0, stderr: '', json: expect.objectContaining({ id: '0043-next' }) });
  }, 60000);
});

describe('GIT_DIR and GIT_WORK_TREE', () => {
  test('pointing at another repository: refused, naming both, nothing read from the other', async () => {
    const root = repoWithFeatureBranch();
    const other = tempDir({ git: true });
    const result = await runBin(['new', 'Next', '--owner=Ada', '--yes'], { cwd: root, env: { GIT_DIR: path.join(other, '.git') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`GIT_DIR names the repository ${path.join(other, '.git')}`);
    expect(result.stderr).toContain(`is in the repository ${path.join(root, '.git')}`);
    expect(result.stderr).toContain('Unset GIT_DIR and GIT_WORK_TREE');
    expect(existsSync(path.join(root, 'docs/specs/0002-next.md')) || existsSync(path.join(root, 'docs/specs/0043-next.md'))).toBe(false);
  });

  test('GIT_WORK_TREE naming another work tree: refused', async () => {
    const root = repoWithFeatureBranch();
    const result = await runBin(['new', 'Next', '--owner=Ada', '--yes'], { cwd: root, env: { GIT_WORK_TREE: tempDir() } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specwright: GIT_WORK_TREE is .*, but .* is in the work tree /);
  });

  test('naming this very repository (as in a git hook): the numbers are its own', async () => {
    const root = repoWithFeatureBranch();
    expect(await nextId(path.join(root, 'docs'), { GIT_DIR: path.join(root, '.git'), GIT_WORK_TREE: root })).toEqual({ code: 0, stderr: '', json: expect.objectContaining({ id: '0043-next' }) });
    expect(await nextId(root, { GIT_DIR: '.git' })).toEqual({ code: 0, stderr: '', json: expect.objectContaining({ id: '0043-next' }) });
  });

  test('a separated git folder named by both: its branches are read, the files go into the work tree, git sees them there', async () => {
    const gitDir = path.join(tempDir(), 'repo.git');
    const root = repoWithFeatureBranch({ separateGitDir: gitDir });
    // As with `git --git-dir=… --work-tree=…`: no .git in the work tree at all.
    rmSync(path.join(root, '.git'));
    const env = { GIT_DIR: gitDir, GIT_WORK_TREE: root };
    const sub = path.join(root, 'docs');
    expect(await nextId(sub, env)).toEqual({ code: 0, stderr: '', json: expect.objectContaining({ id: '0043-next', root }) });
    const written = await runBin(['new', 'Next', '--owner=Ada', '--json'], { cwd: sub, env });
    expect({ code: written.code, stderr: written.stderr }).toEqual({ code: 0, stderr: '' });
    expect(existsSync(path.join(root, 'docs/specs/0043-next.md'))).toBe(true);
    expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' })).toContain('docs/specs/0043-next.md');
  });
});

describe('never silent', () => {
  test('a git that cannot run: the warning on stderr and in --json, the number from the working tree', async () => {
    const root = repoWithFeatureBranch();
    const noGit = tempDir();
    const result = await nextId(root, { PATH: noGit });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'specwright: warning: other branches were not checked for spec numbers (git is not installed); the number comes from this working tree alone. Check that no branch holds it before you push.\n',
    );
    expect(result.json).toEqual(expect.objectContaining({ id: '0002-next', branchesUnchecked: 'git is not installed' }));
  });

  test('renumber too: the warning on stderr and in --json', async () => {
    const root = repoWithFeatureBranch();
    const result = await runBin(['renumber', '1', '--dry-run', '--json'], { cwd: root, env: { PATH: tempDir() } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('specwright: warning: other branches were not checked for spec numbers (git is not installed)');
    expect(JSON.parse(result.stdout)).toMatchObject({ from: '0001-first', to: '0002-first', branchesUnchecked: 'git is not installed' });
  });
});
