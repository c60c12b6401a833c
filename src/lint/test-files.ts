import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isTestFolderName } from '../base/test-folders.js';

/** `x.test.ts`, `x.spec.mjs`, `x_test.js`, `test.js`: the names test runners pick up by default. */
const TEST_NAME = /(?:^|[._-])(?:test|spec)s?\.[cm]?[jt]sx?$/i;
const SCRIPT = /\.[cm]?[jt]sx?$/i;
/** Entries looked at before the walk stops: a repository with more is reported, not walked to the end. */
export const MAX_ENTRIES = 200_000;

export interface TestFiles {
  /** Relative to the root, forward slashes, in walk order. */
  readonly files: readonly string[];
  /** The walk stopped at MAX_ENTRIES. */
  readonly truncated: boolean;
}

/** Whether a file at this path (relative to the root, forward slashes) is one findTestFiles finds. */
export function isTestFilePath(file: string): boolean {
  const parts = file.split('/');
  const name = parts.pop()!;
  if (parts.some((part) => part === 'node_modules' || part.startsWith('.'))) return false;
  return TEST_NAME.test(name) || (SCRIPT.test(name) && parts.some(isTestFolderName));
}

/**
 * The test files of the repository: test-named scripts anywhere, and every
 * script under a test folder, at any depth (colocated tests, monorepo
 * packages). Not walked: `node_modules`, hidden folders (`.git`), links.
 */
export function findTestFiles(root: string, maxEntries = MAX_ENTRIES): TestFiles {
  const files: string[] = [];
  const queue: { readonly dir: string; readonly inTests: boolean }[] = [{ dir: '', inTests: false }];
  let seen = 0;
  for (let next = 0; next < queue.length; next++) {
    const { dir, inTests } = queue[next]!;
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > maxEntries) return { files, truncated: true };
      const name = entry.name;
      const relative = dir === '' ? name : `${dir}/${name}`;
      if (entry.isDirectory()) {
        if (name !== 'node_modules' && !name.startsWith('.')) queue.push({ dir: relative, inTests: inTests || isTestFolderName(name) });
      } else if (entry.isFile() && (TEST_NAME.test(name) || (inTests && SCRIPT.test(name)))) {
        files.push(relative);
      }
    }
  }
  return { files, truncated: false };
}
