/**
 * Moving a spec to testing or deployed through the built bin: `status` makes
 * the change (exit 0) and says on stderr what is still open (tasks not done,
 * requirements with no test or only a todo, a docs stub never written), one
 * line each and a hint; `lint` warns (open-at-state). Earlier steps say
 * nothing; once the work is done, nothing is open.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';

afterAll(removeTempDirs);

let root = '';
const SPEC = 'docs/specs/0001-dark-mode.md';
const TODAY = { SPECWRIGHT_TODAY: '2026-11-20' };

interface LintFinding {
  readonly file: string;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
}

async function openAtState(): Promise<LintFinding[]> {
  const linted = await runBin(['lint', '--format', 'json'], { cwd: root, env: TODAY });
  const parsed = JSON.parse(linted.stdout) as LintFinding[] | { findings: LintFinding[] };
  return (Array.isArray(parsed) ? parsed : parsed.findings).filter((f) => f.rule === 'open-at-state');
}

async function statusOf(id: string): Promise<string> {
  const listed = await runBin(['list', '--json'], { cwd: root, env: TODAY });
  return (JSON.parse(listed.stdout) as { id: string; status: string }[]).find((s) => s.id === id)!.status;
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' }, devDependencies: { jest: '^30.0.0' } } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  for (const name of ['Dark mode', 'Export to CSV']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--requirement', 'Toggle it', '--requirement', 'Keep it', '--phase', 'Build: tokens; toggle', '--yes'], {
      cwd: root,
      env: { SPECWRIGHT_TODAY: '2026-11-01' },
    });
    expect(made.code).toBe(0);
  }
});

describe('status to testing or later says what is open', () => {
  test('testing with everything open: the change is made, stderr lists tasks, todo tests and the docs stub; lint warns (an earlier step: neither)', async () => {
    const earlier = await runBin(['status', 'export', 'code-review'], { cwd: root, env: TODAY });
    expect(earlier.code).toBe(0);
    expect(earlier.stderr).toBe('');

    const moved = await runBin(['status', 'dark', 'testing'], { cwd: root, env: TODAY });
    expect(moved.code).toBe(0);
    expect(await statusOf('0001-dark-mode')).toBe('testing');
    expect(moved.stderr.split('\n').filter(Boolean)).toEqual([
      'specwright: open: 0001-dark-mode: 2 of 2 tasks not done',
      'specwright: open: 0001-dark-mode: 2 of 2 requirements with only a todo test',
      "specwright: open: 0001-dark-mode: the docs stub docs/features/dark-mode.md holds only the template's guidance",
      'specwright: hint: the status is set; finish these, or leave them open knowingly (`specwright lint` warns: open-at-state).',
    ]);
    const text = readFileSync(path.join(root, SPEC), 'utf8');
    expect(markdownlintFindings(text)).toEqual([]);
    expect(await prettierFormat(text)).toBe(text);

    const warned = await openAtState();
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ file: SPEC, severity: 'warning' });
    expect(warned[0]!.message).toContain('2 of 2 tasks not done');
    expect(warned[0]!.message).toContain('docs/features/dark-mode.md');
  });

  test('deployed with the tasks done, one real test and the docs written: only the todo requirement is left', async () => {
    const spec = path.join(root, SPEC);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('- [ ] tokens', '- [x] tokens').replace('- [ ] toggle', '- [x] toggle'));
    const stub = path.join(root, 'tests/dark-mode.test.js');
    writeFileSync(stub, readFileSync(stub, 'utf8').replace('test.todo("FR-1: Toggle it");', 'test("FR-1: Toggle it", () => {\n      expect(1 + 1).toBe(2);\n    });'));
    const docs = path.join(root, 'docs/features/dark-mode.md');
    writeFileSync(docs, readFileSync(docs, 'utf8').replace('<!-- How to use the feature, step by step -->', 'Open Settings, then choose Dark.'));

    const moved = await runBin(['status', 'dark', 'deployed', '--json'], { cwd: root, env: TODAY });
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ status: 'deployed', open: ['1 of 2 requirements with only a todo test'] });
    expect(moved.stderr).toContain('specwright: open: 0001-dark-mode: 1 of 2 requirements with only a todo test\n');

    writeFileSync(stub, readFileSync(stub, 'utf8').replace('test.todo("FR-2: Keep it");', 'test("FR-2: Keep it", () => {\n      expect(2).toBe(2);\n    });'));
    expect(await openAtState()).toEqual([]);
  });
});
