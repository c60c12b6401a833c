import { describe, expect, test } from '@jest/globals';
import { flagNamer, parseNewArgs } from '../../src/cli/new-options.js';
import { UsageError, ValidationError } from '../../src/base/errors.js';

describe('parseNewArgs', () => {
  test('maps flags to raw answers; repeatable flags keep their order', () => {
    const options = parseNewArgs([
      'Dark mode', '--owner', 'Ada', '--requirement', 'a', '--requirement', 'b',
      '--phase', 'Build: tokens; toggle ;', '--phase', 'Ship', '--milestone', 'Beta@+2w', '--milestone', 'me@home@2026-12-01',
      '-y', '--dry-run', '--json', '--cwd', 'sub',
    ]);
    expect(options.raw).toEqual({
      name: 'Dark mode',
      owner: 'Ada',
      requirements: ['a', 'b'],
      phases: [{ name: 'Build', tasks: ['tokens', 'toggle'] }, { name: 'Ship', tasks: [] }],
      milestones: [{ name: 'Beta', date: '+2w' }, { name: 'me@home', date: '2026-12-01' }],
    });
    expect(options).toMatchObject({ yes: true, dryRun: true, json: true, force: false, cwd: 'sub' });
  });

  test.each([
    [['--nmae', 'x'], /Unknown option '--nmae'/],
    [['a', 'b'], /at most one name/],
    [['a', '--name', 'b'], /two names given/],
    [['--name'], /argument missing/],
  ])('%j is a usage error', (args, message) => {
    expect(() => parseNewArgs(args)).toThrow(UsageError);
    expect(() => parseNewArgs(args)).toThrow(message);
  });

  test.each([
    [['--milestone', 'Beta'], '--milestone #1'],
    [['--milestone', '@2026-12-01'], '--milestone #1'],
    [['--phase', 'a', '--phase', ': task'], '--phase #2'],
  ])('%j names the malformed flag', (args, field) => {
    try {
      parseNewArgs(args);
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
  });

  test('flagNamer names answers by the flag the user typed', () => {
    expect(flagNamer('name')).toBe('--name');
    expect(flagNamer('requirements[2]')).toBe('--requirement #3');
    expect(flagNamer('phases[0].tasks[1]')).toBe('--phase #1');
    expect(flagNamer('milestones[1].date')).toBe('--milestone #2');
  });
});
