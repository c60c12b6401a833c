/**
 * The render worker's body (see render-off-thread.ts): a team's templates,
 * precompiled, come in when it starts, the model when the run has one; the
 * rendered files, or the template mistake, go out. Its own thread, so the
 * run's signal handlers stay live and a runaway template costs this thread's
 * heap, not the run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SpecwrightError } from '../base/errors.js';
import type { SpecModel } from '../model/spec-model.js';
import { renderFiles } from './render-files.js';
import type { RenderReport, TeamSources } from './render-job.js';
import { teamTemplatesFrom, type TeamTemplates } from './team-runtime.js';

const report = (message: RenderReport): void => parentPort!.postMessage(message);
const failed = (error: unknown): RenderReport =>
  error instanceof SpecwrightError ? { mistake: { message: error.message, hint: error.hint } } : { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };

// Prepared while the run does its other work (the worker may start early: see prestartRenderWorker).
let team: TeamTemplates | undefined;
let preparing: unknown;
try {
  team = teamTemplatesFrom(workerData as TeamSources);
} catch (error) {
  preparing = error;
}

parentPort!.once('message', ({ model }: { model: SpecModel }) => {
  try {
    if (!team) throw preparing;
    report({ files: renderFiles(model, team, (file) => report({ rendering: file })) });
  } catch (error) {
    report(failed(error));
  }
});
