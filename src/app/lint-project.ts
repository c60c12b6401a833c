import type { IsoDate } from '../base/text/dates.js';
import { totalsOf, type Totals } from '../lint/format-findings.js';
import type { Finding } from '../lint/lint-rules.js';
import { lintSpecs } from '../lint/lint-specs.js';
import { lintReach, within } from '../lint/lint-reach.js';
import { withLevels } from '../lint/rule-levels.js';
import { UsageError } from '../base/errors.js';
import type { RuleLevel } from '../config/lint-settings.js';
import { testRunsByPackage } from '../project/test-runs.js';
import type { Project } from './open-project.js';
import { repositoryLifecycle } from './repository-lifecycle.js';

export { findingsGithub, findingsJson, findingsText } from '../lint/format-findings.js';
export { findingsSarif } from '../lint/format-sarif.js';

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
  /** What was checked at each path of `only` outside the specs folder (a test file, a docs stub), one line each. */
  readonly notes: readonly string[];
  /** The configured rule levels the findings follow (`"lint": {"rules": …}`), for the SARIF output's rules. */
  readonly levels: Readonly<Record<string, RuleLevel>>;
}

/** Whether the run fails (exit 1): on any error, and with `strict` on any warning too. */
export function lintFails(totals: Pick<Totals, 'errors' | 'warnings'>, strict: boolean): boolean {
  return totals.errors > 0 || (strict && totals.warnings > 0);
}

const withinAny = (file: string, paths: readonly string[]): boolean => paths.some((p) => within(file, p));

/**
 * `lint`: every rule over every spec of the project as of `today`. With
 * `only` (paths relative to the root: files or folders), the findings and
 * the count of specs are those inside them; every spec is still read, for
 * the rules that compare specs. A path outside the specs folder is checked
 * for what lint reads there (docs stubs, test files: `notes` says which), or
 * refused (exit 2) when it holds none of them. Writes nothing.
 */
export function lintProject(project: Project, today: IsoDate, only?: readonly string[]): LintReport {
  const { specsDir, docsDir } = project.config.layout;
  const runOf = testRunsByPackage(project.root, project.cwd, project.config);
  const result = lintSpecs({ root: project.root, specsDir, docsDir, runOf, lifecycle: repositoryLifecycle(project) }, today);
  const reach = lintReach(only ?? [], specsDir, result);
  if (reach.unchecked.length > 0) {
    const [first] = reach.unchecked;
    throw new UsageError(
      `${reach.unchecked.join(', ')} ${reach.unchecked.length === 1 ? 'is' : 'are'} not in the specs folder (${specsDir}/) and hold${reach.unchecked.length === 1 ? 's' : ''} no docs stub or test file that cites a spec: lint has nothing to check there`,
      `Lint the specs folder (specwright lint ${specsDir}); if ${first} is a spec, move it there (git mv) or point lint at its folder (--specs-dir).`,
    );
  }
  // The configuration's levels (`"lint": {"rules": …}`) decide what is reported, and as what.
  const configured = withLevels(result.findings, project.config.lintRules);
  const findings = only ? configured.filter((f) => withinAny(f.file, only)) : configured;
  const specs = only ? result.specs.filter((s) => withinAny(s.path, only)).length : result.specs.length;
  return { specsDir, findings, totals: totalsOf(findings, specs), specsInFolder: result.specs.length, testsTruncated: result.testsTruncated, notes: reach.notes, levels: project.config.lintRules };
}
