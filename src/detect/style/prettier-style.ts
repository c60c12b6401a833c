import path from 'node:path';
import { isObject } from '../../base/is-object.js';
import type { CodeStyle, TrailingCommas } from '../../config/code-style.js';
import { dependencyNames } from '../detect-framework.js';
import type { PackageInfo } from '../find-package.js';
import type { ProjectFiles } from '../project-files.js';
import { flatYaml } from './flat-yaml.js';
import { said, type StyleFindings } from './style-findings.js';

/** Prettier's configuration files that are data; the ones after them are code (never run). */
const DATA_FILES = ['.prettierrc', '.prettierrc.json', '.prettierrc.yaml', '.prettierrc.yml', '.prettierrc.json5'];
const CODE_FILES = ['.prettierrc.js', '.prettierrc.cjs', '.prettierrc.mjs', '.prettierrc.ts', 'prettier.config.js', 'prettier.config.cjs', 'prettier.config.mjs', 'prettier.config.ts', '.prettierrc.toml'];

export interface PrettierConfig {
  /** The options it sets, when they could be read. */
  readonly options: Record<string, unknown> | undefined;
  /** `.prettierrc`, `packages/a/package.json "prettier"`. */
  readonly label: string;
  /** Why its options could not be read: a shared config package, or a config that is code. */
  readonly unread?: string;
}

/** The first prettier configuration in `dirs` (nearest first), as prettier looks for one. */
export function findPrettierConfig(files: ProjectFiles, dirs: readonly { readonly dir: string; readonly manifest: Record<string, unknown> | undefined }[], shown: (dir: string) => string): PrettierConfig | undefined {
  for (const { dir, manifest } of dirs) {
    const inManifest = manifest?.prettier;
    const manifestLabel = `${shown(dir)}package.json "prettier"`;
    if (typeof inManifest === 'string') return { options: undefined, label: manifestLabel, unread: `${manifestLabel} names the shared config ${JSON.stringify(inManifest)}, which is not read` };
    if (isObject(inManifest)) return { options: inManifest, label: manifestLabel };
    for (const name of DATA_FILES) {
      const text = files.text(path.join(dir, name));
      if (text === undefined) continue;
      const label = `${shown(dir)}${name}`;
      const options = parseData(text, name);
      if (typeof options === 'string') return { options: undefined, label, unread: `${label} names the shared config ${JSON.stringify(options)}, which is not read` };
      if (options === undefined) return { options: undefined, label, unread: `${label} could not be read as JSON or flat YAML` };
      return { options, label };
    }
    const code = CODE_FILES.find((name) => files.exists(path.join(dir, name)));
    if (code) return { options: undefined, label: `${shown(dir)}${code}`, unread: `${shown(dir)}${code} is code, which specwright does not run` };
  }
  return undefined;
}

/** `.prettierrc` is JSON or YAML; a JSON string there names a shared config. */
function parseData(text: string, name: string): Record<string, unknown> | string | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('"') || name.endsWith('.json') || name.endsWith('.json5')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      return isObject(value) || typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return flatYaml(text);
}

/** The major version of prettier the package uses: from the version installed, else the range declared; 3 when neither says. */
export function prettierMajor(files: ProjectFiles, pkg: PackageInfo, root: string): number {
  for (const dir of [pkg.dir, root]) {
    // An installed package's manifest is not the user's to fix: unreadable, it says nothing.
    const version = /"version"\s*:\s*"(\d+)/.exec(files.text(path.join(dir, 'node_modules', 'prettier', 'package.json')) ?? '')?.[1];
    if (version) return Number(version);
  }
  for (const manifest of [pkg.manifest, pkg.rootManifest]) {
    for (const field of ['devDependencies', 'dependencies']) {
      const range = (manifest?.[field] as Record<string, unknown> | undefined)?.prettier;
      const major = typeof range === 'string' ? /(\d+)/.exec(range)?.[1] : undefined;
      if (major) return Number(major);
    }
  }
  return 3;
}

/** Prettier is the package's formatter without a configuration: in its dependencies, or run by one of its scripts. */
export function prettierUsed(manifests: readonly (readonly [Record<string, unknown> | undefined, string])[]): string | undefined {
  for (const [manifest, name] of manifests) {
    if (dependencyNames(manifest).has('prettier')) return `prettier in the dependencies of ${name}`;
    const scripts = manifest?.scripts;
    if (isObject(scripts)) {
      const script = Object.entries(scripts).find(([, command]) => typeof command === 'string' && /(^|[\s;&|(])prettier\s/.test(command));
      if (script) return `the "${script[0]}" script of ${name} runs prettier`;
    }
  }
  return undefined;
}

/** The options prettier's configuration sets, each with its key as evidence. */
export function prettierOptions(options: Record<string, unknown>, label: string): StyleFindings {
  const style: StyleFindings = {};
  const key = (name: string): string => `${label} ${name}`;
  if (typeof options.singleQuote === 'boolean') style.quotes = said(options.singleQuote ? 'single' : 'double', key('singleQuote'));
  if (typeof options.semi === 'boolean') style.semicolons = said(options.semi, key('semi'));
  const tabWidth = options.tabWidth;
  if (typeof tabWidth === 'number' && Number.isInteger(tabWidth) && tabWidth > 0 && tabWidth <= 16) style.tabWidth = said(tabWidth, key('tabWidth'));
  if (options.useTabs === true) style.indent = said('tab', key('useTabs'));
  else if (style.tabWidth) style.indent = said(style.tabWidth.value, key('tabWidth'));
  const width = options.printWidth;
  if (typeof width === 'number' && Number.isInteger(width) && width > 0) style.width = said(width, key('printWidth'));
  if (typeof options.bracketSpacing === 'boolean') style.bracketSpacing = said(options.bracketSpacing, key('bracketSpacing'));
  if (options.arrowParens === 'always' || options.arrowParens === 'avoid') style.arrowParens = said(options.arrowParens, key('arrowParens'));
  const commas = options.trailingComma;
  if (commas === 'all' || commas === 'es5' || commas === 'none') style.trailingCommas = said(commas as TrailingCommas, key('trailingComma'));
  return style;
}

/** Prettier's own defaults for its major version (trailingComma became "all" in 3). */
export function prettierDefaults(major: number, why: string): StyleFindings {
  const evidence = `prettier ${major}'s default (${why})`;
  const defaults: Omit<CodeStyle, 'lintRules'> = { quotes: 'double', avoidEscape: true, semicolons: true, indent: 2, tabWidth: 2, width: 80, trailingCommas: major >= 3 ? 'all' : 'es5', bracketSpacing: true, arrowParens: 'always' };
  return Object.fromEntries(Object.entries(defaults).map(([field, value]) => [field, said(value, evidence)])) as StyleFindings;
}
