/**
 * After two branches both added spec 0006 and were merged, `renumber` moves
 * one of them; a bare citation (`0006 FR-1`) in a test file that names the
 * moved spec's full id, and not the other's, is the moved spec's and is
 * rewritten with it, so its coverage does not pass to the spec that keeps
 * 0006. Only a citation in a file naming neither full id (or both) is left,
 * listed by renumber with its line, and reported by lint (ambiguous-citation).
 * Through the built bin, in a real git repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';

afterAll(removeTempDirs);

const git = (root: string, ...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

const ADMIN_HAND = 'tests/admin-flows.test.js';
const BILLING_HAND = 'tests/billing-flows.test.js';
const EITHER = 'tests/smoke.test.js';
const BOTH = 'tests/cross.test.js';

async function newSpec(root: string, name: string): Promise<void> {
  const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--requirement', 'Works', '--requirement', 'Is fast', '--yes'], { cwd: root });
  expect(made.code).toBe(0);
}

/** Five specs on main; branch admin adds 0006-admin-dashboard (in a clone branch billing cannot see), billing adds 0006-billing; both merged. */
async function clashOn0006(): Promise<string> {
  const root = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
  git(root, 'config', 'user.name', 'Grace Hopper');
  git(root, 'config', 'user.email', 'grace@example.com');
  git(root, 'checkout', '-q', '-b', 'main');
  for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await newSpec(root, name);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'seed');
  git(root, 'checkout', '-q', '-b', 'admin');
  await newSpec(root, 'Admin dashboard');
  writeFileSync(path.join(root, ADMIN_HAND), '// End-to-end tests of 0006-admin-dashboard.\ntest("0006 FR-1: lists the users", () => {});\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'admin dashboard');
  git(root, 'tag', 'admin-done');
  git(root, 'checkout', '-q', 'main');
  git(root, 'branch', '-q', '-D', 'admin');
  git(root, 'checkout', '-q', '-b', 'billing');
  await newSpec(root, 'Billing');
  writeFileSync(path.join(root, BILLING_HAND), '// End-to-end tests of 0006-billing.\ntest("0006 FR-2: charges fast", () => {});\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'billing');
  git(root, 'checkout', '-q', 'main');
  git(root, 'merge', '-q', 'admin-done');
  git(root, 'merge', '-q', '--no-edit', 'billing');
  writeFileSync(path.join(root, EITHER), 'test("smoke", () => {});\n// 0006 FR-2 is covered here too\n');
  writeFileSync(path.join(root, BOTH), '// 0006-admin-dashboard and 0006-billing together\ntest("0006 FR-2 after checkout", () => {});\n');
  return root;
}

async function requirementsOf(root: string): Promise<Record<string, { tested: number; todo: number; untested: number }>> {
  const listed = await runBin(['list', '--json'], { cwd: root });
  expect(listed.code).toBe(0);
  return Object.fromEntries((JSON.parse(listed.stdout) as { id: string; requirements: { tested: number; todo: number; untested: number } }[]).map((s) => [s.id, s.requirements]));
}

describe('renumber and bare citations of a shared number', () => {
  test('a file naming only the moved spec follows it; a file naming only the other stays; the rest is listed, and lint warns about it', async () => {
    const root = await clashOn0006();
    const hand = { admin: read(root, ADMIN_HAND), billing: read(root, BILLING_HAND), either: read(root, EITHER), both: read(root, BOTH) };
    const markdown = ['docs/specs/0006-admin-dashboard.md', 'docs/features/admin-dashboard.md'];
    for (const file of markdown) {
      expect(markdownlintFindings(read(root, file))).toEqual([]);
      expect(await prettierFormat(read(root, file))).toBe(read(root, file));
    }

    const run = await runBin(['renumber', '0006-admin-dashboard'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  edited   ${ADMIN_HAND} (lines 1, 2)\n`);
    // The bare citation moved with the header: line 2 now cites 0007.
    expect(read(root, ADMIN_HAND)).toBe('// End-to-end tests of 0007-admin-dashboard.\ntest("0007 FR-1: lists the users", () => {});\n');
    // The other spec's own file is not touched; the ambiguous ones are only renamed by full id.
    expect(read(root, BILLING_HAND)).toBe(hand.billing);
    expect(read(root, EITHER)).toBe(hand.either);
    expect(read(root, BOTH)).toBe(hand.both.replace('0006-admin-dashboard', '0007-admin-dashboard'));
    // Listed, each with its line: the file naming neither, and the one that named both.
    expect(run.stderr).toBe(
      `warning: 0006 is still the number of 0006-billing, so bare citations of 0006 in files that name neither spec's full id, or both, were left as they are (they may mean either spec): ${BOTH}:2, ${EITHER}:2. Cite the spec meant by its full id there (0007-admin-dashboard FR-n); lint warns about them (ambiguous-citation).\n`,
    );

    // What renumber wrote still passes markdownlint's defaults and prettier --check.
    for (const file of ['docs/specs/0007-admin-dashboard.md', 'docs/features/admin-dashboard.md']) {
      expect(markdownlintFindings(read(root, file))).toEqual([]);
      expect(await prettierFormat(read(root, file))).toBe(read(root, file));
    }

    // The coverage stays with the spec the test was written for.
    const coverage = await requirementsOf(root);
    expect(coverage['0007-admin-dashboard']).toEqual({ tested: 1, todo: 1, untested: 0, total: 2 });
    // billing's FR-1 is only a todo of its stub: the admin test's citation, now 0007 FR-1, does not count for it.
    expect(coverage['0006-billing']).toEqual({ tested: 1, todo: 1, untested: 0, total: 2 });
  });

  test('lint: a bare number two specs share is read as the spec whose full id the file names; otherwise it warns, line by line', async () => {
    const root = await clashOn0006();
    const linted = await runBin(['lint', '--json'], { cwd: root });
    expect(linted.code).toBe(1);
    const findings = (JSON.parse(linted.stdout) as { findings: { file: string; line: number; rule: string; severity: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'ambiguous-citation').map((f) => [f.file, f.line, f.severity, f.message])).toEqual([
      [BOTH, 2, 'warning', 'the test cites 0006, a number 0006-admin-dashboard and 0006-billing share (the file names more than one of their full ids): it counts for each of them'],
      [EITHER, 2, 'warning', 'the test cites 0006, a number 0006-admin-dashboard and 0006-billing share (the file names none of their full ids): it counts for each of them'],
    ]);
    // The hand-written tests that name one spec count for that spec only.
    const coverage = await requirementsOf(root);
    expect(coverage['0006-admin-dashboard']).toEqual({ tested: 2, todo: 0, untested: 0, total: 2 });
    // The admin test's 0006 FR-1 is not billing's: billing's FR-1 is only its stub's todo.
    expect(coverage['0006-billing']).toEqual({ tested: 1, todo: 1, untested: 0, total: 2 });
  });
});
