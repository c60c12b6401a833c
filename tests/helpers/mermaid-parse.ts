/**
 * Mermaid's own parser (mermaid + jsdom, dev dependencies). jsdom does not
 * load under jest's module system, so the parse runs in a child `node`
 * (mermaid-gantt.mjs), many charts per call. Besides whether a chart parses:
 * what Mermaid read, so a test can tell a name read as text from one read as
 * a statement (a title, a section, a comment).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface GanttTask {
  readonly section: string;
  readonly name: string;
  readonly milestone: boolean;
  readonly done: boolean;
  readonly date: string;
}

export type GanttReading = { readonly ok: true; readonly title: string; readonly sections: readonly string[]; readonly tasks: readonly GanttTask[] } | { readonly ok: false; readonly error: string };

const SCRIPT = fileURLToPath(new URL('./mermaid-gantt.mjs', import.meta.url));

/** What Mermaid makes of each text, in order. */
export function parseGantts(texts: readonly string[]): GanttReading[] {
  const run = spawnSync(process.execPath, [SCRIPT], { input: JSON.stringify(texts), encoding: 'utf8', timeout: 60000, env: { ...process.env, TZ: 'UTC' } });
  if (run.status !== 0) throw new Error(`mermaid-gantt.mjs failed (${run.status ?? run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as GanttReading[];
}

/** The text of the ```mermaid block of a Markdown file, or undefined. */
export function mermaidBlock(markdown: string): string | undefined {
  return /^```mermaid\r?\n([\s\S]*?)^```\r?$/m.exec(markdown)?.[1];
}
