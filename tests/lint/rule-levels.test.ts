/** The configuration's rule levels over lint's findings: off drops, warning and error set the severity; unknown rules and the reader's own rules refused. */
import { describe, expect, test } from '@jest/globals';
import { finding } from '../../src/lint/lint-rules.js';
import { levelOf, levelProblem, withLevels } from '../../src/lint/rule-levels.js';

const FINDINGS = [finding('a.md', 1, 'overdue', 'late'), finding('a.md', 2, 'untested-requirement', 'FR-1'), finding('a.md', 3, 'placeholder', '[Date]')];

describe('rule levels', () => {
  test('off drops a rule, warning and error set its severity, the rest keep theirs', () => {
    const levels = { 'untested-requirement': 'off', overdue: 'error', placeholder: 'warning' } as const;
    expect(withLevels(FINDINGS, levels).map((f) => [f.rule, f.severity])).toEqual([
      ['overdue', 'error'],
      ['placeholder', 'warning'],
    ]);
    expect(withLevels(FINDINGS, {})).toEqual(FINDINGS);
    expect([levelOf('overdue', levels), levelOf('untested-requirement', levels), levelOf('broken-link', levels)]).toEqual(['error', 'off', 'error']);
  });

  test('an unknown rule, and the reader\'s rules set below error, are problems; "__proto__" is no rule', () => {
    expect(levelProblem('overdue', 'off')).toBeUndefined();
    expect(levelProblem('encoding', 'error')).toBeUndefined();
    expect(levelProblem('overdu', 'off')).toMatch(/^is not a lint rule; the rules are merge-conflict, /);
    expect(levelProblem('__proto__', 'off')).toMatch(/^is not a lint rule/);
    expect(levelProblem('merge-conflict', 'warning')).toMatch(/^cannot be "warning": merge-conflict, unreadable, encoding stay errors/);
  });
});
