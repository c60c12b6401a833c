/**
 * Write faults (issue 3, "nothing lost, nothing outside"): conflicts, --force,
 * wrong kinds of entries and symbolic links in the way, concurrent runs,
 * an idle stdin, signals and SIGKILL mid-commit, unsafe roots.
 *
 * Everything runs through the BUILT code: the bin for whole runs, and
 * tests/fixtures/slow-commit.mjs (the built planner and writer behind the
 * bin's SignalGuard, with a slowed file system that reports each step) when a
 * test must act in the middle of a commit. After every failure the tree must
 * be byte-for-byte as before (tree snapshots) and hold no temp files.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BIN, runBin } from '../helpers/run-bin.js';
import { driver, HANG_MS, start, type Exit } from '../helpers/slow-commit-driver.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);


const ARGS = ['new', '--name=Slow commit', '--owner=Ada', '--requirement=Survives a signal'];
const SLUG = 'slow-commit';
const FILES = [`docs/specs/0001-${SLUG}.md`, `tests/${SLUG}.test.js`, `docs/features/${SLUG}.md`] as const;
const [SPEC, STUB, DOCS] = FILES;

const filesOf = (tree: Record<string, string>): string[] => Object.keys(tree).filter((p) => !p.endsWith('/')).sort();
/** Temp and backup files of the writer: `.<name>.specwright-<pid>-<hex>.tmp|bak`. */
/** The writer's dot-files beside targets (temps, backups), and a journal in a root outside git. */
const tempFiles = (tree: Record<string, string>): string[] => Object.keys(tree).filter((p) => /(^|\/)\.([^/]*\.)?specwright-/.test(p));

/** What a clean run of ARGS writes, for comparing contents. */
async function expectedTree(extraArgs: readonly string[] = []): Promise<Record<string, string>> {
  const root = tempDir({ git: true });
  const result = await runBin([...ARGS, ...extraArgs], { cwd: root });
  expect(result.code).toBe(0);
  return treeSnapshot(root);
}

function repo(): string {
  const root = tempDir({ git: true });
  writeFileSync(path.join(root, 'README.md'), '# Project\n');
  return root;
}


/* ------------------------------------------------------------------ */

