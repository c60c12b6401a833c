import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { commitFiles } from '../../src/commit/commit-files.js';
import { preflight } from '../../src/commit/preflight.js';
import { gracefulWriterFs, nativeWriterFs, realWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { InterruptedError, WriteError } from '../../src/base/errors.js';
import { faultyFs, type FsMethod } from '../helpers/faulty-fs.js';
import { PLANNED_FILES } from '../helpers/planned-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';
import { FOLDERS_BEFORE_CONFIG } from '../../src/commit/journal.js';

let real: WriterFs;
beforeAll(async () => {
  real = await realWriterFs();
});
afterAll(removeTempDirs);

const FILES = PLANNED_FILES;
const never = () => undefined;

/** The real file system, with the docs page's link failing on a full disk (the third file: two are in place), and `undo` calls of its own. */
function failingAtDocs(undo: Partial<WriterFs>): WriterFs {
  return {
    ...real,
    link: async (from, to) => {
      if (to.includes('features')) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      await real.link(from, to);
    },
    ...undo,
  };
}

async function commitAll(root: string, fs: WriterFs, force = false, pending: () => 'SIGINT' | 'SIGTERM' | undefined = never) {
  const writes = await preflight(fs, root, FILES, force);
  await commitFiles(fs, writes, { root, journalDir: root, folders: FOLDERS_BEFORE_CONFIG, pendingSignal: pending });
}

describe('commitFiles', () => {
  test.each([
    ['node:fs (POSIX)', nativeWriterFs],
    ['fs-extra (Windows)', gracefulWriterFs],
  ])('with %s: writes every file, creates folders, and leaves no temp or backup files', async (_, make) => {
    const root = tempDir();
    await commitAll(root, await make());
    expect(treeSnapshot(root)).toEqual({
      'docs/': 'dir',
      'docs/features/': 'dir',
      'docs/features/x.md': `file ${Buffer.from('docs\n').toString('base64')}`,
      'docs/specs/': 'dir',
      'docs/specs/0001-x.md': `file ${Buffer.from('spec\n').toString('base64')}`,
      'tests/': 'dir',
      'tests/x.test.ts': `file ${Buffer.from('stub\n').toString('base64')}`,
    });
  });

  // Every file-system call the commit makes, failing in turn with each error
  // users meet: the tree must always end exactly as it started.
  const FAULTS: { method: FsMethod; nth: number }[] = [
    { method: 'mkdir', nth: 1 },
    { method: 'mkdir', nth: 3 },
    { method: 'mkdir', nth: 4 },
    { method: 'writeNew', nth: 1 },
    { method: 'writeNew', nth: 2 },
    { method: 'writeNew', nth: 3 },
    { method: 'writeNew', nth: 4 },
    // The journal is renamed into place whole.
    { method: 'rename', nth: 1 },
    { method: 'link', nth: 1 },
    { method: 'link', nth: 3 },
    // The commit point: the journal cannot be removed, so the files must not stay.
    { method: 'unlink', nth: 1 },
  ];
  const CODES = ['ENOSPC', 'EACCES', 'EROFS', 'EDQUOT', 'EIO'];

  test.each(FAULTS.flatMap((f) => CODES.map((code) => ({ ...f, code }))))(
    '$code on $method call $nth: one clear error, nothing left behind',
    async (fault) => {
      const root = tempDir();
      writeFileSync(path.join(root, 'README.md'), 'keep\n');
      const before = treeSnapshot(root);
      const { fs } = faultyFs(real, fault);
      const error = await commitAll(root, fs).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      // The journal's own steps name the journal, not the first file.
      expect((error as Error).message).toMatch(new RegExp(`^cannot write ((docs|tests)/|\\.specwright-)\\S+: .*\\(${fault.code}\\)\\. Nothing was written\\.$`));
      expect(treeSnapshot(root)).toEqual(before);
    },
  );

  test('ENOSPC tells the user the disk is full', async () => {
    const root = tempDir();
    // writeNew 1 is the journal's temp, 2 the spec's temp, 3 the stub's.
    const { fs } = faultyFs(real, { method: 'writeNew', nth: 3, code: 'ENOSPC' });
    await expect(commitAll(root, fs)).rejects.toThrow('cannot write tests/x.test.ts: the disk is full; free some space and run again (ENOSPC). Nothing was written.');
  });

  test('a file system without hard links still gets exclusive, complete files', async () => {
    const root = tempDir();
    const noLinks: WriterFs = { ...real, link: async () => { throw Object.assign(new Error('no links'), { code: 'EPERM' }); } };
    await commitAll(root, noLinks);
    expect(readFileSync(path.join(root, 'tests/x.test.ts'), 'utf8')).toBe('stub\n');
    expect(Object.keys(treeSnapshot(root)).filter((p) => p.includes('.specwright-'))).toEqual([]);
  });

  test('a signal noticed mid-commit rolls back and reports which one', async () => {
    const root = tempDir();
    const before = treeSnapshot(root);
    let checks = 0;
    const pending = () => (++checks > 3 ? 'SIGTERM' : undefined);
    const error = await commitAll(root, real, false, pending).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).exitCode).toBe(143);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('commitFiles with --force', () => {
  function seeded(): string {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'old spec\n');
    writeFileSync(path.join(root, 'docs/features/x.md'), 'old docs\n');
    return root;
  }

  test('replaces existing regular files and creates the missing one', async () => {
    const root = seeded();
    await commitAll(root, real, true);
    expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toBe('spec\n');
    expect(readFileSync(path.join(root, 'docs/features/x.md'), 'utf8')).toBe('docs\n');
    expect(Object.keys(treeSnapshot(root)).filter((p) => p.includes('.specwright-'))).toEqual([]);
  });

  test.each([
    // renameOverIfUnchanged 1 and 2 replace the spec and the docs.
    { method: 'renameOverIfUnchanged' as const, nth: 2, code: 'EACCES' },
    { method: 'writeNew' as const, nth: 3, code: 'ENOSPC' },
    { method: 'link' as const, nth: 3, code: 'EIO' },
  ])('a failure on the last file restores the originals replaced before it ($method $code)', async (fault) => {
    const root = seeded();
    const before = treeSnapshot(root);
    const { fs } = faultyFs(real, fault);
    await expect(commitAll(root, fs, true)).rejects.toBeInstanceOf(WriteError);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('commitFiles rolls back only what is still its own', () => {
  test("a late failure does not delete a file another run replaced meanwhile", async () => {
    const root = tempDir();
    const spec = path.join(root, 'docs/specs/0001-x.md');
    const other: WriterFs = {
      ...real,
      link: async (from, to) => {
        // The third link fails; just before, another run (--force) replaced our spec.
        if (to.endsWith('x.md') && to.includes('features')) {
          writeFileSync(`${spec}.other`, 'the other run\n');
          renameSync(`${spec}.other`, spec);
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        }
        await real.link(from, to);
      },
    };
    await expect(commitAll(root, other)).rejects.toThrow('(ENOSPC)');
    expect(readFileSync(spec, 'utf8')).toBe('the other run\n');
  });

  test('an undo that fails keeps the journal for the next run, and says so', async () => {
    const root = tempDir();
    const stuck = failingAtDocs({
      unlink: async (p) => {
        if (p.endsWith('tests/x.test.ts')) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        await real.unlink(p);
      },
    });
    await expect(commitAll(root, stuck)).rejects.toThrow(/\(ENOSPC\)\. Could not undo tests\/x\.test\.ts yet; the next run finishes the rollback\.$/);
    expect(readdirSync(root).filter((n) => n.endsWith('.journal'))).toHaveLength(1);
  });
});

test('--force keeps the permissions of the file it replaces', async () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  const spec = path.join(root, 'docs/specs/0001-x.md');
  writeFileSync(spec, 'old\n');
  chmodSync(spec, 0o600);
  await commitAll(root, real, true);
  expect(statSync(spec).mode & 0o777).toBe(0o600);
  expect(readFileSync(spec, 'utf8')).toBe('spec\n');
});

test('a parent folder swapped for a link mid-commit is caught before the commit point, and nothing stays outside', async () => {
  const root = tempDir();
  const outside = tempDir();
  mkdirSync(path.join(root, 'docs/features'), { recursive: true });
  const swapping: WriterFs = {
    ...real,
    link: async (from, to) => {
      await real.link(from, to);
      if (to.endsWith('x.test.ts')) {
        // An attacker swaps docs/features for a link to a folder outside the root.
        renameSync(path.join(root, 'docs/features'), path.join(root, 'docs/moved'));
        symlinkSync(outside, path.join(root, 'docs/features'));
      }
    },
  };
  // Caught when the writer makes sure of docs/features, before anything is written through it.
  await expect(commitAll(root, swapping)).rejects.toThrow('docs/features was replaced by a link while writing. Nothing was written.');
  expect(readdirSync(outside)).toEqual([]);
  expect(existsSync(path.join(root, 'docs/specs/0001-x.md'))).toBe(false);
  expect(existsSync(path.join(root, 'tests/x.test.ts'))).toBe(false);
});

test("a shared folder that another run's rollback removed before our temp landed is made again", async () => {
  const root = tempDir();
  const tests = path.join(root, 'tests');
  let removed = false;
  const racing: WriterFs = {
    ...real,
    // Another run makes tests/ first (so it is not ours)...
    mkdir: async (p) => {
      await real.mkdir(p);
      if (p === tests) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    },
    // ...then rolls back and removes it, just before our temp file goes in.
    writeNew: async (p, contents, mode) => {
      if (!removed && path.dirname(p) === tests) {
        removed = true;
        rmdirSync(tests);
      }
      return real.writeNew(p, contents, mode);
    },
  };
  await commitAll(root, racing);
  expect(removed).toBe(true);
  expect(readFileSync(path.join(tests, 'x.test.ts'), 'utf8')).toBe('stub\n');
});

test('folders pulled away again and again by racing rollbacks, the outer one even between two mkdirs, are made again', async () => {
  const root = tempDir();
  const docs = path.join(root, 'docs');
  const specs = path.join(docs, 'specs');
  mkdirSync(specs, { recursive: true }); // made by other runs, so shared, not ours
  let pulls = 0;
  const pull = (): void => {
    pulls++;
    rmdirSync(specs);
    rmdirSync(docs);
  };
  const racing: WriterFs = {
    ...real,
    // Between making docs/ and docs/specs/, a rollback removes docs/: that mkdir fails with ENOENT.
    mkdir: async (p) => {
      if (p === specs && pulls === 1) {
        pulls++;
        rmdirSync(docs);
      }
      await real.mkdir(p);
    },
    // Just before the spec's temp goes in, a rollback removes both folders: that open fails with ENOENT.
    writeNew: async (p, contents, mode) => {
      if (path.dirname(p) === specs && [0, 2, 3].includes(pulls)) pull();
      return real.writeNew(p, contents, mode);
    },
  };
  await commitAll(root, racing);
  expect(pulls).toBe(4);
  expect(readFileSync(path.join(specs, '0001-x.md'), 'utf8')).toBe('spec\n');
});

describe('commitFiles on a file system without hard links (link() fails with EPERM, as on FAT and some network mounts)', () => {
  const noLinks = (): WriterFs => ({ ...real, link: async () => { throw Object.assign(new Error('no links'), { code: 'EPERM' }); } });

  test('--force replaces the files, keeping a copied backup only until the commit', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'old spec\n');
    await commitAll(root, noLinks(), true);
    expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toBe('spec\n');
    expect(Object.keys(treeSnapshot(root)).filter((p) => p.includes('.specwright-'))).toEqual([]);
  });

  test('--force failing on the last file puts the originals back from their copies', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    mkdirSync(path.join(root, 'docs/features'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'old spec\n');
    writeFileSync(path.join(root, 'docs/features/x.md'), 'old docs\n');
    const before = treeSnapshot(root);
    const { fs } = faultyFs(noLinks(), { method: 'renameOverIfUnchanged', nth: 2, code: 'EIO' });
    await expect(commitAll(root, fs, true)).rejects.toBeInstanceOf(WriteError);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

test('a folder of this run that cannot be removed on rollback is said so, and the journal stays for the next run', async () => {
  const root = tempDir();
  const stuck = failingAtDocs({
    rmdir: async (p) => {
      if (p.endsWith('tests')) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      await real.rmdir(p);
    },
  });
  await expect(commitAll(root, stuck)).rejects.toThrow(/\(ENOSPC\)\. Could not undo tests yet; the next run finishes the rollback\.$/);
  expect(readdirSync(root).filter((n) => n.endsWith('.journal'))).toHaveLength(1);
});
