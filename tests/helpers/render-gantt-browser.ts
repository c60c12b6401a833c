/**
 * Mermaid charts drawn in a real Chromium at GitHub's width (see
 * draw-gantt-chromium.mjs, which runs in its own node: playwright does not
 * load under jest's module system), with what a reader would see measured.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface DrawnLabel {
  readonly text: string;
  readonly box: Box;
  /** Characters drawn as the font's missing-glyph box. */
  readonly missing: readonly string[];
  readonly className: string;
}

export type DrawnChart =
  | {
      readonly name: string;
      readonly screenshot: string;
      readonly ok: true;
      readonly svg: Box;
      readonly ticks: readonly { readonly text: string; readonly box: Box }[];
      readonly sections: readonly DrawnLabel[];
      readonly milestones: readonly DrawnLabel[];
      readonly diamonds: readonly { readonly done: boolean; readonly box: Box }[];
    }
  | { readonly name: string; readonly screenshot: string; readonly ok: false; readonly error: string };

const SCRIPT = fileURLToPath(new URL('./draw-gantt-chromium.mjs', import.meta.url));

/** Draws each chart, saving `<screenshots>/<name>.png`. */
export function drawCharts(charts: readonly { readonly name: string; readonly text: string }[], screenshots: string): DrawnChart[] {
  const run = spawnSync(process.execPath, [SCRIPT], { input: JSON.stringify({ charts, screenshots }), encoding: 'utf8', timeout: 120000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
  if (run.status !== 0) throw new Error(`draw-gantt-chromium.mjs failed (${run.status ?? run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as DrawnChart[];
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}
