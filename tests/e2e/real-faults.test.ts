/**
 * Safety on real faults, each built on this machine as it happens to users:
 * a real full tmpfs, a second user account (setpriv), pid namespaces
 * (unshare), a real FIFO, a read-only bind mount, worktrees, submodules and
 * bare repositories made by git itself, and real SIGKILLs at exact steps of
 * the commit (tests/fixtures/slow-commit.mjs). Mounts, namespaces and other
 * users need root: without it those tests are skipped, and their names say so.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmdirSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BIN, runBin } from '../helpers/run-bin.js';
import { driver, DRIVER, follow } from '../helpers/slow-commit-driver.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted.splice(0).reverse()) {
    execFileSync('umount', ['-l', dir]);
    // The tmpfs mount points are folders of their own; a bind-mounted .git goes with its repository.
    if (path.basename(dir).startsWith('specwright-tmpfs-')) rmdirSync(dir);
  }
  removeTempDirs();
});

const isRoot = process.geteuid?.() === 0;
const asRoot = isRoot ? test : test.skip;
const NOBODY = 65534;
const ARGS = ['new', '--name=Slow commit', '--owner=Ada', '--requirement=Survives a signal'];
const SLUG = 'slow-commit';
const SPEC = `docs/specs/0001-${SLUG}.md`;
const FILES = [SPEC, `tests/${SLUG}.test.js`, `docs/features/${SLUG}.md`];
const DEAD_PID = 4000000;

/** Every entry of the writer anywhere under `dir`, .git included: temps, backups, journals, locks. */
const writerEntries = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).filter((p) => path.basename(p).includes('.specwright-')).sort();
const asNobody = (...command: string[]): void => {
  execFileSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command]);
};

function repo(): string {
  const root = tempDir({ git: true });
  writeFileSync(path.join(root, 'README.md'), '# Project\n');
  return root;
}

