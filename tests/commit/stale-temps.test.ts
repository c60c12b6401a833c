import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { holdRunLock } from '../../src/commit/run-lock.js';
import { cleanStaleTemps } from '../../src/commit/stale-temps.js';
import { realWriterFs } from '../../src/commit/writer-fs.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('cleanStaleTemps', () => {
  test('removes temps of ended runs, keeps those of runs with a journal or a held lock, reports backups without touching them', async () => {
    const root = tempDir();
    const journalDir = tempDir();
    const dir = path.join(root, 'tests');
    mkdirSync(dir);
    // The pid plays no part: a run is live while its journal is in place or its lock is held.
    const names = {
      deadTemp: `.x.test.ts.specwright-${process.pid}-0a1b2c3d.tmp`,
      journalTemp: `.x.test.ts.specwright-1-1a1b2c3d.tmp`,
      undoTemp: `.x.test.ts.specwright-1-3a1b2c3d.tmp`,
      lockedTemp: `.x.test.ts.specwright-1-2a1b2c3d.tmp`,
      deadBackup: `.x.test.ts.specwright-1-deadbeef.bak`,
      unrelated: '.x.test.ts.other-123.tmp',
    };
    for (const name of Object.values(names)) writeFileSync(path.join(dir, name), '');
    writeFileSync(path.join(journalDir, '.specwright-1-1a1b2c3d.journal'), '{}');
    // Claimed by a recovering run: its temps are that run's proofs.
    writeFileSync(path.join(journalDir, '.specwright-1-3a1b2c3d.journal.undo-2-9a1b2c3d'), '{}');
    const lock = await holdRunLock(path.join(journalDir, '.specwright-1-2a1b2c3d.lock'));
    try {
      const report = await cleanStaleTemps(await realWriterFs(), root, journalDir, [dir, path.join(root, 'missing')]);
      expect(report).toEqual({ removed: [`tests/${names.deadTemp}`], backups: [`tests/${names.deadBackup}`] });
    } finally {
      await lock?.release();
    }
    expect(existsSync(path.join(dir, names.deadTemp))).toBe(false);
    for (const kept of [names.journalTemp, names.undoTemp, names.lockedTemp, names.deadBackup, names.unrelated]) expect(existsSync(path.join(dir, kept))).toBe(true);
  });
});

describe('cleanStaleTemps after a --force run killed past its commit point', () => {
  test('its backup is dropped when the replacement is still in place (the same file as its second name); otherwise reported', async () => {
    const { linkSync, readdirSync } = await import('node:fs');
    const root = tempDir();
    const dir = path.join(root, 'docs');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.md'), 'replacement\n');
    linkSync(path.join(dir, 'a.md'), path.join(dir, '.a.md.specwright-1-0a1b2c3d.new'));
    writeFileSync(path.join(dir, '.a.md.specwright-1-0a1b2c3d.bak'), 'old\n');
    // Edited since (a new file at the target): the backup may be wanted, and stays.
    writeFileSync(path.join(dir, 'b.md'), 'edited\n');
    writeFileSync(path.join(dir, '.b.md.specwright-1-1a1b2c3d.new'), 'replacement\n');
    writeFileSync(path.join(dir, '.b.md.specwright-1-1a1b2c3d.bak'), 'old\n');
    const report = await cleanStaleTemps(await realWriterFs(), root, tempDir(), [dir]);
    expect([...report.removed].sort()).toEqual(['docs/.a.md.specwright-1-0a1b2c3d.bak', 'docs/.a.md.specwright-1-0a1b2c3d.new']);
    expect(report.backups).toEqual(['docs/.b.md.specwright-1-1a1b2c3d.bak']);
    expect(readdirSync(dir).sort()).toEqual(['.b.md.specwright-1-1a1b2c3d.bak', '.b.md.specwright-1-1a1b2c3d.new', 'a.md', 'b.md']);
  });
});
