/**
 * The render worker's body (see render-off-thread.ts): a team's templates,
 * precompiled, and the model come in; the rendered files, or the template
 * mistake, go out. Its own thread, so the run's signal handlers stay live and
 * a runaway template costs this thread's heap, not the run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SpecwrightError } from '../errors.js';
import type { SpecModel } from '../model/spec-model.js';
import { renderFiles } from './render-files.js';
import type { RenderReport, TeamSources } from './render-job.js';
import { teamTemplatesFrom } from './team-runtime.js';

const { model, sources } = workerData as { model: SpecModel; sources: TeamSources };
const report = (message: RenderReport): void => parentPort!.postMessage(message);
try {
  const files = renderFiles(model, teamTemplatesFrom(sources), (file) => report({ rendering: file }));
  report({ files });
} catch (error) {
  report(error instanceof SpecwrightError ? { mistake: { message: error.message, hint: error.hint } } : { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
