/**
 * The rules one spec's own text can break: the reader's problems (with their
 * rule ids), placeholders left from the template (never in code or comments),
 * missing sections, milestones out of order, overdue milestones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { specFindings } from '../../src/lint/spec-findings.js';
import { readSpec } from '../../src/specs/read-spec.js';

const EXAMPLE = readFileSync(new URL('../../examples/dark-mode/docs/specs/0001-dark-mode.md', import.meta.url), 'utf8');
const NAME = '0001-dark-mode.md';
const PATH = `docs/specs/${NAME}`;
const TODAY = '2026-11-26';

function findings(text: string, today = TODAY): { line: number; rule: string; severity: string; message: string }[] {
  return specFindings({ path: PATH, reading: readSpec(NAME, text), read: true }, today).map(({ line, rule, severity, message }) => ({ line, rule, severity, message }));
}

function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line holds ${needle}`);
  return index + 1;
}

describe('specFindings', () => {
  test('the example spec, as generated, has none', () => {
    expect(findings(EXAMPLE)).toEqual([]);
  });

  test('the template\'s placeholders, left in the text, are errors on their lines', () => {
    const text = EXAMPLE.replace('1. **Design sign-off** - 2026-12-10', '1. **[Milestone Name]** - [Date]')
      .replace('- [ ] Theme provider', '- [ ] Task 1')
      .replace('### Goals', '### Goals\n\n- \n- [ ]\n\nOwned by [Name], see [the docs](../x.md) and [ref][r].\n\n[r]: ./r.md');
    const found = findings(text).filter((f) => f.rule === 'placeholder');
    expect(found).toEqual([
      { line: lineOf(text, 'Goals') + 2, rule: 'placeholder', severity: 'error', message: 'an empty list item is left from the template' },
      { line: lineOf(text, 'Goals') + 3, rule: 'placeholder', severity: 'error', message: 'an empty checkbox is left from the template' },
      { line: lineOf(text, 'Owned by'), rule: 'placeholder', severity: 'error', message: '"[Name]" is left from the template' },
      { line: lineOf(text, 'Task 1'), rule: 'placeholder', severity: 'error', message: '"Task 1" is left from the template' },
      { line: lineOf(text, '[Milestone Name]'), rule: 'placeholder', severity: 'error', message: '"[Milestone Name]" is left from the template' },
      { line: lineOf(text, '[Milestone Name]'), rule: 'placeholder', severity: 'error', message: '"[Date]" is left from the template' },
    ]);
  });

  test('placeholders in inline code, code blocks, HTML comments, escaped, or defined as a link label are not findings', () => {
    const text = EXAMPLE.replace(
      '### Goals',
      '### Goals\n\nWrite `[Date]` here. \\[Date] too.\n\n```md\n1. **[Milestone Name]** - [Date]\n- [ ] Task 1\n```\n\n<!-- [Feature Name]\n- [ ] Task 2 -->\n\nSee [Design Doc].\n\n[design doc]: ./design.md',
    );
    expect(findings(text)).toEqual([]);
  });

  test('a missing section is an error naming it; sections may be reordered or at other levels', () => {
    const withoutTesting = EXAMPLE.replace('## Testing Strategy', '## Checks');
    expect(findings(withoutTesting)).toEqual([{ line: 0, rule: 'required-section', severity: 'error', message: 'no Testing Strategy section' }]);
    const noStatus = EXAMPLE.replace('## Status', '## Progress');
    expect(findings(noStatus).map((f) => [f.rule, f.message])).toContainEqual(['required-section', 'no Status section (## Status, with its checklist)']);
    expect(findings(EXAMPLE.replace('## Changelog', '### changelog'))).toEqual([]);
    expect(findings(EXAMPLE.replace('## Overview', '## 1. Overview').replace('## Testing Strategy', '## 🧪 Testing Strategy').replace('## Changelog', '## `Changelog`'))).toEqual([]);
  });

  test('the reader\'s problems keep their rule ids', () => {
    const text = EXAMPLE.replace('Owner: Ada Lovelace', 'Owner:').replace('2026-12-10', '2026-02-30').replace('Created: 2026-11-26', 'Created: yesterday');
    expect(findings(text).map((f) => f.rule).sort()).toEqual(['dates', 'milestone-date', 'owner']);
  });

  test('a milestone dated before the one above it is a warning; the next in order is not', () => {
    const text = EXAMPLE.replace('2027-01-15', '2026-12-01');
    expect(findings(text)).toEqual([
      { line: lineOf(text, 'Public beta'), rule: 'milestone-order', severity: 'warning', message: 'milestone "Public beta" (2026-12-01) comes after "Design sign-off" (2026-12-10), which is later' },
    ]);
  });

  test('overdue milestones warn until they are ticked, struck or the spec is deployed', () => {
    const overdue = findings(EXAMPLE, '2026-12-13');
    expect(overdue).toEqual([
      { line: lineOf(EXAMPLE, 'Design sign-off'), rule: 'overdue', severity: 'warning', message: 'milestone "Design sign-off" was due 2026-12-10: overdue by 3 days' },
    ]);
    expect(findings(EXAMPLE, '2026-12-10')).toEqual([]);
    expect(findings(EXAMPLE.replace('1. **Design sign-off**', '1. [x] **Design sign-off**'), '2026-12-13')).toEqual([]);
    expect(findings(EXAMPLE.replace('1. **Design sign-off** - 2026-12-10', '1. ~~**Design sign-off** - 2026-12-10~~'), '2026-12-13')).toEqual([]);
    expect(findings(EXAMPLE.replace('- [ ] Deployed to production', '- [x] Deployed to production'), '2027-12-13')).toEqual([]);
  });

  test('a file that could not be read has only that finding', () => {
    const found = specFindings({ path: PATH, reading: { ...readSpec(NAME, ''), problems: [{ line: 0, message: 'the file is a symbolic link: not read', rule: 'unreadable' }] }, read: false }, TODAY);
    expect(found.map((f) => f.rule)).toEqual(['unreadable']);
  });
});

describe('what is not a placeholder, and what is not lost', () => {
  test('bracketed text that is no template placeholder is text: [RFC 7231], [WIP], [[Wiki Page]], a footnote', () => {
    const text = EXAMPLE.replace('### Goals', '### Goals\n\nFollow [RFC 7231] and [HTTP Semantics]; [WIP] see [[Wiki Page]].\nA note[^1].\n\n[^1]: The footnote, not a link.');
    expect(findings(text)).toEqual([]);
    expect(readSpec(NAME, text).links).toEqual([]);
  });

  test('a milestone whose date is bracketed but no placeholder is still a milestone-date finding', () => {
    const text = EXAMPLE.replace('1. **Design sign-off** - 2026-12-10', '1. **Design sign-off** - [tbd]');
    expect(findings(text)).toEqual([
      { line: lineOf(text, 'Design sign-off'), rule: 'milestone-date', severity: 'error', message: 'milestone "Design sign-off" has no date: write it as 1. **Design sign-off** - YYYY-MM-DD' },
    ]);
  });
});
