/**
 * Which folders a root declares as workspace packages, on real folders:
 * npm/yarn `workspaces` (a list or `{ packages }`), pnpm-workspace.yaml,
 * `*`, `**` and `!` patterns; only folders with a package.json, never through
 * a link, never node_modules, never above the root.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { pnpmPatterns, workspacePackages } from '../../src/detect/workspace-packages.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function tree(packages: readonly string[], others: readonly string[] = []): string {
  const root = tempDir();
  for (const dir of packages) {
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, 'package.json'), '{}\n');
  }
  for (const dir of others) mkdirSync(path.join(root, dir), { recursive: true });
  return root;
}

describe('workspacePackages', () => {
  test('a list of patterns: * and plain paths, only folders that hold a package.json', () => {
    const root = tree(['packages/a', 'packages/b', 'tools/cli', 'packages/a/node_modules/dep'], ['packages/empty']);
    expect(workspacePackages(new ProjectFiles(), root, { workspaces: ['packages/*', './tools/cli/'] })).toEqual(['packages/a', 'packages/b', 'tools/cli']);
  });

  test("yarn's { packages } form, ** at any depth, and ! exclusions", () => {
    const root = tree(['apps/web', 'apps/group/admin', 'apps/legacy']);
    expect(workspacePackages(new ProjectFiles(), root, { workspaces: { packages: ['apps/**', '!apps/legacy'] } })).toEqual(['apps/group/admin', 'apps/web']);
  });

  test('pnpm-workspace.yaml, quoted or not, comments aside', () => {
    const root = tree(['packages/a', 'libs/x']);
    writeFileSync(path.join(root, 'pnpm-workspace.yaml'), "packages:\n  - 'packages/*' # all\n  - libs/x\ncatalog:\n  - nope/*\n");
    expect(pnpmPatterns("packages:\n  - 'packages/*' # all\n  - libs/x\ncatalog:\n  - nope/*\n")).toEqual(['packages/*', 'libs/x']);
    expect(workspacePackages(new ProjectFiles(), root, { name: 'root' })).toEqual(['libs/x', 'packages/a']);
  });

  test('no link is followed and no pattern leaves the root; no workspaces: none', () => {
    const outside = tree(['pkg']);
    const root = tree(['packages/a']);
    symlinkSync(path.join(outside, 'pkg'), path.join(root, 'packages', 'linked'));
    expect(workspacePackages(new ProjectFiles(), root, { workspaces: ['packages/*', '../*', `${path.basename(outside)}/../x`] })).toEqual(['packages/a']);
    expect(workspacePackages(new ProjectFiles(), root, { name: 'single' })).toEqual([]);
    expect(workspacePackages(new ProjectFiles(), root, undefined)).toEqual([]);
  });
});
