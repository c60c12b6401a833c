/**
 * A piece of a line as a person reads it (plainText) and the template's
 * placeholder (isPlaceholder): whitespace collapsed, a backslash before
 * ASCII punctuation taken out, any other backslash kept, and inside inline
 * code (closed on the same line) nothing taken out.
 */
import { describe, expect, test } from '@jest/globals';
import { isPlaceholder, plainText } from '../../src/specs/inline-text.js';

describe('plainText', () => {
  test.each([
    ['Dark \\*mode\\*', 'Dark *mode*'],
    ['  a \t b\n  c  ', 'a b c'],
    ['C:\\temp', 'C:\\temp'],
    ['ends with \\', 'ends with \\'],
    ['a\\\\*b', 'a\\*b'],
    ['\\[Name\\]', '[Name]'],
    ['`a\\*b` and \\*c\\*', '`a\\*b` and *c*'],
    ['``a\\*`b`` \\*', '``a\\*`b`` *'],
    ['`open \\*b', '`open *b'],
    ['``a`` \\* `b\\*`', '``a`` * `b\\*`'],
  ])('%j reads %j', (written, read) => {
    expect(plainText(written)).toBe(read);
  });
});

describe('isPlaceholder', () => {
  test.each(['[Name]', '  [Feature name]  ', '[]'])('%j is one', (data) => {
    expect(isPlaceholder(data)).toBe(true);
  });

  test.each(['Name', '[Name', 'Name]', 'x [Name]', '[Name] x', '[a] [b]', '[', ''])('%j is not', (data) => {
    expect(isPlaceholder(data)).toBe(false);
  });
});
