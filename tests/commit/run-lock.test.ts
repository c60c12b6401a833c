import { existsSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { holdRunLock, probeRunLock } from '../../src/commit/run-lock.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('the run lock', () => {
  test.each([
    ['a short path', 0],
    ['a path too long for a socket address (reached through /proc/self/fd)', 120],
  ])('at %s: live while held, absent once released, and nothing left behind', async (_, extra) => {
    const dir = path.join(tempDir(), 'x'.repeat(extra));
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, '.specwright-1-0a1b2c3d.lock');
    const lock = await holdRunLock(file);
    expect(lock).toBeDefined();
    expect(lstatSync(file).isSocket()).toBe(true);
    expect(await probeRunLock(file)).toBe('live');
    await lock!.release();
    expect(await probeRunLock(file)).toBe('absent');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a socket file nobody listens on is dead', async () => {
    const dir = tempDir();
    const file = path.join(dir, '.specwright-1-0a1b2c3d.lock');
    // A server that is closed without unlinking: what a SIGKILLed process leaves behind.
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    const { linkSync } = await import('node:fs');
    linkSync(file, `${file}.kept`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(existsSync(file)).toBe(false);
    expect(await probeRunLock(`${file}.kept`)).toBe('dead');
  });
});
