import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SpecModel } from '../model/spec-model.js';
import { PACKAGE_ROOT, RUNNING_FROM_DIST } from '../base/package-root.js';
import { BUDGET_HINT, RENDER_HEAP_MB, RENDER_TIME_BUDGET_MS } from './render-budget.js';
import type { RenderedFile } from './render-files.js';
import type { RenderReport } from './render-job.js';
import type { TeamSources, TeamTemplates } from './team-runtime.js';
import { TemplateError } from './template-error.js';

/** A render worker and what it did before the run asked it for anything. */
interface RenderWorker {
  readonly worker: Worker;
  online: boolean;
  /** An error or exit code from before it was used: such a worker is not used. */
  ended?: unknown;
}

/**
 * The worker: from dist/, its own bundle (scripts/bundle-bin.mjs); from src/
 * (tests, `npm run new-spec`), the TypeScript source through tsx, which only
 * a checkout of specwright has. It prepares the templates at once, then
 * waits for the model.
 */
function startWorker(sources: TeamSources): RenderWorker {
  const options = { workerData: sources, resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB } };
  let worker: Worker;
  if (RUNNING_FROM_DIST) worker = new Worker(path.join(PACKAGE_ROOT, 'dist', 'render-worker.cjs'), options);
  else {
    const source = fileURLToPath(new URL('./render-worker.ts', import.meta.url));
    // Resolved here, not in the worker: an eval'd worker resolves from the cwd, which may be another repository.
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
    worker = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { ...options, eval: true });
  }
  const handle: RenderWorker = { worker, online: false };
  worker.once('online', () => (handle.online = true));
  // Listened to from the start: an 'error' nobody listens to would end the run.
  worker.once('error', (error) => (handle.ended ??= error));
  worker.once('exit', (code) => (handle.ended ??= code));
  return handle;
}

const prestarted = new WeakMap<TeamTemplates, RenderWorker>();

/**
 * Starts the worker for `team` now, so that starting a thread and loading
 * the runtime (about 25 ms) overlap the run's other work (recovery, answers,
 * git) instead of following it. Unreferenced until used: a run that ends
 * before rendering (a refusal, a declined write) does not wait for it.
 */
export function prestartRenderWorker(team: TeamTemplates): void {
  if (team.templates.size === 0 || prestarted.has(team)) return;
  const handle = startWorker(team.sources);
  handle.worker.unref();
  prestarted.set(team, handle);
}

/**
 * Renders with a team's templates on a worker thread, within a budget.
 * Handlebars renders synchronously: on the main thread a runaway template
 * (seven nested {{#each}} over 20 requirements) would run for minutes, deaf
 * to Ctrl-C (a signal handler runs only when the thread is free), until V8
 * aborts the process for lack of memory. Here the main thread only waits, so
 * SIGINT, SIGTERM and SIGHUP end the run at once (the worker goes with the
 * process); a render past RENDER_TIME_BUDGET_MS is stopped, and one past
 * RENDER_HEAP_MB of heap dies alone; each exits 2 naming the template.
 */
export function renderOffThread(model: SpecModel, team: TeamTemplates): Promise<RenderedFile[]> {
  return new Promise((resolve, reject) => {
    let handle = prestarted.get(team);
    prestarted.delete(team);
    // A prestarted worker that failed before it was needed is not trusted: a fresh one reports what goes wrong.
    if (!handle || handle.ended !== undefined) handle = startWorker(team.sources);
    const { worker } = handle;
    worker.ref();
    // Until the worker names a template, any of the team's could be the one.
    let current = team.dir;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    // From the moment the worker runs, not from its creation: starting a thread on a loaded machine is not the template's time.
    const startClock = (): void => {
      if (settled) return;
      timer = setTimeout(
        () => settle(() => reject(new TemplateError(`${current} took longer than ${RENDER_TIME_BUDGET_MS / 1000} s to render and was stopped`, BUDGET_HINT))),
        RENDER_TIME_BUDGET_MS,
      );
    };
    if (handle.online) startClock();
    else worker.once('online', startClock);
    worker.on('message', (report: RenderReport) => {
      if ('rendering' in report) current = report.rendering;
      else if ('files' in report) settle(() => resolve(report.files));
      else if ('mistake' in report) settle(() => reject(new TemplateError(report.mistake.message, report.mistake.hint)));
      else settle(() => reject(new Error(`rendering ${current} failed: ${report.bug}`)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(() => reject(new TemplateError(`${current} needs more than ${RENDER_HEAP_MB} MB of memory to render and was stopped`, BUDGET_HINT)));
      else settle(() => reject(error));
    });
    worker.on('exit', (code) => settle(() => reject(new Error(`the render worker for ${current} ended (exit code ${code}) without an answer`))));
    worker.postMessage({ model });
  });
}
