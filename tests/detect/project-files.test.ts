/**
 * The reader detection and configuration go through: each file read once,
 * a file that is not JSON named in the error, and what is not a small
 * regular file (missing, a link, a folder, too large) never read.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { UsageError } from '../../src/base/errors.js';
import { ProjectFiles, readRegularFile } from '../../src/detect/project-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('ProjectFiles', () => {
  test('a file that is not JSON exits 2, named as shown, with what to do', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{ "name": }\n');
    let thrown: unknown;
    try {
      new ProjectFiles().json(path.join(dir, 'package.json'), 'packages/a/package.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toMatch(/^packages\/a\/package\.json is not valid JSON: Unexpected token/);
    expect((thrown as UsageError).hint).toBe('Fix packages/a/package.json, then run again.');
  });

  test('a missing file parses as undefined', () => {
    expect(new ProjectFiles().json(path.join(tempDir(), 'package.json'), 'package.json')).toBeUndefined();
  });

  test('each file is read once: a change after the first read is not seen', () => {
    const dir = tempDir();
    const file = path.join(dir, 'package.json');
    writeFileSync(file, '{ "name": "first" }\n');
    const files = new ProjectFiles();
    expect(files.json(file, 'package.json')).toEqual({ name: 'first' });
    writeFileSync(file, '{ "name": "second" }\n');
    expect(files.json(file, 'package.json')).toEqual({ name: 'first' });
    expect(files.text(file)).toBe('{ "name": "first" }\n');
  });

  test('a link is there but not read, and says why', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'real.json'), '{}\n');
    symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
    const files = new ProjectFiles();
    expect(files.exists(path.join(dir, 'link.json'))).toBe(false);
    expect(files.whyUnread(path.join(dir, 'link.json'))).toEqual({ code: 'ELOOP' });
    expect(files.whyUnread(path.join(dir, 'real.json'))).toBeUndefined();
    expect(files.whyUnread(path.join(dir, 'missing.json'))).toBeUndefined();
  });

  test('a path through a file is missing, not unread', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{}\n');
    expect(new ProjectFiles().whyUnread(path.join(dir, 'package.json', 'tsconfig.json'))).toBeUndefined();
  });
});

describe('readRegularFile', () => {
  test('the text of a small regular file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.prettierrc'), '{ "semi": false }\n');
    expect(readRegularFile(path.join(dir, '.prettierrc'))).toBe('{ "semi": false }\n');
  });

  test('undefined for a missing file, a file below a file, a link and a folder', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'real'), 'x');
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    mkdirSync(path.join(dir, 'folder'));
    expect(readRegularFile(path.join(dir, 'missing'))).toBeUndefined();
    expect(readRegularFile(path.join(dir, 'real', 'below'))).toBeUndefined();
    expect(readRegularFile(path.join(dir, 'link'))).toBeUndefined();
    expect(readRegularFile(path.join(dir, 'folder'))).toBeUndefined();
  });

  test('a file over 1 MiB exits 2, naming it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(1024 * 1024 + 1, 0x20));
    expect(() => readRegularFile(path.join(dir, 'big.json'))).toThrow(new UsageError('big.json is larger than 1 MiB; specwright reads only small configuration files'));
  });
});
