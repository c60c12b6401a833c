import { describe, expect, test } from '@jest/globals';
import { type FieldNamer, validatePartial, validName, validOwner } from '../../src/answers/validate-answers.js';
import { ValidationError } from '../../src/base/errors.js';

const TODAY = '2026-11-26';
/** Answers-file keys name themselves. */
const keyNamer: FieldNamer = (path) => path;

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('validatePartial', () => {
  test('keeps only the keys given, cleaned and with dates resolved', () => {
    const answers = validatePartial(
      {
        name: ' Dark mode ',
        requirements: ['Follows the OS theme'],
        phases: [{ name: 'Build', tasks: ['tokens', 'toggle'] }, { name: 'Ship' }],
        milestones: [{ name: 'Beta', date: '+2w' }],
      },
      TODAY,
      keyNamer,
    );
    expect(answers).toEqual({
      name: 'Dark mode',
      requirements: ['Follows the OS theme'],
      phases: [{ name: 'Build', tasks: ['tokens', 'toggle'] }, { name: 'Ship', tasks: [] }],
      milestones: [{ name: 'Beta', date: '2026-12-10' }],
    });
  });

  test.each([
    [{ phases: [{ name: 'Build' }, { name: 'build' }] }, 'phases[1].name', /repeats "Build"/],
    [{ phases: [{ name: 'Café' }, { name: 'cafe' }] }, 'phases[1].name', /repeats/],
    [{ milestones: [{ name: 'Beta', date: '+1d' }, { name: 'BETA', date: '+2d' }] }, 'milestones[1].name', /repeats/],
    [{ phases: [{ name: 'Build', task: ['x'] }] }, 'phases[0].task', /not a known key/],
    [{ phases: ['Build: x'] }, 'phases[0]', /must be an object/],
    [{ phases: [{ name: 'Build', tasks: 'x' }] }, 'phases[0].tasks', /must be a list/],
    [{ requirements: 'one' }, 'requirements', /must be a list/],
    [{ requirements: Array(51).fill('x') }, 'requirements', /51 entries; at most 50/],
    [{ requirements: ['ok', ''] }, 'requirements[1]', /is required/],
    [{ milestones: [{ name: 'Beta', date: '2026-02-30' }] }, 'milestones[0].date', /not a day of the calendar/],
    [{ milestones: [{ name: 'Beta' }] }, 'milestones[0].date', /must be a string/],
    [{ name: 42 }, 'name', /must be a string/],
    [{ name: '...' }, 'name', /letter or a digit/],
    [{ owner: '' }, 'owner', /is required/],
    // Every text field goes through the same check for U+FFFD (bytes that were not UTF-8).
    [{ name: 'Caf\uFFFD' }, 'name', /is not valid UTF-8/],
    [{ owner: 'Zo\uFFFD' }, 'owner', /is not valid UTF-8/],
    [{ purpose: '\uFFFD' }, 'purpose', /is not valid UTF-8/],
    [{ requirements: ['ok', 'b\uFFFD'] }, 'requirements[1]', /is not valid UTF-8/],
    [{ stories: ['s\uFFFD'] }, 'stories[0]', /is not valid UTF-8/],
    [{ phases: [{ name: 'P\uFFFD' }] }, 'phases[0].name', /is not valid UTF-8/],
    [{ phases: [{ name: 'P', tasks: ['ok', 't\uFFFD'] }] }, 'phases[0].tasks[1]', /is not valid UTF-8/],
    [{ milestones: [{ name: 'B\uFFFDta', date: '+1d' }] }, 'milestones[0].name', /is not valid UTF-8/],
    [{ milestones: [{ name: 'Beta', date: '2026-12-\uFFFD' }] }, 'milestones[0].date', /is not valid UTF-8/],
  ])('%j is refused at %s', (raw, field, rule) => {
    const error = errorOf(() => validatePartial(raw, TODAY, keyNamer));
    expect(error.field).toBe(field);
    expect(error.rule).toMatch(rule);
  });
});

describe('lines that cannot wrap must fit 80 columns', () => {
  test('a 55-character name fits the title heading; escapes count', () => {
    expect(validName('n'.repeat(55), '--name')).toHaveLength(55);
    expect(() => validName(`${'n'.repeat(50)} *_*_`, '--name')).toThrow(/columns once written as Markdown/);
  });

  test('wide characters count twice in the changelog table', () => {
    expect(validOwner('山'.repeat(23), '--owner')).toHaveLength(23);
    expect(() => validOwner('山'.repeat(24), '--owner')).toThrow(/48 columns/);
  });
});
