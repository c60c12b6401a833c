import { describe, expect, test } from '@jest/globals';
import { isDatedSpec, specFileName, specNumberOf } from '../../src/specs/spec-file-name.js';

describe('spec file names, stated once', () => {
  test('a numbered spec has a number; a dated one is a spec without one', () => {
    expect(specNumberOf('0007-dark-mode.md')).toBe(7);
    expect(specNumberOf('123456-x.MD')).toBe(123456);
    expect(specNumberOf('20261127-dark-mode.md')).toBeUndefined();
    expect(specFileName('20261127-dark-mode.md')).toEqual({ id: '20261127-dark-mode', number: '20261127', slug: 'dark-mode' });
  });

  test('isDatedSpec tells the two kinds apart', () => {
    expect(isDatedSpec(specFileName('20261127-dark-mode.md')!)).toBe(true);
    expect(isDatedSpec(specFileName('0007-dark-mode.md')!)).toBe(false);
    expect(isDatedSpec(specFileName('123456-x.md')!)).toBe(false);
  });

  test.each(['0001-a.md', '9999-b.MD', '123456-c.md', '20261127-d.md', '007-x.md', '1234567-x.md', '0001-.md', 'README.md'])(
    '%s: what specNumberOf numbers is a spec of that number',
    (name) => {
      const number = specNumberOf(name);
      if (number !== undefined) expect(Number(specFileName(name)?.number)).toBe(number);
      else expect(specFileName(name) === undefined || isDatedSpec(specFileName(name)!)).toBe(true);
    },
  );
});
