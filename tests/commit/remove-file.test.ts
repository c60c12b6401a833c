/**
 * The writer's removal (renumber's old spec name): renamed to its backup
 * until the commit point, put back by rollback, and by the next run's
 * recovery after a SIGKILL at any step; recovery's rules (its places, a
 * regular file of this user holding the journal's bytes, never over a file
 * put there since) hold for it too.
 */
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { commitFiles } from '../../src/commit/commit-files.js';
import { contentHash } from '../../src/commit/content-hash.js';
import { outsidePlaces, parseJournal, type JournalData } from '../../src/commit/journal.js';
import { preflight, preflightRemoval, type FileWrite } from '../../src/commit/preflight.js';
import { recoverInterruptedRuns } from '../../src/commit/recover-runs.js';
import { cleanStaleTemps } from '../../src/commit/stale-temps.js';
import { nativeWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { WriteError } from '../../src/base/errors.js';
import { faultyFs, type FsMethod } from '../helpers/faulty-fs.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

let real: WriterFs;
beforeAll(async () => {
  real = await nativeWriterFs();
});
afterAll(removeTempDirs);

const DEAD_PID = 4000000;
const OLD = 'docs/specs/0001-x.md';
const NEW = 'docs/specs/0002-x.md';
const DOCS = 'docs/features/x.md';
const TEST = 'tests/e2e/x.test.ts';
const PLACES = { content: ['docs/specs', 'tests', 'docs/features'], testsTree: 'tests', templates: '.specwright/templates', packages: ['.'] };
const isRoot = process.geteuid?.() === 0;

/** A project as renumber finds it: the spec under its old number, a docs page and a test in a subfolder citing it. */
function project(): string {
  const root = tempDir();
  for (const dir of ['docs/specs', 'docs/features', 'tests/e2e']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, OLD), '# X\r\nspec 0001-x\r\n');
  writeFileSync(path.join(root, DOCS), '[0001-x](../specs/0001-x.md)\n');
  writeFileSync(path.join(root, TEST), '// docs/specs/0001-x.md (0001-x)\n');
  writeFileSync(path.join(root, 'README.md'), 'keep\n');
  return root;
}

/** Renumber's write: the new spec created, the citing files replaced, the old spec removed last. */
async function renumberWrites(root: string, fs: WriterFs = real): Promise<FileWrite[]> {
  const creates = await preflight(fs, root, [{ path: NEW, contents: '# X\r\nspec 0002-x\r\n' }], false);
  const replaces = await preflight(fs, root, [{ path: DOCS, contents: '[0002-x](../specs/0002-x.md)\n' }, { path: TEST, contents: '// docs/specs/0002-x.md (0002-x)\n' }], true);
  return [...creates, ...replaces, await preflightRemoval(fs, root, { path: OLD, contents: readFileSync(path.join(root, OLD), 'utf8') })];
}

const commit = (root: string, fs: WriterFs, writes: readonly FileWrite[]) =>
  commitFiles(fs, writes, { root, journalDir: root, folders: ['docs/specs', 'docs/features', 'tests/e2e'], pendingSignal: () => undefined });

const dotFiles = (root: string): string[] => (readdirSync(root, { recursive: true }) as string[]).filter((p) => path.basename(p).includes('.specwright-'));

