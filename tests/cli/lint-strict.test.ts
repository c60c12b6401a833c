/**
 * `lint --strict`: warnings alone exit 0, and 1 with --strict; a clean tree
 * exits 0 either way. In process, through main, so a break in the exit-code
 * rule fails here without a build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

let root = '';
const STUB = 'tests/dark-mode.test.js';

/** Runs `specwright lint …args` in `root` on `today`: the exit code and what it printed. */
async function lint(args: readonly string[], today = '2026-11-26') {
  const run = fakeIo(root, { env: { SPECWRIGHT_TODAY: today } });
  const code = await main(['lint', ...args], run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' } } });
  const made = fakeIo(root);
  const args = ['new', 'Dark mode', '--requirement', 'Toggle in settings', '--milestone', 'Beta@2026-12-10', '--owner', 'Ada Lovelace', '--yes'];
  expect(await main(args, made.io)).toBe(0);
});

describe('lint --strict fails on warnings', () => {
  test('a clean tree: exit 0, with and without --strict', async () => {
    expect(await lint([])).toMatchObject({ code: 0, stdout: '1 spec checked: no findings.\n' });
    expect((await lint(['--strict'])).code).toBe(0);
  });

  test('an overdue milestone is a warning: exit 0, and 1 with --strict', async () => {
    const late = '2026-12-20';
    expect(await lint([], late)).toMatchObject({ code: 0, stdout: expect.stringContaining('1 spec checked: 0 errors, 1 warning.') });
    expect((await lint(['--strict'], late)).code).toBe(1);
  });

  test('a requirement no test names is a warning: exit 0, and 1 with --strict', async () => {
    const stub = path.join(root, STUB);
    const before = readFileSync(stub, 'utf8');
    writeFileSync(stub, 'test("toggles the theme", () => {});\n');
    try {
      const plain = await lint([]);
      expect(plain).toMatchObject({ code: 0, stdout: expect.stringContaining('warning untested-requirement: FR-1 is named by no test of 0001-dark-mode') });
      expect(plain.stdout).toContain('0 errors, 1 warning.');
      expect((await lint(['--strict'])).code).toBe(1);
    } finally {
      writeFileSync(stub, before);
    }
  });
});
