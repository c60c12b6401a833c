/**
 * Whether ava and tap run a TypeScript stub, each with the words that say
 * why; and the first inclusion of the "tap" key's include.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { avaTypeScript, tapInclude, tapTypeScript } from '../../src/detect/runner-defaults.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function pkg(files: Record<string, string>, manifest: Record<string, unknown> = {}): PackageInfo {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, manifest, rootManifest: manifest, nested: false };
}

const prefix = 'packages/a/';

describe('ava', () => {
  test('"extensions" naming ts in the "ava" key', () => {
    expect(avaTypeScript(new ProjectFiles(), pkg({}, { ava: { extensions: ['ts', 'js'] } }), prefix)).toEqual({ can: true, how: 'ava runs it per "extensions" in the "ava" key of packages/a/package.json' });
  });

  test('"extensions" naming tsx alone is not ts', () => {
    expect(avaTypeScript(new ProjectFiles(), pkg({}, { ava: { extensions: ['tsx'] } }), prefix).can).toBe(false);
  });

  test('an "ava" key without either', () => {
    expect(avaTypeScript(new ProjectFiles(), pkg({}, { ava: { verbose: true } }), prefix)).toEqual({
      can: false,
      how: 'ava runs no TypeScript here (no "typescript" or "extensions" naming ts in its configuration)',
    });
  });

  test('"typescript" in ava.config.js, read as text', () => {
    expect(avaTypeScript(new ProjectFiles(), pkg({ 'ava.config.js': "export default { typescript: { compile: 'tsc' } };\n" }), prefix)).toEqual({ can: true, how: 'ava runs it per packages/a/ava.config.js' });
  });

  test('ava.config.js naming only JavaScript extensions', () => {
    expect(avaTypeScript(new ProjectFiles(), pkg({ 'ava.config.js': "export default { extensions: ['js', 'mjs'] };\n" }), prefix).can).toBe(false);
  });
});

describe('tap', () => {
  test('.taprc removing the TypeScript plugin', () => {
    expect(tapTypeScript(new ProjectFiles(), pkg({ '.taprc': 'plugin:\n  - "!@tapjs/typescript"\n' }), prefix)).toEqual({ can: false, how: "packages/a/.taprc removes tap's TypeScript plugin" });
  });

  test('a "tap" key and a .taprc that keep it', () => {
    expect(tapTypeScript(new ProjectFiles(), pkg({ '.taprc': 'jobs: 2\n' }, { tap: { plugin: ['@tapjs/nock'] } }), prefix)).toEqual({ can: true, how: 'tap runs TypeScript with its default plugin' });
  });

  test('no configuration at all keeps it', () => {
    expect(tapTypeScript(new ProjectFiles(), pkg({}), prefix).can).toBe(true);
  });

  test('the first inclusion of the "tap" key, past exclusions and what is not a string', () => {
    expect(tapInclude(new ProjectFiles(), pkg({}, { tap: { include: ['!fixtures/**', 3, 'unit/**/*.js'] } }), prefix)).toEqual({ pattern: 'unit/**/*.js', evidence: 'include in the "tap" key of packages/a/package.json' });
  });

  test('one include string in the "tap" key', () => {
    expect(tapInclude(new ProjectFiles(), pkg({}, { tap: { include: 'checks/**' } }), prefix)?.pattern).toBe('checks/**');
  });

  test('an include that is neither leaves it to .taprc', () => {
    expect(tapInclude(new ProjectFiles(), pkg({ '.taprc': 'include: rc/**\n' }, { tap: { include: 5 } }), prefix)).toEqual({ pattern: 'rc/**', evidence: 'include in packages/a/.taprc' });
  });
});
