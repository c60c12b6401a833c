import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { commitFiles } from '../../src/commit/commit-files.js';
import { preflight } from '../../src/commit/preflight.js';
import { gracefulWriterFs, nativeWriterFs, realWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { InterruptedError, WriteError } from '../../src/errors.js';
import { faultyFs, type FsMethod } from '../helpers/faulty-fs.js';
import { PLANNED_FILES } from '../helpers/planned-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

let real: WriterFs;
beforeAll(async () => {
  real = await realWriterFs();
});
afterAll(removeTempDirs);

const FILES = PLANNED_FILES;
const never = () => undefined;

async function commitAll(root: string, fs: WriterFs, force = false, pending: () => 'SIGINT' | 'SIGTERM' | undefined = never) {
  const writes = await preflight(fs, root, FILES, force);
  await commitFiles(fs, writes, { root, pendingSignal: pending });
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
      expect((error as Error).message).toMatch(new RegExp(`^cannot write (docs|tests)/\\S+: .*\\(${fault.code}\\)\\. Nothing was written\\.$`));
      expect(treeSnapshot(root)).toEqual(before);
    },
  );

  test('ENOSPC tells the user the disk is full', async () => {
    const root = tempDir();
    // writeNew 1 is the journal, 2 the spec's temp, 3 the stub's.
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
    { method: 'rename' as const, nth: 2, code: 'EACCES' },
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
