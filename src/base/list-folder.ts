import { readdirSync } from 'node:fs';

/**
 * The names in a folder, sorted; none when it is not a folder or cannot be
 * listed. The one listing for a look that may find nothing (a folder not made
 * yet, templates, backups); the specs folder, whose listing failing must not
 * look like no specs, has its own (specs/specs-folder-names.ts).
 */
export function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
