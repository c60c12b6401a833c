/**
 * The package a run is in: the nearest package.json from the working folder
 * up to the root, never one inside node_modules, and never a folder whose
 * names are not plain.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { UsageError } from '../../src/base/errors.js';
import { findPackage } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const find = (root: string, cwd: string) => findPackage(new ProjectFiles(), root, cwd);

describe('the package a run is in', () => {
  test('the workspace package whose folder the run starts in, with the root manifest beside it', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/a/package.json': { name: 'a' } });
    const found = find(root, path.join(root, 'packages/a'));
    expect(found).toEqual({ dir: path.join(root, 'packages/a'), manifest: { name: 'a' }, rootManifest: { name: 'root' }, nested: true });
  });

  test('the nearest package.json above a folder deep inside the package', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/a/package.json': { name: 'a' } });
    mkdirSync(path.join(root, 'packages/a/src/deep'), { recursive: true });
    expect(find(root, path.join(root, 'packages/a/src/deep')).dir).toBe(path.join(root, 'packages/a'));
  });

  test('the root, not nested, from a folder below it with no package.json on the way', () => {
    const root = projectWith({ 'package.json': { name: 'root' } });
    mkdirSync(path.join(root, 'docs/guide'), { recursive: true });
    expect(find(root, path.join(root, 'docs/guide'))).toEqual({ dir: root, manifest: { name: 'root' }, rootManifest: { name: 'root' }, nested: false });
  });

  test('the root when the run starts at the root, even with packages below', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/a/package.json': { name: 'a' } });
    expect(find(root, root).nested).toBe(false);
  });

  test('the root when the run starts outside it', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/a/package.json': { name: 'a' } });
    expect(find(path.join(root, 'packages'), root)).toEqual({ dir: path.join(root, 'packages'), manifest: undefined, rootManifest: undefined, nested: false });
  });

  test('not an installed package: the search starts above node_modules', () => {
    const root = projectWith({
      'package.json': { name: 'root' },
      'packages/a/package.json': { name: 'a' },
      'packages/a/node_modules/dep/package.json': { name: 'dep' },
      'packages/a/node_modules/dep/node_modules/inner/package.json': { name: 'inner' },
    });
    const found = find(root, path.join(root, 'packages/a/node_modules/dep/node_modules/inner'));
    expect(found.dir).toBe(path.join(root, 'packages/a'));
    expect(found.manifest).toEqual({ name: 'a' });
  });

  test('not a package.json lying in node_modules itself', () => {
    const root = projectWith({
      'package.json': { name: 'root' },
      'packages/a/package.json': { name: 'a' },
      'packages/a/node_modules/package.json': { name: 'stray' },
    });
    mkdirSync(path.join(root, 'packages/a/node_modules/dep'));
    expect(find(root, path.join(root, 'packages/a/node_modules/dep')).manifest).toEqual({ name: 'a' });
  });

  test('the root, not an installed package, from inside the root node_modules', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'node_modules/dep/package.json': { name: 'dep' } });
    expect(find(root, path.join(root, 'node_modules/dep'))).toEqual({ dir: root, manifest: { name: 'root' }, rootManifest: { name: 'root' }, nested: false });
  });

  test('a package.json that is not an object is no package', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/a/package.json': '[1, 2]\n' });
    expect(find(root, path.join(root, 'packages/a')).dir).toBe(root);
  });

  test('a package folder with a space exits 2, naming it and what to do', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/my app/package.json': { name: 'a' } });
    let thrown: unknown;
    try {
      find(root, path.join(root, 'packages/my app'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toBe(
      'the package folder "packages/my app" may only have letters, digits and . _ - @ + in its names: specwright writes the test stub into it and names it in the spec',
    );
    expect((thrown as UsageError).hint).toBe('Rename the folder (letters, digits and . _ - @ + only), or run from the repository root with --tests-dir naming a plain folder.');
  });

  test('a package.json that is not JSON exits 2, named from the root', () => {
    const root = projectWith({ 'package.json': { name: 'root' }, 'packages/a/package.json': '{ name: a }\n' });
    expect(() => find(root, path.join(root, 'packages/a'))).toThrow(/^packages\/a\/package\.json is not valid JSON: /);
  });
});
