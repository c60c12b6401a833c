/**
 * The built-in Status steps: a label counts as its step by its words, so an
 * edited wording still reads; each word stands alone (one is enough where a
 * step has several, both are needed for code review); the steps' order.
 */
import { describe, expect, test } from '@jest/globals';
import { isSpecStatus, statusStepOf, stepIndex, STATUS_STEPS } from '../../src/specs/spec-status.js';

describe('statusStepOf', () => {
  test.each([
    ['Specification review', 'review'],
    ['Spec approved', 'review'],
    ['Peer review', 'review'],
    ['Design review', 'design'],
    ['Implementation started', 'implementation'],
    ['Code review', 'code-review'],
    ['Testing complete', 'testing'],
    ['Documentation complete', 'docs'],
    ['Deployed to production', 'deployed'],
    ['Deployed', 'deployed'],
    ['In production', 'deployed'],
    ['Released', 'deployed'],
    ['Shipped', 'deployed'],
    ['DESIGN REVIEW', 'design'],
  ])('%s is the %s step', (label, step) => {
    expect(statusStepOf(label)).toBe(step);
  });

  test.each(['Code freeze', 'Kick-off', ''])('%j names no step', (label) => {
    expect(statusStepOf(label)).toBeUndefined();
  });
});

describe('stepIndex', () => {
  test('is the position in the checklist, from 0', () => {
    expect(STATUS_STEPS.map((step) => stepIndex(step.name))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(stepIndex('deployed')).toBe(6);
  });
});

describe('isSpecStatus', () => {
  test('draft, the seven steps and the three end states are statuses; nothing else is', () => {
    for (const name of ['draft', 'review', 'code-review', 'deployed', 'rejected', 'withdrawn', 'superseded']) expect(isSpecStatus(name)).toBe(true);
    for (const name of ['Draft', 'done', '', 'code review']) expect(isSpecStatus(name)).toBe(false);
  });
});
