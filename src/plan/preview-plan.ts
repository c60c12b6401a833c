import { readFile } from 'node:fs/promises';
import { preflight } from '../commit/preflight.js';
import { nativeWriterFs } from '../commit/writer-fs.js';
import type { SpecPlan } from './plan-spec.js';
import { unifiedDiff } from './unified-diff.js';

export interface PreviewEntry {
  readonly path: string;
  readonly contents: string;
  /** Set when --force would replace an existing file: what would change. */
  readonly diff?: string;
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
        ? { path: w.relativePath, contents: w.contents, diff: unifiedDiff(w.relativePath, await readFile(w.absolutePath, 'utf8'), w.contents) }
        : { path: w.relativePath, contents: w.contents },
    ),
  );
}
