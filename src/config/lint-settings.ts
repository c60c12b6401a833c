/**
 * The `"lint"` setting: each lint rule's level, over the severity the rule
 * has by default (`"lint": {"rules": {"untested-requirement": "off",
 * "overdue": "error"}}`). Only the shape and the levels are checked here:
 * the rule names are lint's, and are checked against its list when the
 * project is opened (app/lint-rule-levels.ts). A leaf module: it reads nothing.
 */

export const RULE_LEVELS = ['off', 'warning', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

export interface LintSettings {
  /** Rule name → level; a rule not named keeps its default severity. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `"lint"` value as written, or what is wrong with it and where below `lint` (the caller names the file). */
export function parseLintSettings(raw: unknown): LintSettings | { readonly problem: string; readonly field?: string } {
  if (!isPlainObject(raw)) return { problem: 'must be an object such as {"rules": {"untested-requirement": "off"}}' };
  for (const field of Object.keys(raw)) if (field !== 'rules') return { problem: `has no field ${JSON.stringify(field)}; its one field is rules` };
  if (raw.rules === undefined) return {};
  if (!isPlainObject(raw.rules)) return { field: 'rules', problem: 'must be an object of rule names and levels, such as {"overdue": "error"}' };
  const rules: [string, RuleLevel][] = [];
  for (const [rule, level] of Object.entries(raw.rules)) {
    if (!RULE_LEVELS.includes(level as RuleLevel)) return { field: `rules.${JSON.stringify(rule)}`, problem: `must be one of ${RULE_LEVELS.map((l) => `"${l}"`).join(', ')}, not ${JSON.stringify(level)}` };
    rules.push([rule, level as RuleLevel]);
  }
  // fromEntries defines each name as the object's own property, "__proto__" too.
  return { rules: Object.fromEntries(rules) };
}

/** `untested-requirement: off, overdue: error`, as `specwright config` shows it; "each rule at its default" when none is set. */
export function lintSettingsText(settings: LintSettings): string {
  const entries = Object.entries(settings.rules ?? {});
  return entries.length === 0 ? 'each rule at its default' : entries.map(([rule, level]) => `${rule}: ${level}`).join(', ');
}
