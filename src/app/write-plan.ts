import path from 'node:path';
import { commitFiles, type PendingSignal } from '../commit/commit-files.js';
import { preflight } from '../commit/preflight.js';
import { cleanStaleTemps, type StaleReport } from '../commit/stale-temps.js';
import { realWriterFs, type WriterFs } from '../commit/writer-fs.js';
import { ConflictError, NumberTakenError } from '../base/errors.js';
import { writtenFolders } from '../config/layout.js';
import { specNumberOf } from '../specs/spec-file-name.js';
import type { SpecPlan } from '../plan/plan-spec.js';

export interface WriteOptions {
  readonly force: boolean;
  /** Where the run's journal goes: git's folder for the work tree, or the root outside git. */
  readonly journalDir: string;
  readonly pendingSignal: PendingSignal;
  /** Injected in tests; the real file system otherwise. */
  readonly fs?: WriterFs;
}

export interface WriteResult {
  readonly created: readonly string[];
  readonly replaced: readonly string[];
  /** The plan's updates (the specs index), replaced with the rest. */
  readonly updated: readonly string[];
  readonly stale: StaleReport;
}

/**
 * Two runs for different features at the same moment both pick the next free
 * number. Once our spec is in place, a spec with the same number that was not
 * there when we planned means we lost the race: roll back rather than leave
 * two specs numbered alike. (If both see each other, both roll back: never a
 * duplicate, at worst a rerun.)
 */
function numberStillOurs(fs: WriterFs, plan: SpecPlan): () => Promise<void> {
  return async () => {
    // Dated ids are not handed out one by one: two specs of one day differ by their slugs.
    if (plan.layout.idStyle === 'date') return;
    const ours = path.basename(plan.model.paths.spec);
    const { specsDir } = plan.layout;
    const names = await fs.readdir(path.join(plan.root, specsDir));
    const rivals = names.filter(
      (name) => name !== ours && specNumberOf(name) === Number(plan.model.number) && !plan.specsSeen.includes(name),
    );
    if (rivals.length > 0) {
      throw new NumberTakenError(plan.model.number, rivals.map((r) => `${specsDir}/${r}`));
    }
  };
}

/** A conflict is final, but stale temps of killed runs in the same folders are still ours to clean. */
async function withStaleTempsCleaned<T>(work: Promise<T>, clean: () => Promise<StaleReport>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ConflictError) {
      const { removed } = await clean();
      if (removed.length > 0) {
        throw new ConflictError(error.message, error.paths, `${error.hint ?? ''}\nRemoved ${removed.length} temp file(s) left by an interrupted run: ${removed.join(', ')}`.trim());
      }
    }
    throw error;
  }
}

/** Checks everything, then writes all of the plan or none of it. */
export async function writePlan(plan: SpecPlan, options: WriteOptions): Promise<WriteResult> {
  const fs = options.fs ?? (await realWriterFs());
  const folders = [...new Set(plan.files.map((f) => path.join(plan.root, path.dirname(f.path))))];
  // A conflict is only thrown once every path passed the link checks, so cleaning then stays inside the root.
  const files = await withStaleTempsCleaned(preflight(fs, plan.root, plan.files, options.force), () =>
    cleanStaleTemps(fs, plan.root, options.journalDir, folders),
  );
  const updates = await preflight(fs, plan.root, plan.updates ?? [], true);
  const writes = [...files, ...updates];
  const stale = await cleanStaleTemps(fs, plan.root, options.journalDir, folders);
  await commitFiles(fs, writes, { root: plan.root, journalDir: options.journalDir, folders: writtenFolders(plan.layout), pendingSignal: options.pendingSignal, verify: numberStillOurs(fs, plan) });
  return {
    created: files.filter((w) => !w.replaces).map((w) => w.relativePath),
    replaced: files.filter((w) => w.replaces).map((w) => w.relativePath),
    updated: updates.map((w) => w.relativePath),
    stale,
  };
}
