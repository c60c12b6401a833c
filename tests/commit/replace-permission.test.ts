/**
 * When a replacement could not keep the file's owner, group and mode, the
 * file is refused: decided from the file's stat and who is writing (the
 * real-user cases run as root and nobody in tests/e2e/replace-keeps-owner.test.ts).
 */
import type { Stats } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { replaceRefusal, type Writer } from '../../src/commit/replace-permission.js';

const file = (mode: number, uid: number, gid: number): Stats => ({ mode: 0o100000 | mode, uid, gid }) as Stats;
const ROOT: Writer = { uid: 0, groups: [0] };
const ADA: Writer = { uid: 1000, groups: [1000, 27] };
const WINDOWS: Writer = { uid: undefined, groups: [] };

describe('replaceRefusal', () => {
  test.each([
    ['root, another user\'s file', ROOT, file(0o640, 65534, 65534)],
    ['the owner, own group', ADA, file(0o644, 1000, 1000)],
    ['the owner, a group they are in that is not their primary one', ADA, file(0o664, 1000, 27)],
    ['Windows (no POSIX owners)', WINDOWS, file(0o666, 0, 0)],
  ])('allowed: %s', (_, writer, info) => {
    expect(replaceRefusal('package.json', info, writer)).toBeUndefined();
  });

  test.each([ROOT, ADA, WINDOWS])('a read-only file (0444) is refused for every writer, with how to allow it (%#)', (writer) => {
    expect(replaceRefusal('package.json', file(0o444, writer.uid ?? 0, 1000), writer)).toBe(
      'package.json is read-only (mode 0444); specwright does not replace a read-only file. Nothing was written; make it writable (chmod u+w package.json) if it is meant to change, and run again.',
    );
  });

  test('another user\'s file, when not root: refused, naming its owner', () => {
    expect(replaceRefusal('docs/specs/0001-x.md', file(0o666, 0, 0), ADA)).toMatch(/^docs\/specs\/0001-x\.md belongs to another user \(uid 0\)/);
  });

  test('one\'s own file in a group one is not in, when not root: refused, naming the group', () => {
    expect(replaceRefusal('docs/specs/0001-x.md', file(0o664, 1000, 50), ADA)).toMatch(/^docs\/specs\/0001-x\.md belongs to group 50, which you are not in/);
  });
});
