import { branchTipsFromFiles } from './branch-tips.js';
import { cancelEarlyCatFile, catFileFor } from './cat-file.js';
import { gitOutput } from './run-git.js';

/** Enough for thousands of branches of a specs folder with thousands of specs; past it, the working tree alone decides, and the run says so. */
const MAX_TREES_BYTES = 64 * 1024 * 1024;
/**
 * `for-each-ref` prints 41 bytes a ref (65 in a SHA-256 repository): 64 MiB
 * is a million refs or more, which git lists in well under its 2 seconds
 * (200,000 packed refs: some 0.2 s).
 */
const MAX_REFS_BYTES = 64 * 1024 * 1024;

/** The spec file names on the other branches, and why they could not be read, if they could not. */
export interface BranchSpecs {
  readonly names: readonly string[];
  /** Set when the other branches were not (all) read: the numbers then come from the working tree alone. */
  readonly unchecked?: string;
}

/**
 * The names in `specsDir` on every local and remote-tracking branch, read
 * from git's objects without checking anything out: so two people starting
 * features on two branches of an up-to-date clone do not take one number.
 * One git process whatever the number of branches: the branch tips are read
 * from git's ref files (branch-tips.ts; `for-each-ref` where they cannot
 * tell), then one `cat-file --batch` prints the specs folder's tree of each.
 * Always of the repository find-root.ts found (git-env.ts). When git is
 * missing, fails, is slow or says too much: no names, and `unchecked` says
 * why, for the run to tell the user.
 */
export async function branchSpecs(root: string, gitDir: string, specsDir: string): Promise<BranchSpecs> {
  const repository = { root, gitDir };
  const fromFiles = branchTipsFromFiles(gitDir);
  const listed: TipsOrWhy = fromFiles ? { tips: fromFiles } : await tipsFromGit(repository);
  if (listed.why !== undefined) {
    cancelEarlyCatFile();
    return { names: [], unchecked: listed.why };
  }
  const { tips } = listed;
  if (tips.length === 0) {
    cancelEarlyCatFile();
    return { names: [] };
  }
  const catFile = await catFileFor(repository);
  const trees = await catFile.ask(tips.map((tip) => `${tip}:${specsDir}\n`).join(''), MAX_TREES_BYTES);
  if (!trees) return { names: [], unchecked: catFile.whyNoAnswer() ?? 'git cat-file failed' };
  return { names: [...new Set(treeEntryNames(trees, tips[0]!.length / 2))] };
}

/** branchSpecs' names alone. */
export async function specsOnBranches(root: string, gitDir: string, specsDir: string): Promise<string[]> {
  return [...(await branchSpecs(root, gitDir, specsDir)).names];
}

type TipsOrWhy = { readonly tips: string[]; readonly why?: undefined } | { readonly why: string };

async function tipsFromGit(repository: { root: string; gitDir: string }): Promise<TipsOrWhy> {
  const refs = await gitOutput(repository.root, ['for-each-ref', '--format=%(objectname)', 'refs/heads', 'refs/remotes'], { repository, maxBytes: MAX_REFS_BYTES });
  if (refs.why !== undefined) return { why: refs.why };
  return { tips: [...new Set(refs.out.toString('utf8').split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)))] };
}

/**
 * The entry names of the trees in `cat-file --batch` output: each object is
 * `<id> <type> <size>\n<size bytes>\n`, a missing one `<input> missing\n`; a
 * tree's bytes are entries `<mode> <name>\0<hash>` with a binary hash of
 * `hashBytes` (20 for SHA-1, 32 for SHA-256 repositories).
 */
export function treeEntryNames(output: Buffer, hashBytes: number): string[] {
  const names: string[] = [];
  let at = 0;
  while (at < output.length) {
    const lineEnd = output.indexOf(0x0a, at);
    if (lineEnd === -1) break;
    const header = output.toString('utf8', at, lineEnd).split(' ');
    at = lineEnd + 1;
    if (header.length !== 3) continue; // `<input> missing`, `<input> ambiguous`: no contents follow
    const [, type, sizeText] = header;
    const size = Number(sizeText);
    if (!Number.isSafeInteger(size) || size < 0 || at + size > output.length) break;
    if (type === 'tree') {
      let entry = at;
      const end = at + size;
      while (entry < end) {
        const space = output.indexOf(0x20, entry);
        const nul = output.indexOf(0x00, space);
        if (space === -1 || nul === -1 || nul + 1 + hashBytes > end) break;
        names.push(output.toString('utf8', space + 1, nul));
        entry = nul + 1 + hashBytes;
      }
    }
    at += size + 1;
  }
  return names;
}
