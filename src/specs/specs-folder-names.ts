import { readdirSync } from 'node:fs';
import path from 'node:path';
import { writeErrorFor } from '../base/fs-error-message.js';

/**
 * The names in the specs folder (`specsDir`, relative to `root`), listed the
 * one way every command lists it. A missing folder (or a file where it should
 * be) holds no specs yet; one that cannot be listed is a WriteError (exit 1),
 * never taken for an empty folder.
 */
export function specsFolderNames(root: string, specsDir: string): string[] {
  try {
    return readdirSync(path.join(root, specsDir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw writeErrorFor(error, specsDir, 'read');
  }
}

/**
 * The same, for a look-up that reports by itself that no spec matched
 * (`status`, `renumber --to`): a folder that cannot be listed holds none.
 */
export function specsFolderNamesOrNone(root: string, specsDir: string): string[] {
  try {
    return specsFolderNames(root, specsDir);
  } catch {
    return [];
  }
}
