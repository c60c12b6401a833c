import { lstatSync } from 'node:fs';

/**
 * Whether anything is at `file`: a file, a folder, a link (even one whose
 * target is gone, which existsSync calls absent, though a write there would
 * still meet it). A look at the entry, never at what it holds or points to.
 */
export function pathTaken(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
