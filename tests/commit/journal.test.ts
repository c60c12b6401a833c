import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { commitFiles } from '../../src/commit/commit-files.js';
import { recoverInterruptedRuns } from '../../src/commit/journal.js';
import { preflight } from '../../src/commit/preflight.js';
import { nativeWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { PLANNED_FILES } from '../helpers/planned-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

let real: WriterFs;
beforeAll(async () => {
  real = await nativeWriterFs();
});
afterAll(removeTempDirs);

const FILES = PLANNED_FILES;
const DEAD_PID = '4000000';

/**
 * Leaves the tree as a SIGKILL would after `links` files were linked: the
 * commit stops there and nothing is rolled back. The journal is then given
 * a dead pid, as the killed process's would have.
 */
async function killedMidCommit(root: string, links: number, force = false): Promise<void> {
  let linked = 0;
  const killed = Object.assign(new Error('SIGKILL'), { code: 'KILLED' });
  const dying: WriterFs = {
    ...real,
    link: async (from, to) => {
      if (linked === links) throw killed;
      await real.link(from, to);
      if (!path.basename(to).includes('.specwright-')) linked += 1;
    },
    rename: async (from, to) => {
      if (linked === links) throw killed;
      await real.rename(from, to);
      linked += 1;
    },
    // A killed process undoes nothing.
    unlink: async () => {},
    rmdir: async () => {},
  };
  const writes = await preflight(real, root, FILES, force);
  await commitFiles(dying, writes, { root, pendingSignal: () => undefined }).catch(() => undefined);
  // Every dot-file of the run carries its pid: give them all the dead one.
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    if (name.includes(`.specwright-${process.pid}-`)) {
      renameSync(path.join(root, name), path.join(root, name.replace(`.specwright-${process.pid}-`, `.specwright-${DEAD_PID}-`)));
    }
  }
}

describe('recoverInterruptedRuns', () => {
  test.each([[0], [1], [2]])('undoes a run killed after %i of 3 files: the tree is exactly as before', async (links) => {
    const root = tempDir();
    writeFileSync(path.join(root, 'README.md'), 'keep\n');
    const before = treeSnapshot(root);
    await killedMidCommit(root, links);
    expect(treeSnapshot(root)).not.toEqual(before);
    const reports = await recoverInterruptedRuns(real, root);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(new RegExp(`^Rolled back a run that was killed mid-write \\(pid ${DEAD_PID}\\)`));
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a --force run killed after replacing a file gets the original back', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'the original\n');
    const before = treeSnapshot(root);
    await killedMidCommit(root, 2, true);
    expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toBe('spec\n');
    const [report] = await recoverInterruptedRuns(real, root);
    expect(report).toContain('restored docs/specs/0001-x.md');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a file edited since the killed run is kept, and so is its folder', async () => {
    const root = tempDir();
    await killedMidCommit(root, 1);
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'my edits\n');
    await recoverInterruptedRuns(real, root);
    expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toBe('my edits\n');
  });

  test('a journal of a live run is left alone', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, `.specwright-${process.pid}-0a1b2c3d.journal`), '{"files": [], "dirs": []}');
    await expect(recoverInterruptedRuns(real, root)).resolves.toEqual([]);
    expect(readdirSync(root)).toEqual([`.specwright-${process.pid}-0a1b2c3d.journal`]);
  });

  test('a journal cut short while being written is removed; nothing else is touched', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'README.md'), 'keep\n');
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), '{"files": [{"pa');
    await expect(recoverInterruptedRuns(real, root)).resolves.toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}).`]);
    expect(readdirSync(root)).toEqual(['README.md']);
  });

  test('a planted journal cannot reach outside the writer\'s folders, or through a link', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'victim.md'), 'spec\n');
    mkdirSync(path.join(root, 'docs'));
    symlinkSync(outside, path.join(root, 'docs/specs'));
    writeFileSync(path.join(root, 'README.md'), 'spec\n');
    // The right hash of the victims' contents: only the path checks can protect them.
    const sha = createHash('sha256').update('spec\n').digest('hex');
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'tests/a.test.ts'), 'spec\n');
    writeFileSync(path.join(root, 'tests/b.test.ts'), 'spec\n');
    const entry = (p: string, replaces = false) => ({ path: p, sha256: sha, replaces, temp: 'tests/a.test.ts', backup: 'tests/a.test.ts' });
    const journal = {
      files: [entry('../outside/victim.md'), entry('README.md'), entry('docs/specs/victim.md'), entry('/etc/passwd'), entry('tests/b.test.ts', true), entry('tests/zzz')],
      dirs: ['..', '/tmp', 'docs/specs'],
    };
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), JSON.stringify(journal));
    const before = { root: treeSnapshot(root), outside: treeSnapshot(outside) };
    await recoverInterruptedRuns(real, root);
    const { [`.specwright-${DEAD_PID}-0a1b2c3d.journal`]: _journal, ...rootBefore } = before.root;
    expect(treeSnapshot(root)).toEqual(rootBefore);
    expect(treeSnapshot(outside)).toEqual(before.outside);
  });

  test('the journal of a git checkout lives in .git, where no commit can carry it to a colleague', async () => {
    const root = tempDir({ git: true });
    await killedMidCommit(root, 1);
    expect(readdirSync(root).filter((n) => n.endsWith('.journal'))).toEqual([]);
    expect(readdirSync(path.join(root, '.git')).filter((n) => n.endsWith('.journal'))).toHaveLength(1);
  });
});
