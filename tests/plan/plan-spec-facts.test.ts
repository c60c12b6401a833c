import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { plannedPaths, planSpec } from '../../src/plan/plan-spec.js';
import type { ExistingSpecs } from '../../src/specs/spec-numbers.js';
import { defaultLayout } from '../helpers/layout.js';
import { FULL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

// Planning is a function of its inputs: what exists on disk is gathered by the use case (app/plan-from-disk.ts)
// and handed in. Each test puts on disk something that disagrees with the facts, so a plan that read the disk
// would come out differently.

function rootWithSpec(name: string): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(root, 'docs/specs', name), '');
  return root;
}

const FORTY_ONE_SPECS: ExistingSpecs = {
  nextNumber: '0042',
  bySlug: new Map([['dark-mode', { file: '0007-dark-mode.md', id: '0007-dark-mode', number: '0007' }]]),
  names: ['0007-dark-mode.md', '0041-search.md'],
};

describe('planSpec plans from the facts it is given, not from the disk', () => {
  test('the next number comes from the facts, whatever the specs folder holds', async () => {
    const root = rootWithSpec('0001-other.md');
    const plan = await planSpec({ ...FULL_ANSWERS, name: 'Search v2' }, root, '2026-11-26', defaultLayout(), FORTY_ONE_SPECS);
    expect(plan.model.id).toBe('0042-search-v2');
    expect(plan.specsSeen).toEqual(['0007-dark-mode.md', '0041-search.md']);
  });

  test('a feature the facts say has a spec keeps that spec, though the folder holds none', async () => {
    const root = rootWithSpec('0001-other.md');
    const plan = await planSpec(FULL_ANSWERS, root, '2026-11-26', defaultLayout(), FORTY_ONE_SPECS);
    expect(plan.model.paths.spec).toBe('docs/specs/0007-dark-mode.md');
  });
});

describe('plannedPaths', () => {
  test('the paths a typed name would take come from the facts: a name that has a spec keeps its number', () => {
    expect(plannedPaths('Dark mode', '2026-11-26', defaultLayout(), FORTY_ONE_SPECS)).toEqual([
      'docs/specs/0007-dark-mode.md',
      'tests/dark-mode.test.ts',
      'docs/features/dark-mode.md',
    ]);
  });
});
