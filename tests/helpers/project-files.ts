import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-repo.js';

/** A repository (git) with these files; objects are written as JSON. Returns its physical root. */
export function projectWith(files: Record<string, string | object>): string {
  const root = realpathSync(tempDir({ git: true }));
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof contents === 'string' ? contents : `${JSON.stringify(contents, null, 2)}\n`);
  }
  return root;
}
