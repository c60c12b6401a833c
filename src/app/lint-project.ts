import type { IsoDate } from '../base/text/dates.js';
import { totalsOf, type Totals } from '../lint/format-findings.js';
import type { Finding } from '../lint/lint-rules.js';
import { lintSpecs } from '../lint/lint-specs.js';
import { testRunsByPackage } from '../project/test-runs.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';

export { findingsGithub, findingsJson, findingsText } from '../lint/format-findings.js';

export interface LintReport {
  /** The configured specs folder, relative to the root. */
  readonly specsDir: string;
  /** Sorted by file, then line; only those in `only` when given. */
  readonly findings: readonly Finding[];
  readonly totals: Totals;
  /** How many specs the folder holds (before `only`). */
  readonly specsInFolder: number;
  /** The search for test files stopped early (a huge tree). */
  readonly testsTruncated: boolean;
}

function within(file: string, paths: readonly string[]): boolean {
  return paths.some((p) => p === '' || file === p || file.startsWith(`${p}/`));
}

/**
 * `lint`: every rule over every spec of the project as of `today`. With
 * `only` (paths relative to the root: files or folders), the findings and
 * the count of specs are those inside them; every spec is still read, for
 * the rules that compare specs. Writes nothing.
 */
export function lintProject(project: Project, today: IsoDate, only?: readonly string[]): LintReport {
  const { specsDir, docsDir } = project.config.layout;
  const runOf = testRunsByPackage(project.root, project.cwd, project.config);
  const result = lintSpecs({ root: project.root, specsDir, docsDir, runOf, lifecycle: repositoryLifecycle(project) }, today);
  const findings = only ? result.findings.filter((f) => within(f.file, only)) : result.findings;
  const specs = only ? result.specs.filter((s) => within(s.path, only)).length : result.specs.length;
  return { specsDir, findings, totals: totalsOf(findings, specs), specsInFolder: result.specs.length, testsTruncated: result.testsTruncated };
}
