/**
 * What `lint <path>` checks at a path outside the specs folder. Findings are
 * only ever about specs, their docs stubs and the test files that cite them,
 * so a path elsewhere is either one of those (or a folder holding some) and
 * is checked as that, or holds nothing lint reads: then "0 specs checked: no
 * findings" would be a false all-clear (in CI most of all), and the caller
 * refuses it. Pure.
 */

export interface ReadFiles {
  /** Relative to the root, forward slashes. */
  readonly docsStubs: readonly string[];
  readonly testFiles: readonly string[];
}

export interface Reach {
  /** Paths outside the specs folder, each with what was checked there: said on stderr. */
  readonly notes: readonly string[];
  /** Paths that hold nothing lint reads. */
  readonly unchecked: readonly string[];
}

/** `file` is `folder` or inside it; the root (`''` or `.`) holds everything. */
export function within(file: string, folder: string): boolean {
  return folder === '' || folder === '.' || file === folder || file.startsWith(`${folder}/`);
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

export function lintReach(paths: readonly string[], specsDir: string, read: ReadFiles): Reach {
  const notes: string[] = [];
  const unchecked: string[] = [];
  for (const given of paths) {
    // In the specs folder, or a folder holding it: specs, as always.
    if (within(given, specsDir) || within(specsDir, given)) continue;
    const stubs = read.docsStubs.filter((file) => within(file, given));
    const tests = read.testFiles.filter((file) => within(file, given));
    const where = `${given} is not in the specs folder (${specsDir}/)`;
    if (stubs.length + tests.length === 0) unchecked.push(given);
    else if (stubs.length === 1 && stubs[0] === given) notes.push(`${where}: checked as a docs stub (its links), not as a spec`);
    else if (tests.length === 1 && tests[0] === given) notes.push(`${where}: checked as a test file (the specs and requirements it cites), not as a spec`);
    else notes.push(`${where}: checked its ${[...(stubs.length > 0 ? [count(stubs.length, 'docs stub')] : []), ...(tests.length > 0 ? [count(tests.length, 'test file')] : [])].join(' and ')}, not as specs`);
  }
  return { notes, unchecked };
}
