/**
 * A .prettierrc.json that is JSON but not an object or a shared config's
 * name is unread, said so; singleQuote false is double quotes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { findPrettierConfig, prettierOptions } from '../../../src/detect/style/prettier-style.js';
import { removeTempDirs, tempDir } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

function found(name: string, text: string) {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), text);
  return findPrettierConfig(new ProjectFiles(), [{ dir, manifest: undefined }], () => 'packages/a/');
}

describe('a .prettierrc.json', () => {
  test('a list is not a configuration', () => {
    expect(found('.prettierrc.json', '["semi"]\n')).toEqual({ options: undefined, label: 'packages/a/.prettierrc.json', unread: 'packages/a/.prettierrc.json could not be read as JSON or flat YAML' });
  });

  test('a number is not a configuration', () => {
    expect(found('.prettierrc.json', '80\n')?.unread).toBe('packages/a/.prettierrc.json could not be read as JSON or flat YAML');
  });

  test('a string names a shared config, which is not read', () => {
    expect(found('.prettierrc.json', '"@company/prettier-config"\n')?.unread).toBe('packages/a/.prettierrc.json names the shared config "@company/prettier-config", which is not read');
  });
});

describe('prettierOptions', () => {
  test('singleQuote false: double quotes', () => {
    expect(prettierOptions({ singleQuote: false }, '.prettierrc').quotes).toEqual({ value: 'double', evidence: '.prettierrc singleQuote' });
  });

  test('singleQuote that is not true or false says nothing', () => {
    expect(prettierOptions({ singleQuote: 'yes' }, '.prettierrc').quotes).toBeUndefined();
  });
});
