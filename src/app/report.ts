import path from 'node:path';
import type { SpecPlan } from '../plan/plan-spec.js';
import type { PreviewEntry } from './preview-plan.js';
import type { WriteResult } from './write-plan.js';
import { terminalJson } from '../base/text/terminal-text.js';
import { backupWarning } from './leftover-backups.js';

/**
 * The machine-readable result of --json: this and nothing else goes to
 * stdout. `files` are relative to `root`, the absolute repository root, which
 * need not be where the run started.
 */
export function jsonResult(plan: SpecPlan, dryRun: boolean): string {
  const result: Record<string, unknown> = { id: plan.model.id, slug: plan.model.slug, root: plan.root, files: plan.files.map((f) => f.path) };
  if (plan.updates && plan.updates.length > 0) result.updated = plan.updates.map((f) => f.path);
  if (dryRun) result.dryRun = true;
  if (plan.branchesUnchecked !== undefined) result.branchesUnchecked = plan.branchesUnchecked;
  return terminalJson(result);
}

/** Said whenever the other branches' spec numbers could not be read: never a silent guess. */
export function branchesWarning(why: string): string {
  return `specwright: warning: other branches were not checked for spec numbers (${why}); the number comes from this working tree alone. Check that no branch holds it before you push.\n`;
}

/** The files about to be written, those that --force would replace marked. */
export function filesSummary(plan: SpecPlan, replacing: readonly string[] = []): string {
  const line = (p: string): string => `  ${p}${replacing.includes(p) ? '  (replaces the existing file)' : ''}\n`;
  const updates = (plan.updates ?? []).map((f) => `  ${f.path}  (brought up to date)\n`).join('');
  return `\nspecwright will write into ${plan.root}:\n${plan.files.map((f) => line(f.path)).join('')}${updates}\n`;
}

/**
 * --dry-run: every new file with its full contents, and for a file --force
 * would replace, the diff against it: exactly what a run would do. When the
 * existing file is too large to diff, the summary is followed by the full new
 * contents, so the preview still shows every byte a run would write.
 */
export function dryRunReport(plan: SpecPlan, preview: readonly PreviewEntry[]): string {
  const parts = preview.map((entry) => {
    const size = `${Buffer.byteLength(entry.contents)} bytes`;
    if (entry.diff === undefined) return `=== create ${entry.path} (${size})\n${entry.contents}`;
    if (entry.diff.summarized) return `=== replace ${entry.path}\n${entry.diff.text}The new contents in full (${size}):\n${entry.contents}`;
    return `=== replace ${entry.path}\n${entry.diff.text || '(unchanged)\n'}`;
  });
  return `Dry run: nothing was written. A run would write into ${plan.root}:\n\n${parts.join('\n')}`;
}

/**
 * `cwd`: where the run started. The root is named whenever it is not there,
 * and each path is shown from where the user stands (`../../docs/specs/…`
 * from inside a workspace package), so it can be opened as printed.
 */
export function doneReport(plan: SpecPlan, result: WriteResult, cwd: string = plan.root): string {
  const fromCwd = (p: string): string => path.relative(cwd, path.join(plan.root, p)).split(path.sep).join('/');
  const lines = [
    ...result.created.map((p) => `  created   ${fromCwd(p)}`),
    ...result.replaced.map((p) => `  replaced  ${fromCwd(p)}`),
    ...result.updated.map((p) => `  updated   ${fromCwd(p)}`),
  ];
  return [
    `Wrote spec ${plan.model.id} for "${plan.model.name}"${cwd === plan.root ? '' : ` into ${plan.root}`}:`,
    ...lines,
    '',
    plan.model.hasTestStub
      ? `Next: fill in ${fromCwd(plan.model.paths.spec)}, then turn the ${plan.layout.testStub.framework === 'mocha' ? 'pending tests' : 'todo tests'} in ${fromCwd(plan.model.paths.test)} into tests.`
      : `Next: fill in ${fromCwd(plan.model.paths.spec)}; no test stub was written (--no-test or "testFramework": "none"): cite its requirements (${plan.model.id} FR-1…) in the tests you write.`,
    '',
  ].join('\n');
}

export function staleReport(result: WriteResult): string {
  const lines: string[] = [];
  if (result.stale.removed.length > 0) {
    lines.push(`Removed ${result.stale.removed.length} temp file(s) left by an interrupted run: ${result.stale.removed.join(', ')}`);
  }
  return lines.map((l) => `${l}\n`).join('') + result.stale.backups.map(backupWarning).join('');
}
