/**
 * oxfmt's configuration file as oxfmt finds it, nearest folder first: data
 * read (JSON with comments), data that cannot be read said so, code never run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { findOxfmtConfig } from '../../../src/detect/style/oxfmt-style.js';
import { removeTempDirs, tempDir } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const inPackages = () => 'packages/a/';

describe('findOxfmtConfig', () => {
  test('.oxfmtrc.jsonc with comments is read', () => {
    const dir = folder({ '.oxfmtrc.jsonc': '{\n  // house style\n  "semi": false,\n}\n' });
    expect(findOxfmtConfig(new ProjectFiles(), [dir], inPackages)).toEqual({ options: { semi: false }, label: 'packages/a/.oxfmtrc.jsonc' });
  });

  test('a file that is not JSON says it could not be read', () => {
    const dir = folder({ '.oxfmtrc.json': '{ "semi": \n' });
    expect(findOxfmtConfig(new ProjectFiles(), [dir], inPackages)).toEqual({ options: undefined, label: 'packages/a/.oxfmtrc.json', unread: 'packages/a/.oxfmtrc.json could not be read as JSON' });
  });

  test('JSON that is not an object says the same', () => {
    const dir = folder({ '.oxfmtrc.json': '[1]\n' });
    expect(findOxfmtConfig(new ProjectFiles(), [dir], inPackages)?.unread).toBe('packages/a/.oxfmtrc.json could not be read as JSON');
  });

  test('a code config is named, never run', () => {
    const dir = folder({ 'oxfmt.config.mjs': 'export default { semi: false };\n' });
    expect(findOxfmtConfig(new ProjectFiles(), [dir], inPackages)).toEqual({ options: undefined, label: 'packages/a/oxfmt.config.mjs', unread: 'packages/a/oxfmt.config.mjs is code, which specwright does not run' });
  });

  test('the nearest folder first; a folder without one is passed over', () => {
    const near = folder({});
    const far = folder({ '.oxfmtrc.json': '{ "useTabs": true }\n' });
    expect(findOxfmtConfig(new ProjectFiles(), [near, far], (dir) => (dir === far ? '' : 'packages/a/'))).toEqual({ options: { useTabs: true }, label: '.oxfmtrc.json' });
  });

  test('none anywhere', () => {
    expect(findOxfmtConfig(new ProjectFiles(), [folder({ '.prettierrc': '{}' })], inPackages)).toBeUndefined();
  });
});
