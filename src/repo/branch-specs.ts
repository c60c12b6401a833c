import { branchTipsFromFiles } from './branch-tips.js';
import { cancelEarlyCatFile, catFileFor } from './cat-file.js';
import { runGit } from './run-git.js';

/** Enough for thousands of branches of a specs folder with thousands of specs; past it, the working tree alone decides. */
const MAX_TREES_BYTES = 64 * 1024 * 1024;

/**
 * The names in `specsDir` on every local and remote-tracking branch, read
 * from git's objects without checking anything out: so two people starting
 * features on two branches of an up-to-date clone do not take one number.
 * One git process whatever the number of branches: the branch tips are read
 * from git's ref files (branch-tips.ts; `for-each-ref` where they cannot
 * tell), then one `cat-file --batch` prints the specs folder's tree of each. Outside git, or when git is missing, fails or is slow: none
 * (the working tree alone decides, and nothing is said).
 */
export async function specsOnBranches(root: string, gitDir: string, specsDir: string): Promise<string[]> {
  const tips = branchTipsFromFiles(gitDir) ?? (await tipsFromGit(root));
  if (tips.length === 0) {
    cancelEarlyCatFile();
    return [];
  }
  const trees = await (await catFileFor(root)).ask(tips.map((tip) => `${tip}:${specsDir}\n`).join(''), MAX_TREES_BYTES);
  return trees ? [...new Set(treeEntryNames(trees, tips[0]!.length / 2))] : [];
}

async function tipsFromGit(root: string): Promise<string[]> {
  const refs = await runGit(root, ['for-each-ref', '--format=%(objectname)', 'refs/heads', 'refs/remotes']);
  return refs ? [...new Set(refs.toString('utf8').split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)))] : [];
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
