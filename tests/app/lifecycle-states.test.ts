/** The state `status` is given, checked against the repository's lifecycle (built-in, or a team template's). */
import { expect, test } from '@jest/globals';
import { stateOf, statesList } from '../../src/app/lifecycle-states.js';
import { BUILT_IN_LIFECYCLE, type Lifecycle } from '../../src/specs/lifecycle.js';

const TEAM: Lifecycle = {
  steps: [{ name: 'qa-sign-off', label: 'QA sign-off' }, { name: 'shipped', label: 'Shipped' }],
  endStates: [{ name: 'on-hold', label: 'On hold' }],
  byWords: false,
  source: '.specwright/templates/spec.md.hbs',
};

test('the states listed in order, steps then end states', () => {
  expect(statesList(BUILT_IN_LIFECYCLE)).toBe('review, design, implementation, code-review, testing, docs, deployed, rejected, withdrawn, superseded');
  expect(statesList(TEAM)).toBe('qa-sign-off, shipped, on-hold');
});

test('a known state is taken by its name (case and blanks aside); an unknown one exits 2 listing them, and the template they come from', () => {
  expect(stateOf(BUILT_IN_LIFECYCLE, ' Design ')).toBe('design');
  expect(stateOf(TEAM, 'shipped')).toBe('shipped');
  expect(() => stateOf(BUILT_IN_LIFECYCLE, 'shipped')).toThrow(expect.objectContaining({ exitCode: 2, message: `"shipped" is not a state; use one of ${statesList(BUILT_IN_LIFECYCLE)}` }));
  expect(() => stateOf(TEAM, 'design')).toThrow(
    expect.objectContaining({ message: '"design" is not a state; use one of qa-sign-off, shipped, on-hold (the Status items of .specwright/templates/spec.md.hbs, then the end states)' }),
  );
});
