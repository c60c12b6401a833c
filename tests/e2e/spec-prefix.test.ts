/**
 * A spec named by the start of its slug, through the built bin: `status sso
 * review` picks the one spec whose slug starts with `sso`; a start shared by
 * two slugs exits 2 naming both and writes nothing; `renumber` resolves the
 * same way (one place resolves a spec argument).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

let root = '';

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  for (const name of ['Dark mode', 'SSO login', 'Audit log', 'Audit export']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--yes'], { cwd: root });
    expect(made.code).toBe(0);
  }
});

describe('a spec named by the start of its slug', () => {
  test('status sso review: the only slug starting with sso is 0002-sso-login', async () => {
    const result = await runBin(['status', 'sso', 'review'], { cwd: root });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^0002-sso-login: Status: Specification review/);
    expect(readFileSync(path.join(root, 'docs/specs/0002-sso-login.md'), 'utf8')).toContain('- [x] Specification review');
  });

  test('a start two slugs share exits 2 naming both, and writes nothing', async () => {
    const before = treeSnapshot(root);
    const result = await runBin(['status', 'audit', 'review'], { cwd: root });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'specwright: "audit" starts the slug of 2 specs: 0003-audit-log, 0004-audit-export\nGive more of the slug, or the full id, like 0003-audit-log.\n',
    });
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('renumber takes a start of a slug too', async () => {
    const result = await runBin(['renumber', 'dark', '--to', '9'], { cwd: root });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(treeSnapshot(root)).toHaveProperty(['docs/specs/0009-dark-mode.md']);
  });
});