describe('commitFiles with a removal', () => {
  test('creates, replaces, then removes: the old name is gone, no backup or journal stays', async () => {
    const root = project();
    await commit(root, real, await renumberWrites(root));
    expect(existsSync(path.join(root, OLD))).toBe(false);
    expect(readFileSync(path.join(root, NEW), 'utf8')).toBe('# X\r\nspec 0002-x\r\n');
    expect(readFileSync(path.join(root, DOCS), 'utf8')).toBe('[0002-x](../specs/0002-x.md)\n');
    expect(readFileSync(path.join(root, TEST), 'utf8')).toBe('// docs/specs/0002-x.md (0002-x)\n');
    expect(dotFiles(root)).toEqual([]);
  });

  test('its journal is version 2 and records the removal with the removed bytes\' hash, last', async () => {
    const root = project();
    let journal = '';
    const spying: WriterFs = {
      ...real,
      writeNew: async (p, contents, mode) => {
        if (p.endsWith('.journal.tmp')) journal = contents;
        return real.writeNew(p, contents, mode);
      },
    };
    await commit(root, spying, await renumberWrites(root));
    const data = JSON.parse(journal);
    expect(data.specwright).toBe(2);
    expect(data.files.at(-1)).toEqual({ path: OLD, hash: contentHash('# X\r\nspec 0001-x\r\n'), replaces: false, removes: true });
    expect(data.files.slice(0, -1).every((f: { removes?: boolean }) => f.removes === undefined)).toBe(true);
  });

  // Each file-system call of the removal and the commit point after it: rename 1 is the journal's,
  // 2 the removal's (the replacements are renameOverIfUnchanged, and, read by no command here, are
  // checked by their stamps); readRegular 1 checks the removed bytes; unlink 1 is the commit point.
  const FAULTS: { method: FsMethod; nth: number }[] = [
    { method: 'rename', nth: 2 },
    { method: 'readRegular', nth: 1 },
    { method: 'unlink', nth: 1 },
    { method: 'lstat', nth: 1 },
  ];
  test.each(FAULTS.flatMap((f) => ['EIO', 'EACCES'].map((code) => ({ ...f, code }))))('$code on $method call $nth: the tree byte for byte as before', async (fault) => {
    const root = project();
    const writes = await renumberWrites(root);
    const before = treeSnapshot(root);
    const { fs } = faultyFs(real, fault);
    await expect(commit(root, fs, writes)).rejects.toBeInstanceOf(WriteError);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a spec edited after it was read is not removed: the run stops and puts everything back', async () => {
    const root = project();
    const writes = await renumberWrites(root);
    writeFileSync(path.join(root, OLD), '# X\r\nspec 0001-x\r\nmy new line\r\n');
    const before = treeSnapshot(root);
    await expect(commit(root, real, writes)).rejects.toThrow(`${OLD} changed while being written. Nothing was written.`);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a file put where the removed one was, before rollback: it stays, the removed file is kept in its backup, and the message says where', async () => {
    const root = project();
    const writes = await renumberWrites(root);
    const planting: WriterFs = {
      ...real,
      readRegular: async (p, maxBytes) => {
        if (!p.includes('0001-x.md')) return real.readRegular(p, maxBytes);
        // The removal has happened; another program writes a file of the old name, and the check then fails.
        writeFileSync(path.join(root, OLD), 'someone else\n');
        throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
      },
    };
    const error = (await commit(root, planting, writes).then(() => undefined, (e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(WriteError);
    const backup = dotFiles(root).find((p) => p.endsWith('.bak'))!;
    expect(error.message).toContain(`the removed file is kept in ${backup}`);
    expect(readFileSync(path.join(root, OLD), 'utf8')).toBe('someone else\n');
    expect(readFileSync(path.join(root, backup), 'utf8')).toBe('# X\r\nspec 0001-x\r\n');
    expect(existsSync(path.join(root, NEW))).toBe(false);
  });

  test('without hard links, a failed run still renames the removed file back', async () => {
    const root = project();
    const writes = await renumberWrites(root);
    const before = treeSnapshot(root);
    const noLinks: WriterFs = { ...real, link: async () => { throw Object.assign(new Error('no links'), { code: 'EPERM' }); } };
    const { fs } = faultyFs(noLinks, { method: 'unlink', nth: 1, code: 'EIO' });
    await expect(commit(root, fs, writes)).rejects.toBeInstanceOf(WriteError);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('preflight: a removal through a link, of a link, or of a missing file is refused before anything is written', async () => {
    const root = project();
    symlinkSync(path.join(root, OLD), path.join(root, 'docs/specs/0003-y.md'));
    await expect(preflightRemoval(real, root, { path: 'docs/specs/0003-y.md', contents: '' })).rejects.toThrow(/symbolic link/);
    await expect(preflightRemoval(real, root, { path: 'docs/specs/0009-z.md', contents: '' })).rejects.toThrow('docs/specs/0009-z.md is gone');
    renameSync(path.join(root, 'docs/specs'), path.join(root, 'docs/real'));
    symlinkSync(path.join(root, 'docs/real'), path.join(root, 'docs/specs'));
    await expect(preflightRemoval(real, root, { path: OLD, contents: '' })).rejects.toThrow(/docs\/specs is a symbolic link/);
  });
});

/**
 * Leaves the tree as a SIGKILL at the `step`th change (writeNew, link, rename) would:
 * nothing rolled back, the dot-files and journal given a dead run's pid.
 */
async function killedAtStep(root: string, step: number): Promise<void> {
  let changes = 0;
  const killed = Object.assign(new Error('SIGKILL'), { code: 'KILLED' });
  const at = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (++changes === step) throw killed;
    return call(...args);
  };
  const dying: WriterFs = {
    ...real,
    writeNew: at(real.writeNew),
    link: at(real.link),
    rename: at(real.rename),
    renameOverIfUnchanged: at(real.renameOverIfUnchanged),
    // A killed process undoes nothing, and never reaches its commit point.
    unlink: async () => {},
    rmdir: async () => {},
  };
  await commit(root, dying, await renumberWrites(root)).catch(() => undefined);
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    if (!name.includes(`.specwright-${process.pid}-`)) continue;
    const to = path.join(root, name.replace(`.specwright-${process.pid}-`, `.specwright-${DEAD_PID}-`));
    renameSync(path.join(root, name), to);
    if (to.endsWith('.journal')) writeFileSync(to, JSON.stringify({ ...JSON.parse(readFileSync(to, 'utf8')), pid: DEAD_PID }));
  }
}

describe('recovery of a renumber killed mid-commit', () => {
  // 13 changes: the journal (2), the new spec (2), two replacements (4 each), the removal (13); 14: all done, killed before the commit point.
  test.each(Array.from({ length: 14 }, (_, i) => i + 1))('killed at change %i: the next run puts back the tree byte for byte', async (step) => {
    const root = project();
    const before = treeSnapshot(root);
    await killedAtStep(root, step);
    // Killed before its journal was in place, the run changed nothing yet: its journal's temp is cleared without a word.
    expect(existsSync(path.join(root, OLD))).toBe(step < 14);
    const reports = await recoverInterruptedRuns(real, root, root, PLACES);
    expect(reports).toHaveLength(step <= 2 ? 0 : 1);
    if (step === 14) expect(reports[0]).toMatch(new RegExp(`^Rolled back a run that was killed mid-write \\(pid ${DEAD_PID}\\): restored ${OLD}, `));
    expect(treeSnapshot(root)).toEqual(before);
  });

  /** A dead run's journal with one removal of OLD, and its backup holding `backupText`. */
  function removalJournal(root: string, backupText: string, file = OLD): string {
    const id = `${DEAD_PID}-0a1b2c3d`;
    const text = readFileSync(path.join(root, file), 'utf8');
    writeFileSync(path.join(root, `.specwright-${id}.journal`), JSON.stringify({ specwright: 2, pid: DEAD_PID, started: null, machine: null, folders: [path.posix.dirname(file)], files: [{ path: file, hash: contentHash(text), replaces: false, removes: true }], dirs: [] }));
    const backup = path.join(root, path.dirname(file), `.${path.basename(file)}.specwright-${id}.bak`);
    renameSync(path.join(root, file), backup);
    writeFileSync(backup, backupText);
    return backup;
  }

  test('a backup without the journal\'s bytes is not put back (it stays, reported as a backup)', async () => {
    const root = project();
    const backup = removalJournal(root, 'something else\n');
    expect(await recoverInterruptedRuns(real, root, root, PLACES)).toEqual([`Cleared the journal of a run that was killed mid-write (pid ${DEAD_PID}); none of its files remained.`]);
    expect(existsSync(path.join(root, OLD))).toBe(false);
    expect(readFileSync(backup, 'utf8')).toBe('something else\n');
    expect((await cleanStaleTemps(real, root, root, [path.join(root, 'docs/specs')])).backups).toEqual([path.relative(root, backup)]);
  });

  test('a file put at the old name since stays; the backup too', async () => {
    const root = project();
    const backup = removalJournal(root, '# X\r\nspec 0001-x\r\n');
    writeFileSync(path.join(root, OLD), 'a new file of that name\n');
    await recoverInterruptedRuns(real, root, root, PLACES);
    expect(readFileSync(path.join(root, OLD), 'utf8')).toBe('a new file of that name\n');
    expect(existsSync(backup)).toBe(true);
  });

  test('without hard links (EPERM from link), the backup is renamed back', async () => {
    const root = project();
    const before = treeSnapshot(root);
    removalJournal(root, '# X\r\nspec 0001-x\r\n');
    const noLinks: WriterFs = { ...real, link: async () => { throw Object.assign(new Error('no links'), { code: 'EPERM' }); } };
    expect(await recoverInterruptedRuns(noLinks, root, root, PLACES)).toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}): restored ${OLD}.`]);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a backup that is a link is never followed or moved', async () => {
    const root = project();
    const backup = removalJournal(root, '# X\r\nspec 0001-x\r\n');
    const elsewhere = path.join(tempDir(), 'target.md');
    renameSync(backup, elsewhere);
    symlinkSync(elsewhere, backup);
    await recoverInterruptedRuns(real, root, root, PLACES);
    expect(existsSync(path.join(root, OLD))).toBe(false);
    expect(readFileSync(elsewhere, 'utf8')).toBe('# X\r\nspec 0001-x\r\n');
  });

  (isRoot ? test : test.skip)('a backup owned by another user is not put back (needs root)', async () => {
    const root = project();
    const backup = removalJournal(root, '# X\r\nspec 0001-x\r\n');
    chownSync(backup, 65534, 65534);
    await recoverInterruptedRuns(real, root, root, PLACES);
    expect(existsSync(path.join(root, OLD))).toBe(false);
    expect(existsSync(backup)).toBe(true);
  });

  test('a removal outside the places this run\'s configuration writes is left for a run configured like it', async () => {
    const root = project();
    removalJournal(root, '// docs/specs/0001-x.md (0001-x)\n', TEST);
    const { testsTree: _, ...withoutTree } = PLACES;
    const [report] = await recoverInterruptedRuns(real, root, root, withoutTree);
    expect(report).toMatch(/^warning: .* wrote tests\/e2e\/x\.test\.ts, outside what this run's configuration writes/);
    expect(existsSync(path.join(root, TEST))).toBe(false);
    // A run whose tests folder holds it puts it back.
    expect(await recoverInterruptedRuns(real, root, root, PLACES)).toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}): restored ${TEST}.`]);
  });
});

