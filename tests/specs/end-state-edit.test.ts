/**
 * withEndState, pure: the end state's item appended after the checklist's
 * last item in its marker and line ending (CRLF, an ordered list, no final
 * newline), what follows the word kept, an item already there ticked instead,
 * a state that is no end state refused.
 */
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../src/base/errors.js';
import { withEndState } from '../../src/specs/end-state-edit.js';
import { readSpec } from '../../src/specs/read-spec.js';

const SPEC = [
  '# Feature Specification: Dark mode',
  '',
  '## Status',
  '',
  '- [x] Specification review',
  '- [ ] Design review',
  '- [ ] Implementation started',
  '- [ ] Code review',
  '- [ ] Testing complete',
  '- [ ] Documentation complete',
  '- [ ] Deployed to production',
  '',
  '## Changelog',
  '',
  '| Date       | Author       | Changes       |',
  '| ---------- | ------------ | ------------- |',
  '| 2026-11-01 | Ada Lovelace | Initial draft |',
  '',
  '- Created: 2026-11-01',
  '- Last Updated: 2026-11-01',
  '- Owner: Ada Lovelace',
  '',
].join('\n');

const CHANGE = { today: '2026-11-27', author: 'Grace Hopper' };

describe('withEndState', () => {
  test('appends "- [x] Superseded by [0012](…)" after the last item; the reading is that end state', () => {
    const edit = withEndState(SPEC, { ...CHANGE, state: 'superseded', detail: 'by [0012](0012-new-auth.md)' });
    const lines = edit.text.split('\n');
    expect(lines.slice(10, 13)).toEqual(['- [ ] Deployed to production', '- [x] Superseded by [0012](0012-new-auth.md)', '']);
    const reading = readSpec('0007-dark-mode.md', edit.text);
    expect(reading.currentStatus).toMatchObject({ step: 'superseded', end: true, final: true });
    expect(reading.problems).toEqual([]);
    expect(edit.text).toContain('- Last Updated: 2026-11-27');
  });

  test('keeps CRLF, numbers an ordered list on, and leaves a file without a final newline without one', () => {
    const ordered = SPEC.replace(/^- \[/gm, (_m) => '1. [').replace(/\n$/, '');
    const numbered = ordered.replace('1. [ ] Deployed to production', '7. [ ] Deployed to production').replace(/\n/g, '\r\n');
    const edit = withEndState(numbered, { ...CHANGE, state: 'withdrawn' });
    expect(edit.text).toContain('7. [ ] Deployed to production\r\n8. [x] Withdrawn\r\n\r\n## Changelog');
    expect(edit.text.endsWith('Ada Lovelace')).toBe(true);
    expect(edit.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  test("a note nested under the last item stays with it: the new item comes after the note", () => {
    const noted = SPEC.replace('- [ ] Deployed to production\n', '- [ ] Deployed to production\n  - behind a feature flag first\n');
    const edit = withEndState(noted, { ...CHANGE, state: 'rejected' });
    expect(edit.text).toContain('- [ ] Deployed to production\n  - behind a feature flag first\n- [x] Rejected\n\n## Changelog');
  });

  test('an item of the state already there is ticked, not added twice; a step is no end state', () => {
    const listed = SPEC.replace('- [ ] Deployed to production\n', '- [ ] Deployed to production\n- [ ] Rejected\n');
    const edit = withEndState(listed, { ...CHANGE, state: 'rejected' });
    expect(edit.text.match(/Rejected$/gm)).toHaveLength(1);
    expect(edit.text).toContain('- [x] Rejected\n');
    expect(() => withEndState(SPEC, { ...CHANGE, state: 'deployed' })).toThrow(UsageError);
  });
});
