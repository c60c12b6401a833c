/**
 * The rules of .dependency-cruiser.cjs that keep the model and the planning
 * of writes pure (planning-is-pure, planning-calls-no-reader), run on a small
 * tree made for the purpose: `npm run depcruise` only shows that src/ obeys
 * them today, not that they would catch a module that breaks them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { removeTempDirs, tempDir } from './helpers/temp-repo.js';

afterAll(removeTempDirs);

const REPO = fileURLToPath(new URL('../', import.meta.url));
const DEPCRUISE = path.join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

/** Cruises `files` (path under src/ → source) with the project's rules; the violations found. */
function violationsIn(files: Readonly<Record<string, string>>): Violation[] {
  const root = tempDir();
  writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['src'] }));
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'src', file)), { recursive: true });
    writeFileSync(path.join(root, 'src', file), source);
  }
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', path.join(REPO, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: root, encoding: 'utf8' });
  if (run.error) throw run.error;
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const NUMBERS_MODULE = 'export interface Specs { readonly names: readonly string[] }\nexport const highest = 7;\n';

describe('the dependency rules keep model/ and plan/ pure', () => {
  test('a plan or model module that imports the file system breaks planning-is-pure', () => {
    const found = violationsIn({
      'plan/reads-disk.ts': "import { existsSync } from 'node:fs';\nexport const there = existsSync;\n",
      'model/reads-disk.ts': "import { readdir } from 'node:fs/promises';\nexport const list = readdir;\n",
    });
    expect(found.map((v) => `${v.rule.name}: ${v.from}`).sort()).toEqual(['planning-is-pure: src/model/reads-disk.ts', 'planning-is-pure: src/plan/reads-disk.ts']);
  });

  test("plan/ may name the spec numbers' type but breaks planning-calls-no-reader when it calls their reader", () => {
    const found = violationsIn({
      'specs/spec-numbers.ts': NUMBERS_MODULE,
      'plan/names-the-facts.ts': "import type { Specs } from '../specs/spec-numbers.js';\nexport type Seen = Specs;\n",
      'plan/calls-the-reader.ts': "import { highest } from '../specs/spec-numbers.js';\nexport const next = highest + 1;\n",
    });
    expect(found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual(['planning-calls-no-reader: src/plan/calls-the-reader.ts → src/specs/spec-numbers.ts']);
  });

  test('plan/ calls nothing of git (repo/), and may not even name its types', () => {
    const found = violationsIn({
      'repo/branch-tips.ts': NUMBERS_MODULE,
      'plan/names-git.ts': "import type { Specs } from '../repo/branch-tips.js';\nexport type Seen = Specs;\n",
      'plan/calls-git.ts': "import { highest } from '../repo/branch-tips.js';\nexport const next = highest + 1;\n",
    });
    expect(found.map((v) => `${v.rule.name}: ${v.from}`).sort()).toEqual(['not-in-allowed: src/plan/calls-git.ts', 'not-in-allowed: src/plan/names-git.ts', 'planning-calls-no-reader: src/plan/calls-git.ts']);
  });
});
