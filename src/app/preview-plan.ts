import { preflight } from '../commit/preflight.js';
import { writeErrorFor } from '../base/fs-error-message.js';
import { nativeWriterFs, TOO_LARGE, type WriterFs } from '../commit/writer-fs.js';
import type { SpecPlan } from '../plan/plan-spec.js';
import { diffSummary, type FileDiff, unifiedDiff } from '../plan/unified-diff.js';

export interface PreviewEntry {
  readonly path: string;
  readonly contents: string;
  /** Set when --force would replace an existing file: what would change. */
  readonly diff?: FileDiff;
}

/**
 * Past this size an existing file is not even read for the preview: specs
 * are a few kilobytes, and reading and splitting a huge one would cost
 * memory for a diff nobody could read.
 */
export const MAX_DIFF_BYTES = 4 * 1024 * 1024;

/**
 * The diff against a file --force would replace, or a summary when it is too
 * large to diff. Read without following a link or blocking on a FIFO swapped
 * in since preflight looked, and never more than one byte past the limit.
 */
async function diffAgainstDisk(fs: WriterFs, relativePath: string, absolutePath: string, contents: string): Promise<FileDiff> {
  try {
    const { text } = await fs.readRegular(absolutePath, MAX_DIFF_BYTES);
    return unifiedDiff(relativePath, text, contents);
  } catch (error) {
    const { code, size } = error as NodeJS.ErrnoException & { size?: number };
    if (code !== TOO_LARGE) throw writeErrorFor(error, relativePath, 'read');
    return diffSummary(relativePath, `the existing file has ${size} bytes; files over ${MAX_DIFF_BYTES} bytes are not read for a diff`);
  }
}

/**
 * What a run would do, found by the same read-only checks a real run makes
 * first (so a dry run fails on the same conflicts), and nothing written.
 */
export async function previewPlan(plan: SpecPlan, force: boolean): Promise<PreviewEntry[]> {
  const fs = await nativeWriterFs();
  const writes = [...(await preflight(fs, plan.root, plan.files, force)), ...(await preflight(fs, plan.root, plan.updates ?? [], true))];
  return Promise.all(
    writes.map(async (w) =>
      w.replaces
        ? { path: w.relativePath, contents: w.contents, diff: await diffAgainstDisk(fs, w.relativePath, w.absolutePath, w.contents) }
        : { path: w.relativePath, contents: w.contents },
    ),
  );
}
