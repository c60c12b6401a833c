/**
 * The edges of the two data readers: a block comment left open in JSON with
 * comments, and a YAML line that is no flat `key: value`.
 */
import { describe, expect, test } from '@jest/globals';
import { flatYaml } from '../../../src/detect/style/flat-yaml.js';
import { parseJsonc } from '../../../src/detect/style/jsonc.js';

describe('parseJsonc', () => {
  test('a block comment left open runs to the end', () => {
    expect(parseJsonc('{ "a": 1 } /* the rest { "b": 2 }')).toEqual({ a: 1 });
  });

  test('a closed block comment is passed over, and what follows it read', () => {
    expect(parseJsonc('{ /* one */ "a": 1, /**/ "b": 2 }')).toEqual({ a: 1, b: 2 });
  });

  test('the slash that opens a comment does not close it', () => {
    expect(parseJsonc('{ /*/ "x": 1, */ "a": 1 }')).toEqual({ a: 1 });
  });
});

describe('flatYaml', () => {
  test('a line that is no key and value is passed over', () => {
    expect(flatYaml('semi: false\nthis line has no colon\nkey with space: 1\nsingleQuote: true\n')).toEqual({ semi: false, singleQuote: true });
  });
});
