import { createHash } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { contentHash, hasHash } from '../../src/commit/content-hash.js';

describe('contentHash', () => {
  // The published FNV-1a 64-bit test vectors.
  test.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('FNV-1a 64 of %j is %s', (text, hex) => {
    expect(contentHash(text)).toBe(`fnv1a64:${hex}`);
  });

  test('hashes the UTF-8 bytes: a one-byte change anywhere in a spec changes it', () => {
    const spec = '# Feature Specification: Café\n'.repeat(200);
    expect(contentHash(spec)).not.toBe(contentHash(spec.replace('é', 'e')));
    expect(contentHash(spec)).not.toBe(contentHash(`${spec} `));
  });

  test('hasHash reads both the new fingerprints and the SHA-256 of journals from 0.1.0', async () => {
    const text = 'spec\n';
    await expect(hasHash(text, contentHash(text))).resolves.toBe(true);
    await expect(hasHash(text, createHash('sha256').update(text).digest('hex'))).resolves.toBe(true);
    await expect(hasHash('other\n', contentHash(text))).resolves.toBe(false);
  });
});
