import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The specwright package folder, found from this module: the nearest folder
 * above it that holds `templates/` and `package.json`. Works from `src/`
 * (tests, tsx), from tsc's `dist/<dir>/` and from the bundled `dist/` bin
 * alike, and never depends on the user's cwd.
 */
export const PACKAGE_ROOT = ((): string => {
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'templates', 'spec.md.hbs')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`specwright: no templates/ folder above ${here}; the package is incomplete`);
  }
})();

/** True when running the built code, which ships its templates precompiled. */
export const RUNNING_FROM_DIST = here.startsWith(path.join(PACKAGE_ROOT, 'dist') + path.sep) || here === path.join(PACKAGE_ROOT, 'dist');