function mountTmpfs(size: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'specwright-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

describe('another user\'s folders are not used (git\'s rule since CVE-2022-24765)', () => {
  /** A world-writable team folder that user B (nobody) made, with a `.git` and `docs/specs` of B's in it. */
  function plantedByAnotherUser(): { shared: string; project: string } {
    const outer = realpathSync(tempDir());
    chmodSync(outer, 0o1777);
    const shared = path.join(outer, 'team');
    asNobody('mkdir', '-p', path.join(shared, '.git'), path.join(shared, 'docs/specs'));
    asNobody('chmod', '1777', shared);
    const project = path.join(shared, 'my-project');
    mkdirSync(project);
    return { shared, project };
  }

  asRoot('a .git planted above the project by another user in a shared folder: exit 2, what to do, nothing written there [root: setpriv]', async () => {
    const { shared, project } = plantedByAnotherUser();
    const before = treeSnapshot(shared);

    const result = await runBin(['new', 'Secret plan', '--owner=Ada', '--purpose=Acquire the competitor', '--json'], { cwd: project });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`the repository root ${shared} is owned by user ${NOBODY} (nobody), not by you`);
    expect(result.stderr).toContain(`git config --global --add safe.directory ${shared}`);
    expect(result.stdout).toBe('');
    expect(treeSnapshot(shared)).toEqual(before);
  });

  asRoot('a .git of another user in a folder of ours is refused too: its git folder is named [root: setpriv]', async () => {
    const root = realpathSync(tempDir());
    chmodSync(root, 0o1777);
    asNobody('mkdir', path.join(root, '.git'));
    mkdirSync(path.join(root, 'app'));
    const result = await runBin(ARGS, { cwd: path.join(root, 'app') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`its git folder ${root}/.git is owned by user ${NOBODY} (nobody), not by you`);
    expect(readdirSync(root).sort()).toEqual(['.git', 'app']);
  });

  asRoot('marked safe the way git does, it is used, and the root it wrote into is named [root: setpriv]', async () => {
    const { shared, project } = plantedByAnotherUser();
    const config = path.join(tempDir(), 'gitconfig');
    writeFileSync(config, `[safe]\n\tdirectory = ${shared}\n`);

    const result = await runBin(['new', 'Shared plan', '--owner=Ada', '--json'], { cwd: project, env: { GIT_CONFIG_GLOBAL: config } });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ root: shared, files: ['docs/specs/0001-shared-plan.md', 'tests/shared-plan.test.js', 'docs/features/shared-plan.md'] });
  });

  asRoot('a git folder another user owns is not where a journal goes: exit 2 [root: chown]', async () => {
    const root = repo();
    chownSync(path.join(root, '.git'), NOBODY, NOBODY);
    const before = treeSnapshot(root);
    const result = await runBin(ARGS, { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`its git folder ${realpathSync(root)}/.git is owned by user ${NOBODY} (nobody)`);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a run in a subfolder names the root it wrote into', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'packages/app'), { recursive: true });
    const result = await runBin(ARGS, { cwd: path.join(root, 'packages/app') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote spec 0001-${SLUG} for "Slow commit" into ${realpathSync(root)}:`);
  });
});

describe('a real full disk (a 256 KiB tmpfs)', () => {
  /** Fills the tmpfs at `dir` until exactly `pages` blocks are free. */
  function leaveFree(dir: string, pages: number): void {
    const { bavail, bsize } = statfsSync(dir);
    writeFileSync(path.join(dir, 'filler.bin'), Buffer.alloc(Math.max(0, (bavail - pages) * bsize)));
    expect(statfsSync(dir).bavail).toBe(pages);
  }

  asRoot.each([['outside git (journal in the root)', false], ['in git (journal in .git)', true]])(
    '%s: with 0 to 7 free pages, every run writes all three files or leaves the tree exactly as it was [root: mount]',
    async (_, git) => {
      const outcomes: string[] = [];
      for (let pages = 0; pages <= 7; pages++) {
        const root = mountTmpfs('256k');
        if (git) execFileSync('git', ['init', '-q', '--template=', root]);
        writeFileSync(path.join(root, 'README.md'), '# Project\n');
        leaveFree(root, pages);
        const before = treeSnapshot(root);

        const result = await runBin(ARGS, { cwd: root });

        if (result.code === 0) {
          for (const file of FILES) expect(readFileSync(path.join(root, file), 'utf8')).toMatch(/\n$/);
          expect(writerEntries(root)).toEqual([]);
          outcomes.push('written');
        } else {
          expect({ pages, code: result.code }).toEqual({ pages, code: 1 });
          expect(result.stderr).toMatch(/the disk is full; free some space and run again \(ENOSPC\)\. Nothing was written\./);
          expect(treeSnapshot(root)).toEqual(before);
          outcomes.push('refused');
        }
      }
      // The range spans the boundary: the smallest disks refuse, the largest write.
      expect(outcomes[0]).toBe('refused');
      expect(outcomes.at(-1)).toBe('written');
    },
  );
});

describe('pid namespaces: every fresh container starts its first run as pid 2', () => {
  /** `node <args>` as pid 2 of a new pid namespace (sh is its pid 1, and forks since a command follows). */
  const inNamespace = (args: readonly string[]) => ['-pf', '--mount-proc', 'sh', '-c', '"$0" "$@"; exit $?', process.execPath, ...args];

  asRoot('a run SIGKILLed mid-commit in one container is rolled back by the next run, also pid 2, in another [root: unshare]', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const killed = follow('unshare', inNamespace([DRIVER, JSON.stringify({ root, hold: { after: `linked ${SPEC}`, until: 'sigkill' } })]));
    expect((await killed.exit).code).toBe(137);
    expect(existsSync(path.join(root, SPEC))).toBe(true);
    expect(readdirSync(path.join(root, '.git')).filter((n) => n.endsWith('.journal'))).toEqual([expect.stringMatching(/^\.specwright-2-[0-9a-f]{8}\.journal$/)]);

    const next = follow('unshare', inNamespace([BIN, 'new', 'Other feature', '--owner=Ada', '--json']), { cwd: root });
    const { code, stdout, stderr } = await next.exit;

    expect(code).toBe(0);
    expect(stderr).toMatch(/^Rolled back a run that was killed mid-write \(pid 2\): removed docs\/specs\/0001-slow-commit\.md/m);
    // The killed run's number is free again: the next spec takes it.
    expect(JSON.parse(stdout).id).toBe('0001-other-feature');
    const after = treeSnapshot(root);
    expect(Object.keys(after).filter((p) => p.includes(SLUG) || p.includes('.specwright-'))).toEqual([]);
    expect(Object.keys(after).filter((p) => !Object.keys(before).includes(p) && !p.endsWith('/')).sort()).toEqual([
      'docs/features/other-feature.md',
      'docs/specs/0001-other-feature.md',
      'tests/other-feature.test.js',
    ]);
  });

  asRoot('a live run in one container is left alone by a run with the same pid in another [root: unshare]', async () => {
    const root = repo();
    const live = follow('unshare', inNamespace([DRIVER, JSON.stringify({ root, hold: { after: `linked ${SPEC}`, until: 'stdin' } })]), { stdin: 'open' });
    expect(await live.line(/^holding after /)).toBe(`holding after linked ${SPEC}`);

    const other = follow('unshare', inNamespace([BIN, 'new', 'Other feature', '--owner=Ada', '--json']), { cwd: root });
    const second = await other.exit;
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout).id).toBe('0002-other-feature');
    expect(existsSync(path.join(root, SPEC))).toBe(true);

    live.send('go on\n');
    const first = await live.exit;
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('committed');
    for (const file of FILES) expect(existsSync(path.join(root, file))).toBe(true);
    expect(writerEntries(root)).toEqual([]);
  });
});

describe('what recovery finds in the journal folder', () => {
  test('a FIFO named like a journal: no hang, reported, the run goes on', async () => {
    const root = repo();
    const fifo = `.git/.specwright-${DEAD_PID}-0a1b2c3d.journal`;
    execFileSync('mkfifo', [path.join(root, fifo)]);
    const result = await runBin(ARGS, { cwd: root, timeoutMs: 10000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: ignored ${fifo}: it is not a regular file, so specwright neither reads nor follows it.`);
    for (const file of FILES) expect(existsSync(path.join(root, file))).toBe(true);
  });

  test('a corrupt journal is reported once, with its path and the command that clears it, and blocks no run', async () => {
    const root = repo();
    const journal = `.git/.specwright-${DEAD_PID}-0a1b2c3d.journal`;
    writeFileSync(path.join(root, journal), '{"files":[null],"dirs":[]}');

    const first = await runBin(ARGS, { cwd: root });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`warning: ${journal} is not a valid specwright journal (files[0] does not name a file specwright writes); nothing was undone from it. It is now ${journal}.invalid.`);
    expect(first.stderr).toContain(`rm '${realpathSync(root)}/${journal}.invalid'`);

    const second = await runBin(['new', 'Another', '--owner=Ada'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
  });
});

describe('SIGKILL and moves at the exact step', () => {
  test('--force with identical contents, killed right after the backup link: the next run leaves no backup and warns of none', async () => {
    const root = repo();
    expect((await runBin(ARGS, { cwd: root })).code).toBe(0);
    const before = treeSnapshot(root);
    // Held at the backup link itself, not at the second-name (.new) link made just before it.
    const killed = driver({ root, force: true, hold: { after: `linked docs/specs/.0001-${SLUG}.md.specwright-`, matching: '\\.bak$', until: 'sigkill' } });
    const exit = await killed.exit;
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.stdout.trim().split('\n').slice(-2)).toEqual([
      expect.stringMatching(new RegExp(`^linked docs/specs/\\.0001-${SLUG}\\.md\\.specwright-[^/]+\\.bak$`)),
      expect.stringMatching(/^holding after linked .*\.bak$/),
    ]);
    // The tree as the kill left it: the temp, its second name, and the backup, a second name of
    // the untouched original (the same inode as the spec, which the rename never replaced).
    const left = writerEntries(path.join(root, 'docs/specs'));
    expect(left.map((name) => name.replace(/^.*\.specwright-[^.]+\./, ''))).toEqual(['bak', 'new', 'tmp']);
    const backup = path.join(root, 'docs/specs', left.find((name) => name.endsWith('.bak'))!);
    expect(statSync(backup).ino).toBe(statSync(path.join(root, SPEC)).ino);
    expect(statSync(backup).nlink).toBe(2);

    const next = await runBin(['new', 'Another', '--owner=Ada'], { cwd: root });
    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain('backup');
    // Recovery ran (the journal is cleared), and the original needed no restoring.
    expect(next.stderr.trim()).toMatch(/^Cleared the journal of a run that was killed mid-write \(pid \d+\); none of its files remained\.$/);
    expect(writerEntries(root)).toEqual([]);
    const after = treeSnapshot(root);
    for (const [file, contents] of Object.entries(before)) expect(after[file]).toBe(contents);
    expect((await runBin(['new', 'Third', '--owner=Ada'], { cwd: root })).stderr).toBe('');
  });

  test('a rerun that wrote the same bytes while a stalled run waited keeps its files when the stalled run is then killed', async () => {
    const root = repo();
    // The stalled run has its journal and its first temp, and waits (a slow disk, Ctrl-Z).
    const stalled = driver({ root, hold: { after: `temp docs/specs/.0001-${SLUG}.md`, until: 'killed' } });
    await stalled.line(/^holding after /);
    // The user runs the same command again: same answers, same day, the same bytes.
    const rerun = await runBin(ARGS, { cwd: root });
    expect(rerun.code).toBe(0);
    stalled.kill('SIGKILL');
    expect((await stalled.exit).signal).toBe('SIGKILL');

    const next = await runBin(['new', 'Another', '--owner=Ada'], { cwd: root });

    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain('removed');
    for (const file of FILES) expect(existsSync(path.join(root, file))).toBe(true);
    expect(writerEntries(root)).toEqual([]);
  });

  test('a --force rerun that put the same bytes in place while a stalled --force run waited is not reverted when that run is killed', async () => {
    const root = repo();
    expect((await runBin(ARGS, { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, SPEC), 'my edits\n');
    // The stalled run has replaced the spec (its backup holds "my edits") and waits.
    const stalled = driver({ root, force: true, hold: { after: `renamed ${SPEC}`, until: 'killed' } });
    await stalled.line(/^holding after /);
    const rerun = await runBin([...ARGS, '--force'], { cwd: root });
    expect(rerun.code).toBe(0);
    const committed = readFileSync(path.join(root, SPEC), 'utf8');
    stalled.kill('SIGKILL');
    expect((await stalled.exit).signal).toBe('SIGKILL');

    const next = await runBin(['new', 'Another', '--owner=Ada'], { cwd: root });

    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain(`restored ${SPEC}`);
    expect(readFileSync(path.join(root, SPEC), 'utf8')).toBe(committed);
  });

  test('a replaced file moved away by another program mid-commit: the original is never deleted, and the message says where it is', async () => {
    const root = repo();
    expect((await runBin(ARGS, { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, SPEC), 'my precious edits\n');
    const run = driver({ root, force: true, plant: { after: `renamed ${SPEC}`, kind: 'move', path: SPEC }, hold: { after: `renamed ${SPEC}`, until: 'signal' } });
    await run.line(/^holding after /);
    run.kill('SIGINT');
    const { code, stderr } = await run.exit;

    expect(code).toBe(130);
    const backup = writerEntries(path.join(root, 'docs/specs')).find((p) => p.endsWith('.bak'));
    expect(backup).toBeDefined();
    expect(readFileSync(path.join(root, 'docs/specs', backup!), 'utf8')).toBe('my precious edits\n');
    expect(stderr).toContain(`its previous contents are kept in docs/specs/${backup}`);
  });
});

describe('worktrees, submodules and bare repositories', () => {
  function committedRepo(): string {
    const root = repo();
    execFileSync('git', ['-C', root, '-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', 'commit', '-q', '--allow-empty', '-m', 'start']);
    return root;
  }

  test('in a worktree the journal goes to its git folder, never into the work tree; a killed run there is recovered', async () => {
    const main = committedRepo();
    const worktree = path.join(tempDir(), 'feature');
    execFileSync('git', ['-C', main, 'worktree', 'add', '-q', worktree]);
    const gitDir = path.join(realpathSync(main), '.git/worktrees/feature');
    const before = treeSnapshot(worktree);

    const killed = driver({ root: worktree, hold: { after: `linked ${SPEC}`, until: 'sigkill' } });
    const events = (await killed.exit).stdout;
    expect(events).toContain(`renamed ${gitDir}/.specwright-`);
    expect(readdirSync(gitDir).filter((n) => n.endsWith('.journal'))).toHaveLength(1);
    expect(writerEntries(worktree).filter((p) => p.endsWith('.journal'))).toEqual([]);
    expect(execFileSync('git', ['-C', worktree, 'status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' })).not.toContain('journal');

    const recovered = await runBin(['new', 'Another', '--owner=Ada', '--json'], { cwd: worktree });
    expect(recovered.stderr).toMatch(/^Rolled back a run that was killed mid-write/);
    expect(JSON.parse(recovered.stdout).id).toBe('0001-another');
    expect(readdirSync(gitDir).filter((n) => n.includes('.specwright-'))).toEqual([]);
    const after = treeSnapshot(worktree);
    expect(Object.keys(after).filter((p) => p.includes(SLUG) || p.includes('.specwright-'))).toEqual([]);
    expect(after['.git']).toBe(before['.git']);
  });

  test('in a submodule the journal goes to the superproject\'s .git/modules folder', async () => {
    const sub = committedRepo();
    const sup = committedRepo();
    execFileSync('git', ['-C', sup, '-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub, 'lib']);
    const run = driver({ root: path.join(sup, 'lib'), hold: { after: `linked ${SPEC}`, until: 'signal' } });
    await run.line(/^holding after /);
    const modules = path.join(realpathSync(sup), '.git/modules/lib');
    expect(readdirSync(modules).filter((n) => n.endsWith('.journal'))).toHaveLength(1);
    expect(writerEntries(path.join(sup, 'lib')).filter((p) => p.endsWith('.journal'))).toEqual([]);
    run.kill('SIGTERM');
    expect((await run.exit).code).toBe(143);
    expect(readdirSync(modules).filter((n) => n.includes('.specwright-'))).toEqual([]);
  });

  test('a bare repository, or the inside of a .git folder, is not a project root: exit 2', async () => {
    const bare = path.join(tempDir(), 'project.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const inBare = await runBin(ARGS, { cwd: bare });
    expect(inBare.code).toBe(2);
    expect(inBare.stderr).toContain(`${realpathSync(bare)} is a git folder (a bare repository, or the inside of a .git folder), not a work tree`);
    expect(readdirSync(bare).filter((n) => n === 'docs' || n === 'tests')).toEqual([]);

    const root = repo();
    const inGit = await runBin(ARGS, { cwd: path.join(root, '.git/refs') });
    expect(inGit.code).toBe(2);
    expect(existsSync(path.join(root, '.git/docs'))).toBe(false);
    expect(existsSync(path.join(root, 'docs'))).toBe(false);
  });
});

describe('messages name what really failed', () => {
  asRoot('a read-only .git: the journal is named, not the spec [root: bind mount]', async () => {
    const root = repo();
    const git = path.join(root, '.git');
    execFileSync('mount', ['--bind', git, git]);
    mounted.push(git);
    execFileSync('mount', ['-o', 'remount,bind,ro', git]);
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specwright: cannot write \.git\/\.specwright-\d+-[0-9a-f]{8}\.journal: the file system is read-only; run specwright in a writable checkout \(EROFS\)\. Nothing was written\.\n$/);
    expect(treeSnapshot(root)).toEqual(before);
  });

  asRoot('--cwd /proc: the file system is named, not a vanished folder [root: /proc owned by root]', async () => {
    const result = await runBin([...ARGS, '--cwd', '/proc'], { cwd: tempDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('disappeared');
    expect(result.stderr).toContain('the file system of /proc does not allow new files there');
  });
});
