import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeErrorFor } from '../commit/fs-error-message.js';

export const SPECS_DIR = 'docs/specs';
export const SPEC_FILE = /^(\d{4})-(.+)\.md$/;

export interface ExistingSpecs {
  /** The next free 4-digit number, `0001` in a repository without specs. */
  readonly nextNumber: string;
  /** The spec file already using each slug, so a second spec of the same feature is a conflict. */
  readonly bySlug: ReadonlyMap<string, string>;
  /** Every spec file name seen. */
  readonly names: readonly string[];
}

/** Reads `docs/specs` once. A missing folder means no specs yet. */
export async function readExistingSpecs(root: string): Promise<ExistingSpecs> {
  const names = await readdir(path.join(root, SPECS_DIR)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw writeErrorFor(error, SPECS_DIR, 'read');
  });
  let highest = 0;
  const bySlug = new Map<string, string>();
  const specs: string[] = [];
  for (const name of names) {
    const match = SPEC_FILE.exec(name);
    if (!match) continue;
    specs.push(name);
    highest = Math.max(highest, Number(match[1]));
    bySlug.set(match[2]!.toLowerCase(), `${SPECS_DIR}/${name}`);
  }
  return { nextNumber: String(highest + 1).padStart(4, '0'), bySlug, names: specs };
}
