/**
 * The spec reader where it falls back or gives up: an older spec read with the
 * built-in lifecycle when the team's template came later, a spec in the middle
 * of a merge reported by its conflicts alone, a milestone with no name, and a
 * link whose `%` escapes nothing.
 */
import { describe, expect, test } from '@jest/globals';
import { BUILT_IN_LIFECYCLE } from '../../src/specs/lifecycle.js';
import { readSpec, specLifecycle } from '../../src/specs/read-spec.js';
import { linkedPath } from '../../src/specs/spec-links.js';
import { templateLifecycle } from '../../src/specs/template-lifecycle.js';

const TEAM = templateLifecycle(['# {{md name}}', '', '## 8. Status', '', '- [ ] Spec review', '- [ ] QA sign-off', ''].join('\n'), 'templates/spec.md.hbs');
const spec = (...lines: string[]): string => ['# Feature Specification: X', '', ...lines, '', '---', '', '- Owner: Ada', ''].join('\n');
const OLDER = spec('## 8. Status', '', '- [x] Spec reviewed', '- [x] Design review', '- [ ] Implementation started');

describe("a spec written before the team's template", () => {
  test('is read with the built-in lifecycle it was written with', () => {
    expect(specLifecycle('0001-x.md', OLDER, TEAM)).toBe(BUILT_IN_LIFECYCLE);
    const reading = readSpec('0001-x.md', OLDER, TEAM);
    expect(reading.currentStatus).toMatchObject({ step: 'design', label: 'Design review', line: 6 });
    expect(reading.problems.filter((p) => p.rule === 'status-item')).toEqual([]);
  });

  test("with an item neither lifecycle knows, it is read with the team's, and each unknown item is a problem", () => {
    const odd = OLDER.replace('- [ ] Implementation started', '- [ ] Something else');
    expect(specLifecycle('0001-x.md', odd, TEAM)).toBe(TEAM);
    expect(readSpec('0001-x.md', odd, TEAM).problems.filter((p) => p.rule === 'status-item').map((p) => `${p.line}: ${p.message}`)).toEqual([
      '5: status item "Spec reviewed" is none of: Spec review, QA sign-off, Rejected, Withdrawn, Superseded (the Status items of templates/spec.md.hbs)',
      '6: status item "Design review" is none of: Spec review, QA sign-off, Rejected, Withdrawn, Superseded (the Status items of templates/spec.md.hbs)',
      '7: status item "Something else" is none of: Spec review, QA sign-off, Rejected, Withdrawn, Superseded (the Status items of templates/spec.md.hbs)',
    ]);
  });

  test("a spec of the team's own items keeps the team's lifecycle", () => {
    const own = spec('## 8. Status', '', '- [x] Spec review', '- [ ] QA sign-off');
    expect(specLifecycle('0001-x.md', own, TEAM)).toBe(TEAM);
    expect(readSpec('0001-x.md', own, TEAM).currentStatus).toMatchObject({ step: 'spec-review', line: 5 });
  });
});

describe('a spec in the middle of a merge', () => {
  const conflicted = spec('## 8. Status', '', '<<<<<<< HEAD', '- [x] Spec reviewed', '=======', '- [ ] Spec reviewed', '>>>>>>> other', '', '- Owner: Bob');

  test('is reported by its conflicts alone: what else the format shows is the conflict seen through it', () => {
    expect(readSpec('0001-x.md', conflicted).problems).toEqual([
      { line: 5, rule: 'merge-conflict', message: 'an unresolved merge conflict (<<<<<<< at line 5, >>>>>>> at line 9): resolve the merge first' },
    ]);
  });

  test('a file name that is no spec is still said, first', () => {
    expect(readSpec('notes.md', conflicted).problems.map((p) => p.rule)).toEqual(['file-name', 'merge-conflict']);
  });
});

describe('milestones', () => {
  test.each(['1. **** - 2026-01-10', '1. ** ** - 2026-01-10'])('one with no name (%s) is a problem, not a milestone', (line) => {
    const reading = readSpec('0001-x.md', spec('## Milestones', '', line));
    expect(reading.milestones).toEqual([]);
    expect(reading.problems.filter((p) => p.rule === 'milestone-date')).toEqual([
      { line: 5, rule: 'milestone-date', message: 'this milestone has no name: write it as 1. **Name** - YYYY-MM-DD' },
    ]);
  });
});

describe('linkedPath', () => {
  test('a `%` that escapes nothing is the character itself', () => {
    expect(linkedPath('docs/specs/0001-x.md', '100%25.md')).toBe('docs/specs/100%.md');
    expect(linkedPath('docs/specs/0001-x.md', '100%.md')).toBe('docs/specs/100%.md');
    expect(linkedPath('docs/specs/0001-x.md', '/docs/a%zz.md#top')).toBe('docs/a%zz.md');
  });
});
