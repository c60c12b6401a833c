/**
 * Reading the specs folder from disk: spec files only, in number order, one
 * read each; links, FIFOs, folders and files over 1 MiB are reported, not read
 * (and a FIFO never blocks); bytes that are not UTF-8 are a problem on their line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { MAX_SPEC_BYTES, readSpecsFolder } from '../../src/specs/read-specs-folder.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const EXAMPLE = readFileSync(new URL('../../examples/dark-mode/docs/specs/0001-dark-mode.md', import.meta.url), 'utf8');

function specsFolder(files: Record<string, string | Buffer>): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  for (const [name, contents] of Object.entries(files)) writeFileSync(path.join(root, 'docs/specs', name), contents);
  return root;
}

describe('readSpecsFolder', () => {
  test('spec files only, in number order (9999 before 10000, dated ids after), each with its path from the root', () => {
    const root = specsFolder({ '10000-big.md': EXAMPLE, '9999-small.md': EXAMPLE, '20261127-dated.md': EXAMPLE, '0002-two.MD': EXAMPLE, 'README.md': '# Specs', 'index.md': '', '0003-notes.txt': '' });
    const specs = readSpecsFolder(root, 'docs/specs');
    expect(specs.map((s) => s.path)).toEqual(['docs/specs/0002-two.MD', 'docs/specs/9999-small.md', 'docs/specs/10000-big.md', 'docs/specs/20261127-dated.md']);
    expect(specs.every((s) => s.read && s.reading.problems.length === 0 && s.reading.title?.value === 'Dark mode')).toBe(true);
  });

  test('a missing folder holds no specs; a specs folder at the root is read as "."', () => {
    expect(readSpecsFolder(tempDir(), 'docs/specs')).toEqual([]);
    const root = tempDir();
    writeFileSync(path.join(root, '0001-x.md'), EXAMPLE);
    expect(readSpecsFolder(root, '.').map((s) => s.path)).toEqual(['0001-x.md']);
  });

  test('a link, a FIFO and a folder named like specs are reported, not read, and nothing blocks', () => {
    const root = specsFolder({ '0001-real.md': EXAMPLE });
    const dir = path.join(root, 'docs/specs');
    writeFileSync(path.join(root, 'outside.md'), EXAMPLE);
    symlinkSync(path.join(root, 'outside.md'), path.join(dir, '0002-link.md'));
    execFileSync('mkfifo', [path.join(dir, '0003-fifo.md')]);
    mkdirSync(path.join(dir, '0004-folder.md'));
    const specs = readSpecsFolder(root, 'docs/specs');
    expect(specs.map((s) => [s.path, s.read, s.reading.problems])).toEqual([
      ['docs/specs/0001-real.md', true, []],
      ['docs/specs/0002-link.md', false, [{ line: 0, message: 'the file is a symbolic link: not read (specwright reads files in your repository only when they are regular files, never through a link)', rule: 'unreadable' }]],
      ['docs/specs/0003-fifo.md', false, [{ line: 0, message: 'the file is not a regular file (a folder, FIFO, socket or device): not read', rule: 'unreadable' }]],
      ['docs/specs/0004-folder.md', false, [{ line: 0, message: 'the file is not a regular file (a folder, FIFO, socket or device): not read', rule: 'unreadable' }]],
    ]);
    expect(specs[1]!.reading).toMatchObject({ id: '0002-link', number: '0002', slug: 'link', title: undefined, phases: [] });
  });

  test('a file over 1 MiB is reported with its size, not read', () => {
    const root = specsFolder({ '0001-huge.md': `${EXAMPLE}${'x'.repeat(MAX_SPEC_BYTES)}` });
    const [spec] = readSpecsFolder(root, 'docs/specs');
    expect(spec!.read).toBe(false);
    expect(spec!.reading.problems).toEqual([{ line: 0, message: expect.stringMatching(/^the file is larger than 1 MiB \(\d+ bytes\): not read$/), rule: 'unreadable' }]);
  });

  test('bytes that are not UTF-8: read with U+FFFD, and a problem on the line of the first', () => {
    const root = specsFolder({ '0001-latin1.md': Buffer.concat([Buffer.from('# Feature Specification: Caf'), Buffer.from([0xe9]), Buffer.from(EXAMPLE.slice(EXAMPLE.indexOf('\n')))]) });
    const [spec] = readSpecsFolder(root, 'docs/specs');
    expect(spec!.reading.title?.value).toBe('Caf\uFFFD');
    expect(spec!.reading.problems).toEqual([{ line: 1, message: 'bytes that are not UTF-8, read as U+FFFD', rule: 'encoding' }]);
  });

  test('a file where the folder should be holds no specs, like a missing folder', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/specs'), 'a file, not a folder');
    expect(readSpecsFolder(root, 'docs/specs')).toEqual([]);
  });
});
