/**
 * A team's lifecycle from its spec template's Status checklist: its items in
 * order, named from their labels; end states after `<!-- end states -->`; the
 * built-in seven (by their words) keep the built-in lifecycle; a spec read
 * with a team's lifecycle knows its items and no others.
 */
import { describe, expect, test } from '@jest/globals';
import { BUILT_IN_LIFECYCLE } from '../../src/specs/lifecycle.js';
import { readSpec } from '../../src/specs/read-spec.js';
import { templateLifecycle } from '../../src/specs/template-lifecycle.js';

const template = (items: readonly string[]): string =>
  ['# Feature Specification: {{md name}}', '', '## 8. Status', '', ...items, '', '## Changelog', '', '- [ ] Not a state', ''].join('\n');

describe('templateLifecycle', () => {
  test("a checklist of the team's own: its steps by name, in order, and its end states added to the three", () => {
    const lifecycle = templateLifecycle(template(['- [ ] Spec review', '- [ ] QA sign-off', '- [ ] **Security** review', '', '<!-- end states -->', '', '- [ ] On hold']), 'templates/spec.md.hbs');
    expect(lifecycle.steps.map((s) => s.name)).toEqual(['spec-review', 'qa-sign-off', 'security-review']);
    expect(lifecycle.endStates.map((s) => s.name)).toEqual(['rejected', 'withdrawn', 'superseded', 'on-hold']);
    expect(lifecycle).toMatchObject({ byWords: false, source: 'templates/spec.md.hbs' });
  });

  test('the built-in seven, reworded, stay the built-in lifecycle (words matched); none at all too', () => {
    const seven = ['Spec reviewed', 'Design review', 'Implementation started', 'Code review', 'Tests complete', 'Docs complete', 'Released'].map((l) => `- [ ] ${l}`);
    expect(templateLifecycle(template(seven), 't')).toBe(BUILT_IN_LIFECYCLE);
    expect(templateLifecycle('# {{md name}}\n\nNo checklist here.\n', 't')).toBe(BUILT_IN_LIFECYCLE);
  });

  test("a spec read with the team's lifecycle: its items are states, the built-in words are not, end states win", () => {
    const lifecycle = templateLifecycle(template(['- [ ] Spec review', '- [ ] QA sign-off', '- [ ] Shipped']), 't');
    const spec = ['# Feature Specification: X', '', '## Status', '', '- [x] Spec review', '- [x] QA sign-off', '- [ ] Shipped', '- [ ] Design review', '- [x] Withdrawn', ''].join('\n');
    const reading = readSpec('0001-x.md', spec, lifecycle);
    expect(reading.status.map((s) => s.step)).toEqual(['spec-review', 'qa-sign-off', 'shipped', 'withdrawn']);
    expect(reading.currentStatus).toMatchObject({ step: 'withdrawn', end: true });
    expect(reading.problems.filter((p) => p.rule === 'status-item').map((p) => p.line)).toEqual([8]);
    const unticked = readSpec('0001-x.md', spec.replace('- [x] Withdrawn', '- [ ] Withdrawn'), lifecycle);
    expect(unticked.currentStatus).toMatchObject({ step: 'qa-sign-off', end: false, final: false });
  });
});
