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
      lockedTemp: `.x.test.ts.specwright-1-2a1b2c3d.tmp`,
      deadBackup: `.x.test.ts.specwright-1-deadbeef.bak`,
      unrelated: '.x.test.ts.other-123.tmp',
    };
    for (const name of Object.values(names)) writeFileSync(path.join(dir, name), '');
    writeFileSync(path.join(journalDir, '.specwright-1-1a1b2c3d.journal'), '{}');
    const lock = await holdRunLock(path.join(journalDir, '.specwright-1-2a1b2c3d.lock'));
    try {
      const report = await cleanStaleTemps(await realWriterFs(), root, journalDir, [dir, path.join(root, 'missing')]);
      expect(report).toEqual({ removed: [`tests/${names.deadTemp}`], backups: [`tests/${names.deadBackup}`] });
    } finally {
      await lock?.release();
    }
    expect(existsSync(path.join(dir, names.deadTemp))).toBe(false);
    for (const kept of [names.journalTemp, names.lockedTemp, names.deadBackup, names.unrelated]) expect(existsSync(path.join(dir, kept))).toBe(true);
  });
});
