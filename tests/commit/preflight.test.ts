import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { preflight } from '../../src/commit/preflight.js';
import { realWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { ConflictError, WriteError } from '../../src/base/errors.js';
import { faultyFs } from '../helpers/faulty-fs.js';
import { PLANNED_FILES } from '../helpers/planned-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

let real: WriterFs;
beforeAll(async () => {
  real = await realWriterFs();
});
afterAll(removeTempDirs);

const FILES = PLANNED_FILES;

describe('preflight', () => {
  test('plans the folders to create once each, outermost first, and writes nothing', async () => {
    const root = tempDir();
    const { fs, calls } = faultyFs(real);
    const writes = await preflight(fs, root, FILES, false);
    expect(writes.map((w) => w.missingDirs.map((d) => path.relative(root, d)))).toEqual([
      ['docs', path.join('docs', 'specs')],
      ['tests'],
      [path.join('docs', 'features')],
    ]);
    expect(new Set(calls.map((c) => c.method))).toEqual(new Set(['lstat']));
  });

  test('lists every existing target in one conflict', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), '');
    writeFileSync(path.join(root, 'tests/x.test.ts'), '');
    const error = await preflight(real, root, FILES, false).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).paths).toEqual(['docs/specs/0001-x.md', 'tests/x.test.ts']);
    expect((error as ConflictError).exitCode).toBe(1);
  });

  test.each([
    ['a symlink as the target', (root: string, outside: string) => {
      mkdirSync(path.join(root, 'tests'));
      symlinkSync(path.join(outside, 'victim'), path.join(root, 'tests/x.test.ts'));
    }, /tests\/x\.test\.ts is a symbolic link/],
    ['a symlinked parent folder', (root: string, outside: string) => {
      symlinkSync(outside, path.join(root, 'tests'));
    }, /tests is a symbolic link/],
    ['a file where a folder must go', (root: string) => {
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, 'docs/features'), '');
    }, /docs\/features is a file where a folder must go/],
    ['a folder where a file must go', (root: string) => {
      mkdirSync(path.join(root, 'docs/features/x.md'), { recursive: true });
    }, /docs\/features\/x\.md is a folder where a file must go/],
  ])('refuses %s, even with --force', async (_, arrange, message) => {
    const root = tempDir();
    const outside = tempDir();
    arrange(root, outside);
    await expect(preflight(real, root, FILES, true)).rejects.toThrow(message);
    await expect(preflight(real, root, FILES, false)).rejects.toBeInstanceOf(WriteError);
  });

  test.each(['../x.md', '/etc/x.md', 'docs/../../x.md', '.git/hooks/pre-commit', 'docs//x.md'])(
    'refuses the unsafe relative path %j before touching the disk',
    async (unsafe) => {
      const root = tempDir();
      const { fs, calls } = faultyFs(real);
      await expect(preflight(fs, root, [{ path: unsafe, contents: '' }], false)).rejects.toThrow('refusing the unsafe path');
      expect(calls.filter((c) => c.method !== 'lstat')).toEqual([]);
    },
  );

  test('a folder it may not read is one clear line naming it, not a crash', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs'));
    const { fs } = faultyFs(real, { method: 'lstat', nth: 3, code: 'EACCES' });
    await expect(preflight(fs, root, FILES, false)).rejects.toThrow(
      'cannot read docs/specs: permission denied; check the folder is writable by you (EACCES). Nothing was written.',
    );
  });
});
