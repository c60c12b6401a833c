/**
 * Workspace patterns and folders that cannot be read: a pattern no regular
 * expression can hold, and a folder listed that is gone before it is looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { workspacePackages } from '../../src/detect/workspace-packages.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function tree(packages: readonly string[]): string {
  const root = tempDir();
  for (const dir of packages) {
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, 'package.json'), '{}\n');
  }
  return root;
}

describe('what cannot be read names no package', () => {
  test('a segment that is no valid pattern matches no folder, and the other patterns still count', () => {
    const root = tree(['packages/a', 'packages/b']);
    expect(workspacePackages(new ProjectFiles(), root, { workspaces: ['packages/[z-a]', 'packages/b'] })).toEqual(['packages/b']);
  });

  test('a valid class still matches', () => {
    const root = tree(['packages/a', 'packages/b']);
    expect(workspacePackages(new ProjectFiles(), root, { workspaces: ['packages/[a-a]'] })).toEqual(['packages/a']);
  });

  test('a folder listed but gone when it is looked at is no folder', () => {
    const root = tree(['packages/a']);
    // The listing saw a folder that was removed before it was looked at.
    const files = new (class extends ProjectFiles {
      override list(dir: string): readonly string[] {
        return dir === path.join(root, 'packages') ? [...super.list(dir), 'gone'] : super.list(dir);
      }
    })();
    expect(workspacePackages(files, root, { workspaces: ['packages/*'] })).toEqual(['packages/a']);
  });
});
