import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { readRegularSync, whyNotRead } from '../../src/base/read-regular-file.js';

describe('readRegularSync', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-regular-'));
  writeFileSync(path.join(dir, 'small.txt'), 'hello');
  writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2048));
  symlinkSync('small.txt', path.join(dir, 'link.txt'));
  mkdirSync(path.join(dir, 'folder'));

  test('reads a regular file whole', () => {
    const read = readRegularSync(path.join(dir, 'small.txt'), 1024);
    expect('bytes' in read && read.bytes.toString()).toBe('hello');
  });

  test.each([
    ['link.txt', 'ELOOP'],
    ['folder', 'NOT_REGULAR'],
    ['big.txt', 'TOO_LARGE'],
    ['missing.txt', 'ENOENT'],
  ])('does not read %s: %s', (name, code) => {
    expect(readRegularSync(path.join(dir, name), 1024)).toMatchObject({ code });
  });
});

describe('whyNotRead, the one table of reasons', () => {
  test('a limit of whole MiB is said in MiB, another in bytes', () => {
    expect(whyNotRead({ code: 'TOO_LARGE', size: 2_000_000 }, 1024 * 1024)).toBe('is larger than 1 MiB (2000000 bytes): not read');
    expect(whyNotRead({ code: 'TOO_LARGE', size: 2048 }, 1000)).toBe('is larger than 1000 bytes (2048 bytes): not read');
  });

  test('each code has its own words, and an unknown code is named', () => {
    const codes = ['ENOENT', 'ELOOP', 'NOT_REGULAR', 'EACCES', 'EPERM'];
    const words = codes.map((code) => whyNotRead({ code }, 1));
    expect(new Set(words).size).toBe(codes.length);
    expect(whyNotRead({ code: 'EIO' }, 1)).toBe('cannot be read (EIO)');
  });
});
