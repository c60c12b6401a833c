import { describe, expect, test } from '@jest/globals';
import { slugFor, slugify } from '../../../src/base/text/slug.js';
import { ValidationError } from '../../../src/base/errors.js';

describe('slugify', () => {
  test.each([
    ['Café crème', 'cafe-creme'],
    ['Users & Groups', 'users-groups'],
    ['  Dark   mode  ', 'dark-mode'],
    ['Straße', 'strasse'],
    ['Ærø Łódź', 'aero-lodz'],
    ['CAFÉ', 'cafe'],
    ['cafe\u0301', 'cafe'],
    ['v2.0 release', 'v2-0-release'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['.git/hooks', 'git-hooks'],
    ['Тёмная тема', 'temnaya-tema'],
    ['Йогурт', 'yogurt'],
    ['Їжак', 'yizhak'],
    ['Ελληνικά', 'ellinika'],
    ['Ψυχή', 'psychi'],
    ['İstanbul', 'istanbul'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  test('names differing only in case or accents give the same slug', () => {
    expect(slugify('Café Crème')).toBe(slugify('cafe creme'));
  });
});

describe('slugFor', () => {
  test.each(['...', '🎉🎉', '日本語', '---'])('refuses %j: nothing to make a file name from', (name) => {
    expect(() => slugFor(name, '--name')).toThrow(/--name needs at least one Latin, Greek or Cyrillic letter or a digit/);
  });

  test.each(['con', 'CON', 'Aux', 'nul', 'com1', 'LPT9', 'prn'])('refuses the Windows device name %j', (name) => {
    expect(() => slugFor(name, '--name')).toThrow(/reserves for a device/);
  });

  test('accepts names that only contain a device name', () => {
    expect(slugFor('console', '--name')).toBe('console');
    expect(slugFor('com10', '--name')).toBe('com10');
  });

  test('refuses a slug over 64 bytes and names the field', () => {
    const error = (() => {
      try {
        slugFor('a'.repeat(65), '--name');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('--name');
    expect(slugFor('a'.repeat(64), '--name')).toHaveLength(64);
  });
});
