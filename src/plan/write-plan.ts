import path from 'node:path';
import { commitFiles, type PendingSignal } from '../commit/commit-files.js';
import { preflight } from '../commit/preflight.js';
import { cleanStaleTemps, type StaleReport } from '../commit/stale-temps.js';
import { realWriterFs, type WriterFs } from '../commit/writer-fs.js';
import type { SpecPlan } from './plan-spec.js';

export interface WriteOptions {
  readonly force: boolean;
  readonly pendingSignal: PendingSignal;
  /** Injected in tests; the real file system otherwise. */
  readonly fs?: WriterFs;
}

export interface WriteResult {
  readonly created: readonly string[];
  readonly replaced: readonly string[];
  readonly stale: StaleReport;
}

/** Checks everything, then writes all of the plan or none of it. */
export async function writePlan(plan: SpecPlan, options: WriteOptions): Promise<WriteResult> {
  const fs = options.fs ?? (await realWriterFs());
  const writes = await preflight(fs, plan.root, plan.files, options.force);
  const stale = await cleanStaleTemps(fs, plan.root, writes.map((w) => path.dirname(w.absolutePath)));
  await commitFiles(fs, writes, options.pendingSignal);
  return {
    created: writes.filter((w) => !w.replaces).map((w) => w.relativePath),
    replaced: writes.filter((w) => w.replaces).map((w) => w.relativePath),
    stale,
  };
}
