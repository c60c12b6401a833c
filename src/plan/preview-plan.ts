import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { preflight } from '../commit/preflight.js';
import { writeErrorFor } from '../commit/fs-error-message.js';
import { nativeWriterFs } from '../commit/writer-fs.js';
import type { SpecPlan } from './plan-spec.js';
import { diffSummary, type FileDiff, unifiedDiff } from './unified-diff.js';

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
 * The text of a file --force would replace, or its size when it is too large
 * to diff. No following a link or blocking on a FIFO swapped in since
 * preflight looked, and at most one byte more than the limit is read.
 */
async function existingText(absolutePath: string, relativePath: string): Promise<string | { size: number }> {
  const handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error: unknown) => {
    throw writeErrorFor(error, relativePath, 'read');
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_DIFF_BYTES) return { size };
    const buffer = Buffer.alloc(MAX_DIFF_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return bytesRead > MAX_DIFF_BYTES ? { size: bytesRead } : buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function diffAgainstDisk(relativePath: string, absolutePath: string, contents: string): Promise<FileDiff> {
  const existing = await existingText(absolutePath, relativePath);
  if (typeof existing === 'string') return unifiedDiff(relativePath, existing, contents);
  return diffSummary(relativePath, `the existing file has ${existing.size} bytes; files over ${MAX_DIFF_BYTES} bytes are not read for a diff`);
}

/**
 * What a run would do, found by the same read-only checks a real run makes
 * first (so a dry run fails on the same conflicts), and nothing written.
 */
export async function previewPlan(plan: SpecPlan, force: boolean): Promise<PreviewEntry[]> {
  const writes = await preflight(await nativeWriterFs(), plan.root, plan.files, force);
  return Promise.all(
    writes.map(async (w) =>
      w.replaces
        ? { path: w.relativePath, contents: w.contents, diff: await diffAgainstDisk(w.relativePath, w.absolutePath, w.contents) }
        : { path: w.relativePath, contents: w.contents },
    ),
  );
}
