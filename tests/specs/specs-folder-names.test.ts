import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { WriteError } from '../../src/base/errors.js';
import { specsFolderNames, specsFolderNamesOrNone } from '../../src/specs/specs-folder-names.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('the specs folder, listed one way', () => {
  test('its names, whatever they are', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-a.md'), '# A\n');
    writeFileSync(path.join(root, 'docs/specs/README.md'), '# Specs\n');
    expect(specsFolderNames(root, 'docs/specs').sort()).toEqual(['0001-a.md', 'README.md']);
  });

  test('a missing folder, or a file in its place, holds no specs yet', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'docs'), 'not a folder\n');
    expect(specsFolderNames(root, 'specs')).toEqual([]);
    expect(specsFolderNames(root, 'docs/specs')).toEqual([]);
  });

  // A link to itself cannot be listed (ELOOP), for root too: unlike a folder without permissions.
  test('a folder that cannot be listed is a WriteError, not an empty folder; the look-ups take it for none', () => {
    const root = tempDir();
    symlinkSync('specs', path.join(root, 'specs'));
    expect(() => specsFolderNames(root, 'specs')).toThrow(WriteError);
    expect(() => specsFolderNames(root, 'specs')).toThrow('cannot read specs: ');
    expect(specsFolderNamesOrNone(root, 'specs')).toEqual([]);
  });
});
