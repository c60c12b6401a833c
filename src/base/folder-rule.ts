import path from 'node:path';

const PLAIN_NAME = /^[A-Za-z0-9._@+-]+$/;

/**
 * One name of a path specwright writes: letters, digits and . _ - @ + only
 * (it is written into Markdown links, HTML comments and code comments), never
 * `.`, `..`, git's folder or installed packages.
 */
export function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name) && name !== '.' && name !== '..' && name.toLowerCase() !== '.git' && name !== 'node_modules';
}

/**
 * A folder from a config, a flag or a journal: relative to its base, inside
 * it, and not a place specwright must never write (git's folder, installed
 * packages). Returns it normalised with forward slashes (`./test/` → `test`),
 * or what is wrong with it.
 */
export function checkFolder(value: string): { folder: string } | { problem: string } {
  if (value.trim() === '') return { problem: 'is empty' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return { problem: 'has a backslash or a control character; use forward slashes' };
  if (path.posix.isAbsolute(value) || /^[A-Za-z]:/.test(value)) return { problem: 'is an absolute path; give a path relative to the project' };
  const folder = path.posix.normalize(value).replace(/\/+$/, '');
  if (folder === '..' || folder.startsWith('../')) return { problem: 'leaves the project; give a folder inside it' };
  if (value.split('/').includes('..')) return { problem: 'goes up with ..; give the folder plainly' };
  if (folder.length > 200) return { problem: 'is longer than 200 characters' };
  if (folder.split('/').some((part) => part === '.git' || part === 'node_modules')) return { problem: 'is inside .git or node_modules' };
  // The folder is written into Markdown links, HTML comments and code comments: plain names only.
  if (folder !== '.' && !folder.split('/').every(isPlainName)) return { problem: 'may only have letters, digits and . _ - @ + in its names' };
  return { folder: folder === '.' ? '.' : folder };
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`: the folders the writer may make on the way. */
export function foldersOnTheWay(folder: string): string[] {
  if (folder === '.') return [];
  const parts = folder.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** A file's path in a folder of the layout (relative to the root, forward slashes): `.` adds nothing. */
export function inFolder(folder: string, name: string): string {
  return folder === '.' ? name : `${folder}/${name}`;
}

/** `base` + `folder`, both relative and normalised, `.` for the base itself. */
export function joinFolder(base: string, folder: string): string {
  return path.posix.normalize(path.posix.join(base, folder)).replace(/\/+$/, '');
}

/**
 * Why the specs folder cannot work, or undefined: `specsValue` as configured
 * (relative to its base), `specsDir` and `docsDir` as resolved (relative to
 * the root). Lint reports every Markdown file of the specs folder that is not
 * named as a spec, so the folder must hold specs only (and its README.md,
 * the index).
 */
export function specsFolderProblem(specsValue: string, specsDir: string, docsDir: string): string | undefined {
  if (specsValue === '.') {
    return 'is "." (the root itself): specs need a folder of their own, or every other Markdown file there (a CHANGELOG.md, a CONTRIBUTING.md) is a lint error and README.md is taken for the specs index';
  }
  if (docsDir === specsDir) return `is also docsDir ("${docsDir}"): each docs stub would sit among the specs, where lint reports it as a misnamed spec`;
  return undefined;
}
