import { describe, expect, test } from '@jest/globals';
import { findingsGithub, findingsJson, findingsText, totalsOf } from '../../src/lint/format-findings.js';
import { finding } from '../../src/lint/lint-rules.js';

const findings = [
  finding('docs/specs/0001-a,b.md', 0, 'duplicate-number', 'number 0001 is also the number of docs/specs/0001-c.md'),
  finding('docs/specs/0001-c.md', 12, 'overdue', 'milestone "50% done: a\nb" was due 2026-12-01: overdue by 4 days'),
];

describe('formats', () => {
  test('text: one line per finding (no control characters reach the terminal), then the totals', () => {
    expect(findingsText(findings, totalsOf(findings, 2), (file) => file)).toBe(
      [
        'docs/specs/0001-a,b.md: error duplicate-number: number 0001 is also the number of docs/specs/0001-c.md. Give one of them a free number: specwright renumber <id>.',
        'docs/specs/0001-c.md:12: warning overdue: milestone "50% done: a\u240Ab" was due 2026-12-01: overdue by 4 days. Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.',
        '2 specs checked: 1 error, 1 warning.',
        '',
      ].join('\n'),
    );
    expect(findingsText([], totalsOf([], 1), (file) => file)).toBe('1 spec checked: no findings.\n');
  });

  test('text: a rule\'s hint follows its first finding only', () => {
    const three = [findings[0]!, finding('docs/specs/0001-c.md', 0, 'duplicate-number', 'number 0001 is also the number of docs/specs/0001-a,b.md'), findings[1]!];
    expect(findingsText(three, totalsOf(three, 2), (file) => file).split('\n').slice(0, 3)).toEqual([
      'docs/specs/0001-a,b.md: error duplicate-number: number 0001 is also the number of docs/specs/0001-c.md. Give one of them a free number: specwright renumber <id>.',
      'docs/specs/0001-c.md: error duplicate-number: number 0001 is also the number of docs/specs/0001-a,b.md.',
      'docs/specs/0001-c.md:12: warning overdue: milestone "50% done: a\u240Ab" was due 2026-12-01: overdue by 4 days. Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.',
    ]);
  });

  test('github: properties escape , and :, messages escape % and line breaks; no line for the whole file', () => {
    expect(findingsGithub(findings)).toBe(
      [
        '::error file=docs/specs/0001-a%2Cb.md,title=specwright duplicate-number::number 0001 is also the number of docs/specs/0001-c.md. Give one of them a free number: specwright renumber <id>.',
        '::warning file=docs/specs/0001-c.md,line=12,title=specwright overdue::milestone "50%25 done: a\u240Ab" was due 2026-12-01: overdue by 4 days. Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.',
        '',
      ].join('\n'),
    );
  });

  test('json: totals and every finding', () => {
    expect(JSON.parse(findingsJson(findings, totalsOf(findings, 2)))).toEqual({ specs: 2, errors: 1, warnings: 1, findings: JSON.parse(JSON.stringify(findings)) });
  });
});
