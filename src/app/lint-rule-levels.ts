import { UsageError } from '../base/errors.js';
import { levelProblem } from '../lint/rule-levels.js';
import type { ResolvedConfig } from '../project/resolve-config.js';

/**
 * The configured lint rules checked against lint's own list when the project
 * is opened, so every command refuses a misspelled rule (exit 2, naming the
 * file, the key and what is allowed), as it refuses any other bad setting.
 */
export function checkLintRuleLevels(config: ResolvedConfig): void {
  const { source } = config.settings.lint;
  const label = source.kind === 'config' ? source.label : 'the configuration';
  for (const [rule, level] of Object.entries(config.lintRules)) {
    const problem = levelProblem(rule, level);
    if (problem) throw new UsageError(`${label}: lint.rules.${JSON.stringify(rule)} ${problem}`, 'Fix it there (the schema lists every rule: schema/specwright.config.schema.json in the specwright package), or run `specwright lint --help`.');
  }
}
