/**
 * `specwright lint <path>` with a path outside the specs folder, through the
 * built bin: a test file or a docs stub is checked as what it is, and stderr
 * says so; a file lint reads nothing of (docs/notes.md) is refused with exit
 * 2 saying why, where it used to print "0 specs checked: no findings." and
 * exit 0, an all-clear for a file nobody checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

let root = '';

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' } } });
  const made = await runBin(['new', 'Dark mode', '--owner', 'Ada Lovelace', '--requirement', 'Toggle', '--yes'], { cwd: root });
  expect(made.code).toBe(0);
  // Notes in docs/ that look like a spec but are not in the specs folder; a test citing a requirement the spec lacks.
  writeFileSync(path.join(root, 'docs/notes.md'), '# Feature Specification: [Feature Name]\n\n[broken](nowhere.md)\n');
  mkdirSync(path.join(root, 'tests/e2e'));
  writeFileSync(path.join(root, 'tests/e2e/flows.test.js'), 'test("0001 FR-7 toggles", () => {});\n');
});

describe('lint on a path outside the specs folder', () => {
  test('a file lint reads nothing of: exit 2, saying it is not in the specs folder and what to lint instead', async () => {
    const linted = await runBin(['lint', 'docs/notes.md'], { cwd: root });
    expect(linted.code).toBe(2);
    expect(linted.stdout).toBe('');
    expect(linted.stderr).toBe(
      'specwright: docs/notes.md is not in the specs folder (docs/specs/) and holds no docs stub or test file that cites a spec: lint has nothing to check there\n' +
        'Lint the specs folder (specwright lint docs/specs); if docs/notes.md is a spec, move it there (git mv) or point lint at its folder (--specs-dir).\n',
    );
  });

  test('a test file: checked as a test file, said on stderr; its finding shown', async () => {
    const linted = await runBin(['lint', 'tests/e2e/flows.test.js'], { cwd: root });
    expect(linted.code).toBe(0);
    expect(linted.stderr).toBe('specwright: note: tests/e2e/flows.test.js is not in the specs folder (docs/specs/): checked as a test file (the specs and requirements it cites), not as a spec\n');
    expect(linted.stdout).toMatch(/^tests\/e2e\/flows\.test\.js:1: warning unknown-requirement: the test cites 0001 FR-7, which no spec has/);
  });

  test('a docs stub, and a folder of tests: said what was checked; the specs folder itself needs no note', async () => {
    const stub = await runBin(['lint', 'docs/features/dark-mode.md'], { cwd: root });
    expect({ code: stub.code, stderr: stub.stderr }).toEqual({ code: 0, stderr: 'specwright: note: docs/features/dark-mode.md is not in the specs folder (docs/specs/): checked as a docs stub (its links), not as a spec\n' });
    const tests = await runBin(['lint', 'tests', '--json'], { cwd: root });
    expect(tests.stderr).toBe('specwright: note: tests is not in the specs folder (docs/specs/): checked its 2 test files, not as specs\n');
    expect(JSON.parse(tests.stdout).findings).toHaveLength(1);
    const specs = await runBin(['lint', 'docs/specs'], { cwd: root });
    expect({ code: specs.code, stdout: specs.stdout, stderr: specs.stderr }).toEqual({ code: 0, stdout: '1 spec checked: no findings.\n', stderr: '' });
  });
});
