import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { planSpec } from '../../src/plan/plan-spec.js';
import type { Answers } from '../../src/answers/answers.js';
import type { Layout } from '../../src/config/layout.js';
import { readExistingSpecs } from '../../src/specs/spec-numbers.js';
import { FULL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { defaultLayout } from '../helpers/layout.js';

afterAll(removeTempDirs);

function repoWithSpecs(...names: string[]): string {
  const root = tempDir({ git: true });
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  for (const name of names) writeFileSync(path.join(root, 'docs/specs', name), '');
  return root;
}

/** Plans as the use case does: the specs on disk gathered first, then handed to the pure planSpec. */
async function planOnDisk(answers: Answers, root: string, today: string, layout: Layout) {
  return planSpec(answers, root, today, layout, await readExistingSpecs(root, layout.specsDir, layout.idStyle));
}

describe('planSpec', () => {
  test('a repository without specs starts at 0001 with a .js stub; planning writes nothing', async () => {
    const root = tempDir({ git: true });
    const before = treeSnapshot(root);
    const plan = await planOnDisk(FULL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    expect(plan.files.map((f) => f.path)).toEqual(['docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.js', 'docs/features/dark-mode.md']);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('takes the next number after the highest, ignoring other files', async () => {
    const root = repoWithSpecs('0001-a.md', '0012-b.md', 'README.md', '9999-notes.txt', '12-short.md');
    const plan = await planOnDisk(FULL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    expect(plan.model.id).toBe('0013-dark-mode');
  });

  test('a feature that already has a spec keeps its number, so the run conflicts instead of duplicating it', async () => {
    const root = repoWithSpecs('0003-dark-mode.md', '0004-other.md');
    const plan = await planOnDisk({ ...FULL_ANSWERS, name: 'DARK Mode' }, root, '2026-11-26', resolveConfig(root, root).layout);
    expect(plan.model.id).toBe('0003-dark-mode');
  });

  test('a spec named in another case is the same spec: its file name is kept, not doubled', async () => {
    const root = repoWithSpecs('0001-Dark-Mode.md');
    const plan = await planOnDisk(FULL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    expect(plan.files.map((f) => f.path)[0]).toBe('docs/specs/0001-Dark-Mode.md');
    expect(plan.model.specLinkFromDocs).toBe('../specs/0001-Dark-Mode.md');
  });

  test('a tsconfig.json at the root makes the stub TypeScript where the test runner runs it', async () => {
    const root = tempDir({ git: true });
    writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    writeFileSync(path.join(root, 'package.json'), '{ "scripts": { "test": "vitest run" } }');
    const plan = await planOnDisk(FULL_ANSWERS, root, '2026-11-26', resolveConfig(root, root).layout);
    expect(plan.model.paths.test).toBe('tests/dark-mode.test.ts');
  });

  test('milestones out of order or in the past become notices', async () => {
    const plan = await planOnDisk(
      { ...FULL_ANSWERS, milestones: [{ name: 'B', date: '2026-12-20' }, { name: 'A', date: '2026-12-01' }, { name: 'Old', date: '2026-01-01' }] },
      tempDir(),
      '2026-11-26',
      defaultLayout(),
    );
    expect(plan.notices).toEqual([
      'milestone "A" (2026-12-01) comes before "B" (2026-12-20); the spec lists milestones by date',
      'milestone "Old" is dated 2026-01-01, before today (2026-11-26)',
      'milestone "Old" (2026-01-01) comes before "A" (2026-12-01); the spec lists milestones by date',
    ]);
  });
});
