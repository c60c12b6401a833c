import { RULES, type Finding, type LintRule } from './lint-rules.js';

/** A level from the configuration (config/lint-settings.ts): a severity, or off. */
export type Level = 'off' | 'warning' | 'error';

/**
 * Rules that stay errors whatever the configuration: when one of them fires,
 * the rest of the file was not read (a merge conflict's two versions, a file
 * that is not a regular file, not UTF-8), so no other rule checked it; as a
 * warning or off, lint would pass a spec nobody checked, which status and
 * renumber then refuse to edit.
 */
export const ALWAYS_ERRORS: readonly LintRule[] = ['merge-conflict', 'unreadable', 'encoding'];

/** What is wrong with a configured rule level, or undefined: an unknown rule, or a rule that stays an error. */
export function levelProblem(rule: string, level: Level): string | undefined {
  if (!Object.hasOwn(RULES, rule)) return `is not a lint rule; the rules are ${Object.keys(RULES).join(', ')}`;
  if (ALWAYS_ERRORS.includes(rule as LintRule) && level !== 'error') {
    return `cannot be "${level}": ${ALWAYS_ERRORS.join(', ')} stay errors, since a file they find is not read any further and no other rule has checked it`;
  }
  return undefined;
}

/** The findings with the configured levels: a rule "off" is dropped, one set to "warning" or "error" takes that severity. */
export function withLevels(findings: readonly Finding[], levels: Readonly<Record<string, Level>>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = Object.hasOwn(levels, f.rule) ? levels[f.rule] : undefined;
    if (level === 'off') continue;
    out.push(level === undefined || level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}

/** A rule's severity under the configuration (`off` when turned off): what `lint --format sarif` declares. */
export function levelOf(rule: LintRule, levels: Readonly<Record<string, Level>>): Level {
  return (Object.hasOwn(levels, rule) ? levels[rule] : undefined) ?? RULES[rule].severity;
}
