/**
 * `--dry-run --force` against an existing spec that has grown huge (a log
 * pasted in, a generator gone wrong): the preview must finish in bounded
 * time and memory, say why it shows no hunks, and still show every byte a
 * run would write. Assertions are on the output, never on the time taken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const SPEC = 'docs/specs/0001-big-spec.md';
const NEW = ['new', '--name', 'Big spec', '--owner', 'Ada'];
const SLOW = { timeoutMs: 170000 };

/** A repository whose spec for "Big spec" is replaced by `contents`. */
async function repoWithSpec(contents: string): Promise<string> {
  const root = tempDir({ git: true });
  expect((await runBin(NEW, { cwd: root })).code).toBe(0);
  writeFileSync(path.join(root, SPEC), contents);
  return root;
}

/** What a real run writes for the same answers, in a fresh repository. */
async function freshSpec(): Promise<string> {
  const root = tempDir({ git: true });
  expect((await runBin(NEW, { cwd: root })).code).toBe(0);
  return readFileSync(path.join(root, SPEC), 'utf8');
}

describe('--dry-run --force against a huge existing spec', () => {
  test('1,000,000 short lines (2 MB): a summary of where the files differ, then the new contents in full', async () => {
    const root = await repoWithSpec('x\n'.repeat(1_000_000));
    const expected = await freshSpec();
    const newLines = expected.split('\n').length - 1;
    const before = treeSnapshot(root);

    const result = await runBin([...NEW, '--dry-run', '--force'], { cwd: root, ...SLOW });

    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const replace = result.stdout.slice(result.stdout.indexOf(`=== replace ${SPEC}\n`), result.stdout.indexOf('=== replace tests/'));
    expect(replace).toBe(
      `=== replace ${SPEC}\n--- a/${SPEC}\n+++ b/${SPEC}\n` +
        `Too large to diff here: the files differ within lines 1-1000000 of the existing file (1000000 lines) and lines 1-${newLines} of the new one (${newLines} lines).\n` +
        `The new contents in full (${Buffer.byteLength(expected)} bytes):\n${expected}\n`,
    );
    expect(result.stdout).toContain('=== replace tests/big-spec.test.js\n(unchanged)\n');
    expect(result.stdout).toContain('=== replace docs/features/big-spec.md\n(unchanged)\n');
    expect(treeSnapshot(root)).toEqual(before);
  }, 180000);

  test('1,000,000 longer lines (over 4 MB): not read for a diff, the size said, the new contents in full', async () => {
    const huge = Array.from({ length: 1_000_000 }, (_, i) => `a line pasted in, number ${i}\n`).join('');
    const root = await repoWithSpec(huge);
    const expected = await freshSpec();
    const before = treeSnapshot(root);

    const result = await runBin([...NEW, '--dry-run', '--force'], { cwd: root, ...SLOW });

    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      `=== replace ${SPEC}\n--- a/${SPEC}\n+++ b/${SPEC}\n` +
        `Too large to diff here: the existing file has ${Buffer.byteLength(huge)} bytes; files over 4194304 bytes are not read for a diff.\n` +
        `The new contents in full (${Buffer.byteLength(expected)} bytes):\n${expected}\n=== replace tests/`,
    );
    expect(treeSnapshot(root)).toEqual(before);
  }, 180000);
});
