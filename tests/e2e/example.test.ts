import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { generateExample } from '../../scripts/make-example.mjs';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

const committed = fileURLToPath(new URL('../../examples/dark-mode/', import.meta.url));

test('the example in examples/dark-mode is what the built bin writes today (npm run example regenerates it)', () => {
  const fresh = (generateExample as () => string)();
  try {
    expect(treeSnapshot(fresh)).toEqual(treeSnapshot(committed));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
