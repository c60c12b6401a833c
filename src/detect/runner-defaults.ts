import path from 'node:path';
import type { PackageInfo } from './find-package.js';
import type { ProjectFiles } from './project-files.js';
import type { TestCommand } from './test-script.js';
import { isObject } from '../base/is-object.js';

/**
 * Where ava and tap look for tests, and whether they run TypeScript, read as
 * they read it: the package.json key or the config file as data or text,
 * never run. Without a setting each runs its defaults, which find a
 * `.test.`/`.spec.` file or any file in test/ and tests/ (ava: anywhere
 * below; tap: at the top level), so the conventional folders are right.
 */

/** A pattern (or folder) where the runner finds tests, with what said so. */
export interface RunnerPattern {
  readonly pattern: string;
  readonly evidence: string;
}

/** ava 7's config files besides the "ava" key (a .js config is read as text). */
const AVA_CONFIGS = ['ava.config.js', 'ava.config.cjs', 'ava.config.mjs'];
/** tap 21's config file besides the "tap" key: YAML. */
const TAP_CONFIG = '.taprc';

const firstInclusion = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.find((p): p is string => typeof p === 'string' && !p.startsWith('!')) : typeof value === 'string' ? value : undefined;

/** The first pattern of a `key: ["…", …]` array written in a config that is code. */
function literalPattern(text: string, key: string): string | undefined {
  const list = new RegExp(`["']?\\b${key}["']?\\s*:\\s*\\[([^\\]]*)\\]`).exec(text)?.[1];
  const values = [...(list ?? '').matchAll(/(["'`])([^"'`\n]+)\1/g)].map((m) => m[2]!);
  return values.find((v) => !v.startsWith('!'));
}

/** `include:` in a YAML .taprc, as a list item or a single value. */
function yamlPattern(text: string, key: string): string | undefined {
  const list = new RegExp(`^${key}:\\s*\\n((?:\\s*-\\s*.+\\n?)+)`, 'm').exec(text)?.[1];
  const items = list ? [...list.matchAll(/-\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((m) => m[1]!) : [];
  const single = new RegExp(`^${key}:\\s*["']?([^"'\\n\\s][^"'\\n]*?)["']?\\s*$`, 'm').exec(text)?.[1];
  return [...items, ...(single ? [single] : [])].find((v) => !v.startsWith('!'));
}

/** ava's `files` (package.json "ava", else ava.config.*), when set. */
export function avaFiles(files: ProjectFiles, pkg: PackageInfo, prefix: string): RunnerPattern | undefined {
  const key = pkg.manifest?.ava;
  const fromKey = isObject(key) ? firstInclusion(key.files) : undefined;
  if (fromKey !== undefined) return { pattern: fromKey, evidence: `files in the "ava" key of ${prefix}package.json` };
  for (const name of AVA_CONFIGS) {
    const text = files.text(path.join(pkg.dir, name));
    const found = text === undefined ? undefined : literalPattern(text, 'files');
    if (found !== undefined) return { pattern: found, evidence: `files in ${prefix}${name}` };
  }
  return undefined;
}

/** tap's `include` (package.json "tap", else .taprc), when set. */
export function tapInclude(files: ProjectFiles, pkg: PackageInfo, prefix: string): RunnerPattern | undefined {
  const key = pkg.manifest?.tap;
  const fromKey = isObject(key) ? firstInclusion(key.include) : undefined;
  if (fromKey !== undefined) return { pattern: fromKey, evidence: `include in the "tap" key of ${prefix}package.json` };
  const text = files.text(path.join(pkg.dir, TAP_CONFIG));
  const found = text === undefined ? undefined : yamlPattern(text, 'include');
  return found === undefined ? undefined : { pattern: found, evidence: `include in ${prefix}${TAP_CONFIG}` };
}

/**
 * ava runs TypeScript only when told to: `typescript` (@ava/typescript) or
 * `extensions` naming ts with a loader in `nodeArguments`. Without either a
 * .ts stub would never be run, so the stub is JavaScript and this says why.
 */
export function avaTypeScript(files: ProjectFiles, pkg: PackageInfo, prefix: string): { can: boolean; how: string } {
  const key = pkg.manifest?.ava;
  if (isObject(key) && key.typescript !== undefined) return { can: true, how: `ava runs it per "typescript" in the "ava" key of ${prefix}package.json` };
  if (isObject(key) && /\bts\b/.test(JSON.stringify(key.extensions ?? ''))) return { can: true, how: `ava runs it per "extensions" in the "ava" key of ${prefix}package.json` };
  for (const name of AVA_CONFIGS) {
    const text = files.text(path.join(pkg.dir, name));
    if (text !== undefined && /\btypescript\s*:|\bextensions\s*:[^\]}]*\bts\b/.test(text)) return { can: true, how: `ava runs it per ${prefix}${name}` };
  }
  return { can: false, how: 'ava runs no TypeScript here (no "typescript" or "extensions" naming ts in its configuration)' };
}

/** tap 21 runs TypeScript with its default @tapjs/typescript plugin, unless the configuration removes it. */
export function tapTypeScript(files: ProjectFiles, pkg: PackageInfo, prefix: string): { can: boolean; how: string } {
  const key = pkg.manifest?.tap;
  const removed = (text: string | undefined): boolean => text !== undefined && text.includes('!@tapjs/typescript');
  if (isObject(key) && removed(JSON.stringify(key))) return { can: false, how: `the "tap" key of ${prefix}package.json removes tap's TypeScript plugin` };
  if (removed(files.text(path.join(pkg.dir, TAP_CONFIG)))) return { can: false, how: `${prefix}${TAP_CONFIG} removes tap's TypeScript plugin` };
  return { can: true, how: 'tap runs TypeScript with its default plugin' };
}

/**
 * What a wrapper over `node --test` runs when its script names no files:
 * borp `**\/*.test.{cjs,mjs,js}` (TypeScript compiled to those), bnt
 * `*.test.*` and `*.spec.*` (.js and .ts) anywhere. Both need the suffix,
 * so the stub has one whatever the existing tests are named.
 */
export function wrapperDefault(command: TestCommand | undefined): RunnerPattern | undefined {
  if (command === undefined || command.paths.length > 0) return undefined;
  if (command.runner === 'borp') return { pattern: '**/*.test.{cjs,mjs,js}', evidence: "borp's default files (*.test.js)" };
  if (command.runner === 'bnt') return { pattern: '**/*.{test,spec}.{js,ts}', evidence: "bnt's default files (*.test.js, *.spec.js)" };
  return undefined;
}