describe('parseJournal and outsidePlaces: removals', () => {
  const HASH = contentHash('x\n');
  const journal = (fields: Record<string, unknown>) => JSON.stringify({ specwright: 2, pid: 42, started: null, machine: null, folders: ['docs/specs'], dirs: [], ...fields });

  test('a version 2 journal with a removal is read, its entry marked', () => {
    const data = parseJournal(journal({ files: [{ path: 'docs/specs/0002-x.md', hash: HASH, replaces: false }, { path: 'docs/specs/0001-x.md', hash: HASH, replaces: false, removes: true }] }), 42) as JournalData;
    expect(data.files.map((f) => f.removes)).toEqual([false, true]);
  });

  test.each([
    ['in a version 1 journal (an older writer never removes)', { specwright: 1, files: [{ path: 'docs/specs/0001-x.md', hash: HASH, replaces: false, removes: true }] }, 'files[0].removes is not a removal of a version 2 journal'],
    ['that also replaces', { files: [{ path: 'docs/specs/0001-x.md', hash: HASH, replaces: true, removes: true }] }, 'files[0].removes is not a removal of a version 2 journal'],
    ['that is not true or false', { files: [{ path: 'docs/specs/0001-x.md', hash: HASH, replaces: false, removes: 'yes' }] }, 'files[0].removes is not a removal of a version 2 journal'],
    ['of a path the journal also creates', { files: [{ path: 'docs/specs/0001-x.md', hash: HASH, replaces: false }, { path: 'docs/specs/0001-x.md', hash: HASH, replaces: false, removes: true }] }, 'files[1] names docs/specs/0001-x.md a second time'],
    ['of a version this specwright does not read', { specwright: 3, files: [{ path: 'docs/specs/0001-x.md', hash: HASH, replaces: false, removes: true }] }, 'it has version 3, and this specwright reads versions 1 and 2'],
  ])('a removal %s is refused', (_, fields, problem) => {
    expect(parseJournal(journal(fields), 42)).toEqual({ problem });
  });

  test('up to 64 files in 16 folders; more is refused', () => {
    const folders = Array.from({ length: 16 }, (_, i) => `tests/f${i}`);
    const files = Array.from({ length: 64 }, (_, i) => ({ path: `${folders[i % 16]}/t${i}.test.ts`, hash: HASH, replaces: true }));
    expect(parseJournal(journal({ folders, files }), 42)).not.toHaveProperty('problem');
    expect(parseJournal(journal({ folders, files: [...files, { path: 'tests/f0/extra.test.ts', hash: HASH, replaces: true }] }), 42)).toEqual({ problem: '"files" is not a list of 1 to 64 entries' });
    expect(parseJournal(journal({ folders: [...folders, 'tests/f16'], files }), 42)).toEqual({ problem: '"folders" is not a list of 1 to 16 folders inside the project' });
  });

  test('files below the tests folder are in the places of a run with that tests folder; below other folders, or of other kinds, not', () => {
    const data = (paths: string[]) => ({ files: paths.map((p) => ({ path: p, hash: HASH, replaces: true, removes: false })), dirs: [], folders: ['x'], pid: 1, started: null, machine: null });
    expect(outsidePlaces(data(['tests/e2e/deep/a.test.ts', 'tests/a.test.js', 'docs/specs/0001-x.md']), PLACES)).toEqual([]);
    expect(outsidePlaces(data(['docs/specs/sub/0001-x.md', 'tests/e2e/a.sh', 'testsuite/a.test.ts', 'src/a.ts']), PLACES)).toEqual(['docs/specs/sub/0001-x.md', 'tests/e2e/a.sh', 'testsuite/a.test.ts', 'src/a.ts']);
    const { testsTree: _, ...withoutTree } = PLACES;
    expect(outsidePlaces(data(['tests/e2e/a.test.ts']), withoutTree)).toEqual(['tests/e2e/a.test.ts']);
  });
});
