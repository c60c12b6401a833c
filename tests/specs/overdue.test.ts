/** The one decision of "overdue": a milestone not done, before today, of a spec whose milestones are still pending (not deployed). */
import { describe, expect, test } from '@jest/globals';
import { milestonesPending, overdueMilestones } from '../../src/specs/overdue.js';
import { readSpec } from '../../src/specs/read-spec.js';

const READING = readSpec('0001-a.md', '# A\n\n### Milestones\n\n1. [x] **Alpha** - 2026-01-01\n2. ~~**Beta** - 2026-02-01~~\n3. **Gamma** - 2026-03-01\n4. **Today** - 2026-03-10\n5. **Later** - 2026-04-01\n');

describe('overdue', () => {
  test('only milestones not done whose day is before today', () => {
    expect(overdueMilestones(READING, 'implementation', '2026-03-10').map((m) => m.name)).toEqual(['Gamma']);
    expect(overdueMilestones(READING, 'draft', '2026-03-11').map((m) => m.name)).toEqual(['Gamma', 'Today']);
    expect(overdueMilestones(READING, 'draft', '2026-03-01')).toEqual([]);
  });

  test('a deployed spec has none pending, so none overdue', () => {
    expect(milestonesPending(READING, 'deployed')).toBe(false);
    expect(milestonesPending(READING, 'testing')).toBe(true);
    expect(overdueMilestones(READING, 'deployed', '2027-01-01')).toEqual([]);
  });

  test('a spec stopped in an end state, or at the last step of its own lifecycle, has none pending either', () => {
    const rejected = readSpec('0001-a.md', '# A\n\n### Milestones\n\n1. **Gamma** - 2026-03-01\n\n## Status\n\n- [x] Specification review\n- [ ] Design review\n- [x] Rejected\n');
    expect(rejected.currentStatus?.final).toBe(true);
    expect(milestonesPending(rejected, 'review')).toBe(false);
    expect(overdueMilestones(rejected, 'review', '2027-01-01')).toEqual([]);
  });
});
