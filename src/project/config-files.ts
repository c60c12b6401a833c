import path from 'node:path';
import { UsageError } from '../base/errors.js';
import { MAX_PROJECT_FILE_BYTES, type ProjectFiles } from '../detect/project-files.js';
import { whyNotRead } from '../base/read-regular-file.js';
import { CONFIG_FILE, PACKAGE_KEY, type ConfigValues } from '../config/config-keys.js';
import { validateConfig } from '../config/validate-config.js';

export interface ConfigLayer {
  /** Where it came from, as `specwright config` shows it: `specwright.config.json`, `packages/a/package.json "specwright"`. */
  readonly label: string;
  readonly values: Partial<ConfigValues>;
}

/**
 * The configuration kept in `dir`: its specwright.config.json or the
 * "specwright" key of its package.json (one or the other: both is an error,
 * as two sources would silently disagree).
 */
export function configIn(files: ProjectFiles, dir: string, shown: string, manifest: Record<string, unknown> | undefined): ConfigLayer | undefined {
  const fileLabel = `${shown}${CONFIG_FILE}`;
  const file = path.join(dir, CONFIG_FILE);
  const fromFile = files.json(file, fileLabel);
  const unread = files.whyUnread(file);
  // Taken as absent, a config that is a link (or a FIFO, or unreadable) would silently leave every setting at its default.
  if (unread) {
    throw new UsageError(
      `${fileLabel} ${whyNotRead(unread, MAX_PROJECT_FILE_BYTES)}`,
      `Replace ${fileLabel} with a regular file (a copy of what it points to, if it is a link), then run again.`,
    );
  }
  const fromManifest = manifest?.[PACKAGE_KEY];
  const manifestLabel = `${shown}package.json "${PACKAGE_KEY}"`;
  if (fromFile !== undefined && fromManifest !== undefined) {
    throw new UsageError(`both ${fileLabel} and ${manifestLabel} configure specwright`, 'Keep one of them.');
  }
  if (fromFile !== undefined) return { label: fileLabel, values: validateConfig(fromFile, fileLabel) };
  if (fromManifest !== undefined) return { label: manifestLabel, values: validateConfig(fromManifest, manifestLabel) };
  return undefined;
}
