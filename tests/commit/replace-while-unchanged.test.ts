/**
 * The writer replaces a file only while it holds what the command read, and
 * undoes a replacement only while it holds what the run wrote. Each test
 * makes another program's real change (a write through a handle opened
 * earlier, an editor's atomic save, an append) at the exact step where it is
 * hardest to see, through a WriterFs that acts just before or after a call.
 */
import { appendFileSync, closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { commitFiles } from '../../src/commit/commit-files.js';
import { preflight } from '../../src/commit/preflight.js';
import { FOLDERS_BEFORE_CONFIG } from '../../src/commit/journal.js';
import { nativeWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { FileChangedError, WriteError } from '../../src/base/errors.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

let real: WriterFs;
beforeAll(async () => {
  real = await nativeWriterFs();
});
afterAll(removeTempDirs);

const SPEC = 'docs/specs/0001-x.md';
const DOCS = 'docs/features/x.md';

function project(): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  mkdirSync(path.join(root, 'docs/features'), { recursive: true });
  writeFileSync(path.join(root, SPEC), 'spec as read\n');
  writeFileSync(path.join(root, DOCS), 'docs as read\n');
  return root;
}

/** status-like edits of both files, made from the text each had when it was read. */
async function commitEdits(root: string, fs: WriterFs): Promise<void> {
  const writes = await preflight(fs, root, [
    { path: SPEC, contents: 'spec edited\n', before: 'spec as read\n' },
    { path: DOCS, contents: 'docs edited\n', before: 'docs as read\n' },
  ], true);
  await commitFiles(fs, writes, { root, journalDir: root, folders: FOLDERS_BEFORE_CONFIG, pendingSignal: () => undefined });
}

const writerFiles = (root: string): string[] => (readdirSync(root, { recursive: true }) as string[]).filter((p) => path.basename(p).includes('.specwright-'));
const text = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');
const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

test('a file edited after it was read is not replaced: FileChangedError names it, the edit stays, nothing else changed', async () => {
  const root = project();
  const writes = await preflight(real, root, [{ path: SPEC, contents: 'spec edited\n', before: 'spec as read\n' }], true);
  appendFileSync(path.join(root, SPEC), 'their line\n');
  const error = await failure(commitFiles(real, writes, { root, journalDir: root, folders: FOLDERS_BEFORE_CONFIG, pendingSignal: () => undefined }));
  expect(error).toBeInstanceOf(FileChangedError);
  expect((error as FileChangedError).path).toBe(SPEC);
  expect((error as Error).message).toBe(`${SPEC} was changed by another program while specwright was replacing it; that change is kept. Nothing was written.`);
  expect(text(root, SPEC)).toBe('spec as read\ntheir line\n');
  expect(writerFiles(root)).toEqual([]);
});

test('--force (nothing read): a file written after the checks found it is not replaced, and its new bytes stay', async () => {
  const root = project();
  const writes = await preflight(real, root, [{ path: SPEC, contents: 'spec forced\n' }], true);
  // Same size, so only the stamp's modification time tells it changed.
  await new Promise((resolve) => setTimeout(resolve, 20));
  writeFileSync(path.join(root, SPEC), 'spec AS READ\n');
  await expect(commitFiles(real, writes, { root, journalDir: root, folders: FOLDERS_BEFORE_CONFIG, pendingSignal: () => undefined })).rejects.toBeInstanceOf(FileChangedError);
  expect(text(root, SPEC)).toBe('spec AS READ\n');
  expect(writerFiles(root)).toEqual([]);
});

test('an atomic save over the file between its check and the rename: no rename, their file stays, the run rolls back', async () => {
  const root = project();
  const saving: WriterFs = {
    ...real,
    renameOverIfUnchanged: async (from, to, expected) => {
      if (to.endsWith('x.md') && to.includes('features')) {
        writeFileSync(`${to}.editor`, 'docs saved by an editor\n');
        renameSync(`${to}.editor`, to);
      }
      return real.renameOverIfUnchanged(from, to, expected);
    },
  };
  await expect(commitEdits(root, saving)).rejects.toThrow(`${DOCS} was changed by another program`);
  expect(text(root, DOCS)).toBe('docs saved by an editor\n');
  expect(text(root, SPEC)).toBe('spec as read\n');
  expect(writerFiles(root)).toEqual([]);
});

test('a write through a handle opened before the rename lands in the original: caught after the rename, the edited original is put back', async () => {
  const root = project();
  let handle: number | undefined;
  const writingLate: WriterFs = {
    ...real,
    renameOverIfUnchanged: async (from, to, expected) => {
      if (to.endsWith('0001-x.md')) handle = openSync(to, 'a');
      const renamed = await real.renameOverIfUnchanged(from, to, expected);
      if (handle !== undefined) {
        writeSync(handle, 'written late\n');
        closeSync(handle);
        handle = undefined;
      }
      return renamed;
    },
  };
  await expect(commitEdits(root, writingLate)).rejects.toBeInstanceOf(FileChangedError);
  expect(text(root, SPEC)).toBe('spec as read\nwritten late\n');
  expect(text(root, DOCS)).toBe('docs as read\n');
  expect(writerFiles(root)).toEqual([]);
});

test('a replacement edited by another program before a later step fails is not undone: the edit stays, the original is kept in a backup the message names', async () => {
  const root = project();
  const failingLater: WriterFs = {
    ...real,
    writeNew: async (p, contents, mode, owner) => {
      if (p.includes('features')) {
        appendFileSync(path.join(root, SPEC), 'their line\n');
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      }
      return real.writeNew(p, contents, mode, owner);
    },
  };
  const error = (await failure(commitEdits(root, failingLater))) as Error;
  expect(error).toBeInstanceOf(WriteError);
  const backup = writerFiles(root).find((p) => p.endsWith('.bak'))!;
  expect(error.message).toContain(`Another program edited a replaced file after it was replaced; its edit stays, and the previous contents are kept in ${backup}.`);
  expect(text(root, SPEC)).toBe('spec edited\ntheir line\n');
  expect(text(root, backup)).toBe('spec as read\n');
});

test.each([
  ['another name of the original (a concurrent run\'s backup) exists: the duplicate backup goes, without a word', true],
  ['the backup is the original\'s only name: it stays, and the message names it', false],
])('a replacement another run renamed over before a later step fails: %s', async (_, secondName) => {
  const root = project();
  const spec = path.join(root, SPEC);
  const otherBackup = path.join(root, 'docs/specs/.0001-x.md.specwright-99-0a1b2c3d.bak');
  const racing: WriterFs = {
    ...real,
    // Just before this run replaces the spec, a concurrent run takes its own backup of the same original.
    link: async (from, to) => {
      if (secondName && from === spec && to.endsWith('.bak')) linkSync(spec, otherBackup);
      await real.link(from, to);
    },
    writeNew: async (p, contents, mode, owner) => {
      if (p.includes('features')) {
        // That run's replacement then goes over this run's, and this run fails on its next file.
        writeFileSync(`${spec}.other`, 'the other run\n');
        renameSync(`${spec}.other`, spec);
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      }
      return real.writeNew(p, contents, mode, owner);
    },
  };
  const error = (await failure(commitEdits(root, racing))) as Error;
  expect(text(root, SPEC)).toBe('the other run\n');
  const ours = writerFiles(root).filter((p) => p.endsWith('.bak') && !p.includes('-99-'));
  if (secondName) {
    expect(error.message).toBe(`cannot write ${DOCS}: the disk is full; free some space and run again (ENOSPC). Nothing was written.`);
    expect(ours).toEqual([]);
    expect(readFileSync(otherBackup, 'utf8')).toBe('spec as read\n');
  } else {
    expect(ours).toHaveLength(1);
    expect(error.message).toContain(`its previous contents are kept in ${ours[0]}`);
    expect(existsSync(path.join(root, ours[0]!))).toBe(true);
  }
});
