import { lstatSync } from 'node:fs';
import path from 'node:path';
import { isObject } from '../base/is-object.js';
import type { ProjectFiles } from './project-files.js';

/**
 * The workspace packages a repository root declares: package.json
 * `workspaces` (npm, yarn: a list, or `{ "packages": [...] }`) and
 * pnpm-workspace.yaml's `packages:` list. Patterns are matched against the
 * folders that are there (`packages/*`, `apps/**`, a plain path; `!` excludes),
 * never into node_modules or dot-folders, never through a link, and only
 * folders holding a package.json count. Read, never run; bounded.
 */

/** How deep `**` looks, and how many packages are taken: a workspace is a few levels and a few hundred packages. */
const MAX_DEPTH = 6;
const MAX_PACKAGES = 1000;

function patternsOf(files: ProjectFiles, root: string, manifest: Record<string, unknown> | undefined): string[] {
  const declared = manifest?.workspaces;
  const list = Array.isArray(declared) ? declared : isObject(declared) && Array.isArray(declared.packages) ? declared.packages : [];
  const patterns = list.filter((p): p is string => typeof p === 'string');
  const pnpm = files.text(path.join(root, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) patterns.push(...pnpmPatterns(pnpm));
  return patterns;
}

/** The items of the top-level `packages:` list of pnpm-workspace.yaml (quoted or not). */
export function pnpmPatterns(yaml: string): string[] {
  const found: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^packages:\s*(#.*)?$/.test(line)) inPackages = true;
    else if (/^\S/.test(line)) inPackages = false;
    else if (inPackages) {
      const item = /^\s+-\s*(["']?)([^"'#]+?)\1\s*(#.*)?$/.exec(line);
      if (item) found.push(item[2]!);
    }
  }
  return found;
}

/** One segment of a pattern as a test of a folder name (`*`, `?`, `{a,b}`), or undefined for `**`. */
function segmentTest(segment: string): ((name: string) => boolean) | undefined {
  if (segment === '**') return undefined;
  if (!/[*?{[]/.test(segment)) return (name) => name === segment;
  const source = segment
    .replace(/[.+^$()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\{([^}]*)\}/g, (_, alternatives: string) => `(?:${alternatives.split(',').join('|')})`);
  try {
    const pattern = new RegExp(`^${source}$`);
    return (name) => pattern.test(name);
  } catch {
    return () => false;
  }
}

/** The folders (relative, forward slashes) a pattern's segments reach from `dir`. */
function expand(files: ProjectFiles, root: string, dir: string, segments: readonly string[], depth: number, out: Set<string>): void {
  if (out.size >= MAX_PACKAGES) return;
  if (segments.length === 0) {
    out.add(dir);
    return;
  }
  const [first, ...rest] = segments;
  const test = segmentTest(first!);
  const below = (name: string): string => (dir === '' ? name : `${dir}/${name}`);
  const folders = files.list(path.join(root, dir)).filter((name) => !name.startsWith('.') && name !== 'node_modules' && isFolder(path.join(root, dir, name)));
  if (test === undefined) {
    // `**`: here, or any folder below (bounded).
    expand(files, root, dir, rest, depth, out);
    if (depth < MAX_DEPTH) for (const name of folders) expand(files, root, below(name), segments, depth + 1, out);
    return;
  }
  for (const name of folders) if (test(name)) expand(files, root, below(name), rest, depth + 1, out);
}

/** A real folder, not a link to one (a link could lead out of the repository). */
function isFolder(full: string): boolean {
  try {
    return lstatSync(full).isDirectory();
  } catch {
    return false;
  }
}

/** The workspace packages' folders, relative to the root (forward slashes), sorted; none when the root declares none. */
export function workspacePackages(files: ProjectFiles, root: string, manifest: Record<string, unknown> | undefined): string[] {
  const included = new Set<string>();
  const excluded = new Set<string>();
  for (const raw of patternsOf(files, root, manifest)) {
    const negated = raw.startsWith('!');
    const pattern = raw.slice(negated ? 1 : 0).replace(/^\.\//, '').replace(/\/+$/, '');
    const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
    // Nothing outside the root: a pattern going up names no package of this repository.
    if (segments.length === 0 || segments.includes('..')) continue;
    expand(files, root, '', segments, 0, negated ? excluded : included);
  }
  return [...included].filter((dir) => !excluded.has(dir) && files.exists(path.join(root, dir, 'package.json'))).sort();
}
