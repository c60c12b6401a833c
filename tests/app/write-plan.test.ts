import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { nativeWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { ConflictError } from '../../src/base/errors.js';
import { planFromDisk } from '../../src/app/plan-from-disk.js';
import { writePlan } from '../../src/app/write-plan.js';
import { MINIMAL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';
import { resolveConfig } from '../../src/project/resolve-config.js';

afterAll(removeTempDirs);

const noSignal = () => undefined;

describe('writePlan', () => {
  test('a spec that took the same number meanwhile (a concurrent run) rolls this run back', async () => {
    const root = tempDir({ git: true });
    const plan = await planFromDisk(MINIMAL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    const real = await nativeWriterFs();
    const rival = path.join(root, 'docs/specs/0001-rival.md');
    // The other run links its spec right after ours.
    const racing: WriterFs = {
      ...real,
      link: async (from, to) => {
        await real.link(from, to);
        if (to.endsWith('0001-export-to-csv.md')) writeFileSync(rival, 'the other run\n');
      },
    };
    const error = await writePlan(plan, { force: false, journalDir: path.join(root, '.git'), pendingSignal: noSignal, fs: racing }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      'spec number 0001 was taken by docs/specs/0001-rival.md while this spec was being written. Nothing was written.',
    );
    expect(Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/'))).toEqual(['docs/specs/0001-rival.md']);
  });

  test('specs that already shared a number before the run are not a race', async () => {
    const root = tempDir({ git: true });
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-export-to-csv.md'), 'old\n');
    writeFileSync(path.join(root, 'docs/specs/0001-hand-made.md'), 'someone numbered this by hand\n');
    const plan = await planFromDisk(MINIMAL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    const result = await writePlan(plan, { force: true, journalDir: path.join(root, '.git'), pendingSignal: noSignal });
    expect(result.replaced).toEqual(['docs/specs/0001-export-to-csv.md']);
  });

  test('on a conflict, temps left by a killed run are still removed, and the hint says so', async () => {
    const root = tempDir({ git: true });
    mkdirSync(path.join(root, 'tests'), { recursive: true });
    writeFileSync(path.join(root, 'tests/export-to-csv.test.js'), 'mine\n');
    const stale = path.join(root, 'tests/.export-to-csv.test.js.specwright-4000000-0a1b2c3d.tmp');
    writeFileSync(stale, 'half');
    const plan = await planFromDisk(MINIMAL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    const error = await writePlan(plan, { force: false, journalDir: path.join(root, '.git'), pendingSignal: noSignal }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).hint).toContain('Removed 1 temp file(s) left by an interrupted run: tests/.export-to-csv.test.js.specwright-4000000-0a1b2c3d.tmp');
    expect(existsSync(stale)).toBe(false);
  });
});
