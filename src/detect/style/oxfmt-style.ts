import path from 'node:path';
import { isObject } from '../../base/is-object.js';
import { dependencyNames } from '../detect-framework.js';
import type { ProjectFiles } from '../project-files.js';
import { parseJsonc } from './jsonc.js';
import type { PrettierConfig } from './prettier-style.js';
import { prettierDefaults } from './prettier-style.js';
import type { StyleFindings } from './style-findings.js';

/** oxfmt's configuration files that are data (JSON with comments); `oxfmt.config.ts` is code, never run. */
const DATA_FILES = ['.oxfmtrc.json', '.oxfmtrc.jsonc'];
const CODE_FILES = ['oxfmt.config.ts', 'oxfmt.config.mts', 'oxfmt.config.js', 'oxfmt.config.mjs'];

/**
 * The first oxfmt configuration in `dirs` (nearest first), as oxfmt looks
 * for one. Its options are prettier's (oxfmt is prettier-compatible), so
 * prettierOptions() reads them.
 */
export function findOxfmtConfig(files: ProjectFiles, dirs: readonly string[], shown: (dir: string) => string): PrettierConfig | undefined {
  for (const dir of dirs) {
    for (const name of DATA_FILES) {
      const text = files.text(path.join(dir, name));
      if (text === undefined) continue;
      const label = `${shown(dir)}${name}`;
      // parseJsonc answers undefined for what is not JSON: it never throws.
      const options = parseJsonc(text);
      return isObject(options) ? { options, label } : { options: undefined, label, unread: `${label} could not be read as JSON` };
    }
    const code = CODE_FILES.find((name) => files.exists(path.join(dir, name)));
    if (code) return { options: undefined, label: `${shown(dir)}${code}`, unread: `${shown(dir)}${code} is code, which specwright does not run` };
  }
  return undefined;
}

/** oxfmt formats the package without a configuration: in its dependencies, or run by one of its scripts. */
export function oxfmtUsed(manifests: readonly (readonly [Record<string, unknown> | undefined, string])[]): string | undefined {
  for (const [manifest, name] of manifests) {
    if (dependencyNames(manifest).has('oxfmt')) return `oxfmt in the dependencies of ${name}`;
    const scripts = manifest?.scripts;
    if (isObject(scripts)) {
      const script = Object.entries(scripts).find(([, command]) => typeof command === 'string' && /(^|[\s;&|(])oxfmt(\s|$)/.test(command));
      if (script) return `the "${script[0]}" script of ${name} runs oxfmt`;
    }
  }
  return undefined;
}

/** oxfmt's defaults: prettier 3's, but a line width of 100. */
export function oxfmtDefaults(why: string): StyleFindings {
  const evidence = `oxfmt's default (${why})`;
  const defaults = prettierDefaults(3, why);
  return Object.fromEntries(Object.entries(defaults).map(([field, found]) => [field, { value: field === 'width' ? 100 : found.value, evidence }])) as StyleFindings;
}
