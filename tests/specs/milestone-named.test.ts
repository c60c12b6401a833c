/** The milestone a user names: whole name first (any case, any spacing), then the start of exactly one name. */
import { describe, expect, test } from '@jest/globals';
import { milestoneNamed } from '../../src/specs/milestone-named.js';

const at = (name: string, line: number) => ({ name, date: '2027-01-01', done: false, line });
const MILESTONES = [at('Beta', 1), at('Beta 2', 2), at('Public launch', 3)];

describe('milestoneNamed', () => {
  test('a whole name wins over a longer name it starts', () => {
    expect(milestoneNamed(MILESTONES, 'beta', '0001-x').line).toBe(1);
    expect(milestoneNamed(MILESTONES, '  PUBLIC   launch ', '0001-x').line).toBe(3);
  });

  test('the start of one name picks it; of two, or inside a name, is refused', () => {
    expect(milestoneNamed(MILESTONES, 'pub', '0001-x').line).toBe(3);
    expect(() => milestoneNamed(MILESTONES, 'be', '0001-x')).toThrow('"be" starts 2 milestones of 0001-x: Beta, Beta 2');
    expect(() => milestoneNamed(MILESTONES, 'launch', '0001-x')).toThrow('no milestone "launch" in 0001-x');
    expect(() => milestoneNamed(MILESTONES, ' ', '0001-x')).toThrow('no milestone');
    expect(() => milestoneNamed([at('Beta', 1), at('beta', 2)], 'Beta', '0001-x')).toThrow('"Beta" names 2 milestones of 0001-x: Beta, beta');
  });
});