describe('existing targets', () => {
  test('all three exist: exit 1, every conflicting path listed, nothing changed', async () => {
    const root = repo();
    expect((await runBin(ARGS, { cwd: root })).code).toBe(0);
    for (const file of FILES) writeFileSync(path.join(root, file), `edited by hand: ${file}\n`);
    const before = treeSnapshot(root);

    const result = await runBin(['new', '--name=Slow commit', '--owner=Someone else'], { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`3 files already exist: ${FILES.join(', ')}. Nothing was written.`);
    expect(result.stderr).toContain('--force');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('two of three exist: both listed, and the third is not written either', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'tests'));
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    writeFileSync(path.join(root, STUB), '// mine\n');
    writeFileSync(path.join(root, DOCS), '# mine\n');
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`2 files already exist: ${STUB}, ${DOCS}. Nothing was written.`);
    expect(existsSync(path.join(root, 'docs/specs'))).toBe(false);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('--force', () => {
  test('replaces the three regular files with exactly what a fresh run writes, leaving no temp or backup', async () => {
    const root = repo();
    expect((await runBin([...ARGS, '--purpose=First draft'], { cwd: root })).code).toBe(0);
    for (const file of FILES) writeFileSync(path.join(root, file), `edited by hand: ${file}\n`);

    const result = await runBin([...ARGS, '--purpose=Second draft', '--force'], { cwd: root });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(FILES.map((f) => `  replaced  ${f}`).join('\n'));
    const after = treeSnapshot(root);
    const fresh = await expectedTree(['--purpose=Second draft']);
    for (const file of FILES) expect(after[file]).toBe(fresh[file]);
    expect(filesOf(after)).toEqual([...FILES, 'README.md'].sort());
    expect(tempFiles(after)).toEqual([]);
  });

  test('never replaces a folder: exit 1, the folder, its contents and the other files untouched', async () => {
    const root = repo();
    expect((await runBin(ARGS, { cwd: root })).code).toBe(0);
    for (const file of [SPEC, STUB]) writeFileSync(path.join(root, file), `edited by hand: ${file}\n`);
    rmSync(path.join(root, DOCS));
    mkdirSync(path.join(root, DOCS));
    writeFileSync(path.join(root, DOCS, 'keep.md'), 'keep me\n');
    const before = treeSnapshot(root);

    const result = await runBin([...ARGS, '--force'], { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${DOCS} is a folder where a file must go`);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('never writes through a symbolic link: exit 1, the link and its target untouched', async () => {
    const root = repo();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'victim.js'), 'precious\n');
    expect((await runBin(ARGS, { cwd: root })).code).toBe(0);
    rmSync(path.join(root, STUB));
    symlinkSync(path.join(outside, 'victim.js'), path.join(root, STUB));
    const before = treeSnapshot(root);
    const outsideBefore = treeSnapshot(outside);

    const result = await runBin([...ARGS, '--force'], { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${STUB} is a symbolic link`);
    expect(treeSnapshot(root)).toEqual(before);
    expect(treeSnapshot(outside)).toEqual(outsideBefore);
  });
});

describe('the wrong kind of entry in the way: exit 1, nothing written', () => {
  test('a folder where the LAST planned file must go', async () => {
    const root = repo();
    mkdirSync(path.join(root, DOCS), { recursive: true });
    writeFileSync(path.join(root, DOCS, 'notes.md'), 'notes\n');
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^specwright: ${DOCS} is a folder where a file must go`));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    // The spec and the stub, planned before it, are not left behind.
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a regular file where the last file\'s folder must go (docs/features)', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/features'), 'a file, not a folder\n');
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specwright: docs\/features is a file where a folder must go/);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a regular file where a middle folder must go (tests)', async () => {
    const root = repo();
    writeFileSync(path.join(root, 'tests'), 'a file\n');
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specwright: tests is a file where a folder must go/);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('symbolic links: exit 1, nothing written inside or outside the repository', () => {
  test('a link at the target, pointing at a file outside', async () => {
    const root = repo();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'victim.md'), 'precious\n');
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    symlinkSync(path.join(outside, 'victim.md'), path.join(root, DOCS));
    const before = treeSnapshot(root);
    const outsideBefore = treeSnapshot(outside);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^specwright: ${DOCS} is a symbolic link; specwright never writes through links`));
    expect(treeSnapshot(root)).toEqual(before);
    expect(treeSnapshot(outside)).toEqual(outsideBefore);
  });

  test('a dangling link at the target: the file it names is not created', async () => {
    const root = repo();
    const outside = tempDir();
    mkdirSync(path.join(root, 'tests'));
    symlinkSync(path.join(outside, 'created-through-link.js'), path.join(root, STUB));
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${STUB} is a symbolic link`);
    expect(treeSnapshot(root)).toEqual(before);
    expect(readdirSync(outside)).toEqual([]);
  });

  test.each([['tests'], ['docs'], ['docs/specs']])('a link in a parent component (%s → a folder outside)', async (link) => {
    const root = repo();
    const outside = tempDir();
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(outside, path.join(root, link));
    const before = treeSnapshot(root);

    const result = await runBin(ARGS, { cwd: root });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^specwright: ${link} is a symbolic link`));
    expect(treeSnapshot(root)).toEqual(before);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('changes made by someone else during the commit roll back what this run wrote', () => {
  test('a folder appears where the LAST file goes after the first two were linked', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    const before = treeSnapshot(root);

    const run = driver({ root, plant: { after: `linked ${STUB}`, kind: 'dir', path: DOCS } });
    const { code, stdout, stderr } = await run.exit;

    expect(stdout).toContain(`linked ${SPEC}\n`);
    expect(stdout).toContain(`planted dir ${DOCS}\n`);
    expect(code).toBe(1);
    expect(stderr).toBe(`specwright: cannot write ${DOCS}: it already exists (another run may have just created it); run again to see the conflict (EEXIST). Nothing was written.\n`);
    expect(treeSnapshot(root)).toEqual({ ...before, [`${DOCS}/`]: 'dir' });
  });

  test('a file appears where the LAST file\'s folder must be (ENOTDIR) after the first two were linked', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    const before = treeSnapshot(root);

    const run = driver({ root, plant: { after: `linked ${STUB}`, kind: 'file', path: 'docs/features' } });
    const { code, stdout, stderr } = await run.exit;

    expect(stdout).toContain(`planted file docs/features\n`);
    expect(code).toBe(1);
    // Found while making sure of the folder, before a temp file is written through it.
    expect(stderr).toBe('specwright: docs/features was replaced by a file while writing. Nothing was written.\n');
    const { 'docs/features/': _dir, ...rest } = before;
    expect(treeSnapshot(root)).toEqual({ ...rest, 'docs/features': `file ${Buffer.from('planted\n').toString('base64')}` });
  });
});

describe('concurrent runs', () => {
  test.each([[1], [2], [3]])('round %i: 5 runs with the same name, exactly one wins, one set of files, no temp files', async () => {
    const root = repo();
    const results = await Promise.all(Array.from({ length: 5 }, () => runBin(ARGS, { cwd: root, timeoutMs: HANG_MS })));

    expect(results.map((r) => r.code).sort()).toEqual([0, 1, 1, 1, 1]);
    for (const loser of results.filter((r) => r.code === 1)) {
      expect(loser.stderr).toMatch(/^specwright: .*(already exist|\(EEXIST\))/);
      expect(loser.stderr).toContain('Nothing was written.');
    }
    const after = treeSnapshot(root);
    expect(filesOf(after)).toEqual([...FILES, 'README.md'].sort());
    expect(tempFiles(after)).toEqual([]);
    const fresh = await expectedTree();
    for (const file of FILES) expect(after[file]).toBe(fresh[file]);
  });

  test.each([[1], [2], [3]])('round %i: 4 runs with different names never leave two specs with one number', async () => {
    const root = repo();
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta'];
    const results = await Promise.all(names.map((name) => runBin(['new', name, '--owner=Ada'], { cwd: root, timeoutMs: HANG_MS })));
    for (const result of results) {
      if (result.code !== 0) {
        expect({ code: result.code, signal: result.signal, stderr: result.stderr }).toMatchObject({ code: 1, signal: null });
        expect(result.stderr).toMatch(/^specwright: (spec number \d{4} was taken by|.*\(EEXIST\))/m);
      }
    }
    const specs = readdirSync(path.join(root, 'docs/specs')).filter((n) => !n.startsWith('.'));
    const numbers = specs.map((n) => n.slice(0, 4));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(specs).toHaveLength(results.filter((r) => r.code === 0).length);
    expect(tempFiles(treeSnapshot(root))).toEqual([]);
    // Whoever lost the race succeeds when run again.
    for (const [i, result] of results.entries()) {
      if (result.code !== 0) {
        const rerun = await runBin(['new', names[i]!, '--owner=Ada'], { cwd: root });
        expect({ code: rerun.code, stderr: rerun.stderr }).toEqual({ code: 0, stderr: '' });
      }
    }
    // Four specs, four numbers (two runs that saw each other both step back, so a number may be skipped).
    const final = readdirSync(path.join(root, 'docs/specs')).filter((n) => !n.startsWith('.')).map((n) => n.slice(0, 4));
    expect(final).toHaveLength(4);
    expect(new Set(final).size).toBe(4);
  });
});

describe('no hang on an idle stdin', () => {
  test('a stdin pipe that stays open and no name: exit 2 naming --name, nothing written', async () => {
    const root = repo();
    const before = treeSnapshot(root);

    const result = await runBin(['new', '--owner=Ada'], { cwd: root, keepStdinOpen: true, timeoutMs: HANG_MS });

    expect({ code: result.code, signal: result.signal }).toEqual({ code: 2, signal: null });
    expect(result.stderr).toMatch(/^specwright: no feature name given, and nothing can be asked \(prompts need stdin and stdout to be a terminal.*\)\nPass --name/);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a stdin pipe that stays open and every answer given: the run completes', async () => {
    const root = repo();
    const result = await runBin(ARGS, { cwd: root, keepStdinOpen: true, timeoutMs: HANG_MS });
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 0, signal: null });
    expect(filesOf(treeSnapshot(root))).toEqual([...FILES, 'README.md'].sort());
  });
});

