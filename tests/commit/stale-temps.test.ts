import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { cleanStaleTemps } from '../../src/commit/stale-temps.js';
import { realWriterFs } from '../../src/commit/writer-fs.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** A pid that is certainly not running: above the kernel's pid_max default range. */
const DEAD_PID = 4_000_000;

describe('cleanStaleTemps', () => {
  test('removes temps of dead runs, keeps live ones, reports dead backups without touching them', async () => {
    const root = tempDir();
    const dir = path.join(root, 'tests');
    mkdirSync(dir);
    const names = {
      deadTemp: `.x.test.ts.specwright-${DEAD_PID}-0a1b2c3d.tmp`,
      liveTemp: `.x.test.ts.specwright-${process.pid}-0a1b2c3d.tmp`,
      deadBackup: `.x.test.ts.specwright-${DEAD_PID}-deadbeef.bak`,
      unrelated: '.x.test.ts.other-123.tmp',
    };
    for (const name of Object.values(names)) writeFileSync(path.join(dir, name), '');
    const report = await cleanStaleTemps(await realWriterFs(), root, [dir, path.join(root, 'missing')]);
    expect(report).toEqual({ removed: [`tests/${names.deadTemp}`], backups: [`tests/${names.deadBackup}`] });
    expect(existsSync(path.join(dir, names.deadTemp))).toBe(false);
    expect(existsSync(path.join(dir, names.liveTemp))).toBe(true);
    expect(existsSync(path.join(dir, names.deadBackup))).toBe(true);
    expect(existsSync(path.join(dir, names.unrelated))).toBe(true);
  });
});
