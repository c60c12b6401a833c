/** A spec's status and next milestone as `list` and `index` both take them: from the file alone, whatever today is. */
import { describe, expect, test } from '@jest/globals';
import { readSpec, unreadSpec } from '../../src/specs/read-spec.js';
import { nextMilestoneOf, specStatus } from '../../src/specs/spec-summary.js';

function reading(status: string, milestones: string): ReturnType<typeof readSpec> {
  return readSpec('0001-a.md', `# A\n\n### Milestones\n\n${milestones}\n\n## Status\n\n${status}\n`);
}

describe('specStatus and nextMilestoneOf', () => {
  test('the earliest milestone not done (the first written on a tie), past or not', () => {
    const spec = reading('- [x] Specification review', '1. [x] **Alpha** - 2020-01-01\n2. **Beta** - 2021-05-01\n3. **Gamma** - 2021-05-01\n4. **GA** - 2030-01-01');
    const file = { path: 'docs/specs/0001-a.md', reading: spec, read: true };
    expect(specStatus(file)).toBe('review');
    expect(nextMilestoneOf(spec, specStatus(file))).toMatchObject({ name: 'Beta', date: '2021-05-01' });
  });

  test('none once deployed; a draft when nothing is ticked; no status for a file not read', () => {
    const deployed = reading('- [x] Deployed to production', '1. **GA** - 2030-01-01');
    expect(nextMilestoneOf(deployed, specStatus({ path: 'x', reading: deployed, read: true }))).toBeUndefined();
    const draft = reading('- [ ] Specification review', '1. **GA** - 2030-01-01');
    expect(specStatus({ path: 'x', reading: draft, read: true })).toBe('draft');
    expect(specStatus({ path: 'x', reading: unreadSpec('0001-a.md', 'a FIFO'), read: false })).toBeUndefined();
  });
});