describe('signals', () => {
  test.each([
    ['SIGINT', 130, `linked ${SPEC}`],
    ['SIGTERM', 143, `linked ${SPEC}`],
    ['SIGTERM', 143, `temp tests/.${SLUG}.test.js`],
    ['SIGINT', 130, `linked ${DOCS}`],
  ] as const)('%s during the commit: exit %i, the tree as before (signal after "%s")', async (signal, exitCode, after) => {
    const root = repo();
    const before = treeSnapshot(root);
    // The driver stops after that step until the signal is recorded, then carries on.
    const run = driver({ root, hold: { after, until: 'signal' } });

    const line = await run.line(/^holding after /);
    expect(line.startsWith(`holding after ${after}`)).toBe(true);
    if (after.startsWith('linked ')) expect(existsSync(path.join(root, after.slice('linked '.length)))).toBe(true); // a real target exists now
    run.kill(signal);
    const { code, signal: killedBy, stderr, stdout } = await run.exit;

    expect({ code, killedBy }).toEqual({ code: exitCode, killedBy: null });
    expect(stdout).not.toContain('committed');
    expect(stderr).toBe('specwright: Interrupted: nothing was written.\n');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while the bin waits for answers on stdin: exit %i, nothing written', async (signal, exitCode) => {
    const root = repo();
    const before = treeSnapshot(root);
    // The bin prints nothing while it waits, so there is no line to wait for. A
    // signal that lands before node has loaded the bin kills it the default way
    // (no exit code): only then try again, waiting longer. A bin that never
    // handles the signal fails after the last attempt.
    let exit: Exit | undefined;
    for (const waitMs of [200, 500, 1000, 2000, 4000]) {
      const run = start(BIN, ['new', '--answers=-'], { cwd: root, stdin: 'open' });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      run.kill(signal);
      exit = await run.exit;
      if (exit.signal !== signal) break;
    }
    const { code, signal: killedBy, stderr } = exit!;

    expect({ code, killedBy }).toEqual({ code: exitCode, killedBy: null });
    expect(stderr).toContain('Interrupted: nothing was written.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('SIGKILL after a temp file was written: the next run rolls the killed run back and succeeds', async () => {
    const root = repo();
    const run = driver({ root, hold: { after: `temp docs/specs/.0001-${SLUG}.md`, until: 'killed' } });
    await run.line(/^holding after /);
    run.kill('SIGKILL');
    expect((await run.exit).signal).toBe('SIGKILL');
    const left = treeSnapshot(root);
    expect(filesOf(left).filter((f) => !f.includes('.specwright-'))).toEqual(['README.md']); // no target, partial or whole
    // The journal sits in .git, where no commit can carry it.
    expect(readdirSync(path.join(root, '.git')).some((f) => /^\.specwright-\d+-[0-9a-f]{8}\.journal$/.test(f))).toBe(true);

    const next = await runBin(ARGS, { cwd: root });

    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(/^Rolled back a run that was killed mid-write \(pid \d+\): removed docs\/specs\/, removed docs\/\.\n$/);
    const after = treeSnapshot(root);
    expect(filesOf(after).filter((f) => f.includes('.specwright-'))).toEqual([]);
    expect(filesOf(after)).toEqual([...FILES, 'README.md'].sort());
  });

  test('SIGKILL after the first file was linked: that file is whole, and the next run undoes it before writing', async () => {
    const root = repo();
    const run = driver({ root, hold: { after: `linked ${SPEC}`, until: 'killed' } });
    await run.line(new RegExp(`^holding after linked ${SPEC}$`));
    run.kill('SIGKILL');
    expect((await run.exit).signal).toBe('SIGKILL');
    const fresh = await expectedTree();
    const left = treeSnapshot(root);
    expect(left[SPEC]).toBe(fresh[SPEC]); // never truncated
    expect(filesOf(left).filter((f) => !f.includes('.specwright-'))).toEqual(['README.md', SPEC].sort());

    // The killed run's spec is undone (its bytes are exactly what that run wrote), so no conflict.
    const next = await runBin(ARGS, { cwd: root });
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(new RegExp(`^Rolled back a run that was killed mid-write \\(pid \\d+\\): removed ${SPEC.replace(/\./g, '\\.')}, removed docs/specs/, removed docs/\\.\\n$`));
    const after = treeSnapshot(root);
    expect(filesOf(after).filter((f) => f.includes('.specwright-'))).toEqual([]);
    for (const file of FILES) expect(after[file]).toBe(fresh[file]);
  });
});

describe('the root: unsafe ones refused with exit 2 and a reason, nothing written', () => {
  test('the home folder (HOME is the cwd, no git repository above it)', async () => {
    const home = tempDir();
    writeFileSync(path.join(home, '.bashrc'), '# mine\n');
    const before = treeSnapshot(home);

    const result = await runBin(ARGS, { cwd: home, env: { HOME: home } });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`refusing to write into your home folder (${home})`);
    expect(result.stderr).toMatch(/\n.*--cwd <project folder>/);
    expect(treeSnapshot(home)).toEqual(before);
  });

  test('the home folder when HOME is a symbolic link to it', async () => {
    const home = tempDir();
    const link = path.join(tempDir(), 'home-link');
    symlinkSync(home, link);
    const result = await runBin(ARGS, { cwd: home, env: { HOME: link } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`refusing to write into your home folder (${home})`);
    expect(readdirSync(home)).toEqual([]);
  });

  test('the home folder reached through --cwd', async () => {
    const home = tempDir();
    const result = await runBin([...ARGS, `--cwd=${home}`], { cwd: tempDir({ git: true }), env: { HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to write into your home folder');
    expect(readdirSync(home)).toEqual([]);
  });

  test('a repository reached through a symbolic link (--cwd) is its real folder, not a link in the way', async () => {
    const root = repo();
    const link = path.join(tempDir(), 'repo-link');
    symlinkSync(root, link);
    const result = await runBin([...ARGS, `--cwd=${link}`], { cwd: tempDir() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(filesOf(treeSnapshot(root))).toEqual([...FILES, 'README.md'].sort());
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test('the file-system root (checked before --dry-run prints anything)', async () => {
    expect(existsSync('/.git')).toBe(false);
    const result = await runBin([...ARGS, '--dry-run'], { cwd: '/' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to write into the file-system root (/)');
    expect(result.stdout).toBe('');
    expect(existsSync(`/${SPEC}`)).toBe(false);
  });
});

test('the temp-file check of these tests finds writer dot-files at any depth', () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(root, '.x.md.specwright-1-abcdef01.tmp'), '');
  writeFileSync(path.join(root, 'docs/specs/.0001-x.md.specwright-2-abcdef01.bak'), '');
  writeFileSync(path.join(root, 'docs/specs/0001-x.md'), '');
  expect(tempFiles(treeSnapshot(root)).sort()).toEqual(['.x.md.specwright-1-abcdef01.tmp', 'docs/specs/.0001-x.md.specwright-2-abcdef01.bak']);
});
