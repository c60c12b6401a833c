/**
 * Lint rules turned off or set to warning or error in the configuration
 * (`"lint": {"rules": {…}}`), through the built bin: `lint` (text and JSON),
 * `--strict` and the exit code follow them; `specwright config` shows them;
 * an unknown rule, an unknown level, or turning off a rule the reader needs
 * exits 2 naming the file, the key and what is allowed, for every command.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const TODAY = { SPECWRIGHT_TODAY: '2026-12-20' };
let root = '';

const configure = (lint: unknown): void => writeFileSync(path.join(root, 'specwright.config.json'), `${JSON.stringify({ lint })}\n`);

async function lintJson(...args: string[]): Promise<{ code: number | null; findings: { rule: string; severity: string }[] }> {
  const run = await runBin(['lint', '--json', ...args], { cwd: root, env: TODAY });
  return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: { rule: string; severity: string }[] }).findings };
}

const rulesOf = (findings: { rule: string; severity: string }[]): string[] => findings.map((f) => `${f.rule}:${f.severity}`).sort();

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  const made = await runBin(['new', 'Dark mode', '--owner', 'Ada Lovelace', '--requirement', 'Toggle', '--milestone', 'Beta@2026-12-10', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-12-01' } });
  expect(made.code).toBe(0);
  // No test names FR-1 any more, and the milestone has passed: two warnings.
  rmSync(path.join(root, 'tests/dark-mode.test.js'));
});

describe('lint rules in the configuration', () => {
  test('untested-requirement off, overdue an error: the one finding left fails the run, in text and JSON', async () => {
    // Without configuration: two warnings, exit 0.
    const plain = await lintJson();
    expect({ code: plain.code, rules: rulesOf(plain.findings) }).toEqual({ code: 0, rules: ['overdue:warning', 'untested-requirement:warning'] });
    configure({ rules: { 'untested-requirement': 'off', overdue: 'error' } });
    const json = await lintJson();
    expect({ code: json.code, rules: rulesOf(json.findings) }).toEqual({ code: 1, rules: ['overdue:error'] });
    const text = await runBin(['lint'], { cwd: root, env: TODAY });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^docs\/specs\/0001-dark-mode\.md:\d+: error overdue: milestone "Beta" was due 2026-12-10: overdue by 10 days\. .*\n1 spec checked: 1 error, 0 warnings\.\n$/);
  });

  test('both off: --strict passes; overdue set to warning: --strict fails again', async () => {
    configure({ rules: { 'untested-requirement': 'off', overdue: 'off' } });
    expect(await lintJson('--strict')).toEqual({ code: 0, findings: [] });
    configure({ rules: { 'untested-requirement': 'off', overdue: 'warning' } });
    const strict = await lintJson('--strict');
    expect({ code: strict.code, rules: rulesOf(strict.findings) }).toEqual({ code: 1, rules: ['overdue:warning'] });
  });

  test('specwright config shows them, and where they came from', async () => {
    configure({ rules: { 'untested-requirement': 'off', overdue: 'error' } });
    const shown = await runBin(['config', '--json'], { cwd: root });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).settings.lint).toEqual({ value: 'untested-requirement: off, overdue: error', source: 'config', file: 'specwright.config.json' });
    const text = await runBin(['config'], { cwd: root });
    expect(text.stdout).toMatch(/\n {2}lint +untested-requirement: off, overdue: error {2}specwright\.config\.json\n/);
  });

  test.each([
    [{ rules: { 'untested-requirment': 'off' } }, 'specwright: specwright.config.json: lint.rules."untested-requirment" is not a lint rule; the rules are merge-conflict, unreadable, file-name, '],
    [{ rules: { overdue: 'fatal' } }, 'specwright: specwright.config.json: lint.rules."overdue" must be one of "off", "warning", "error", not "fatal"\n'],
    [{ rules: { encoding: 'off' } }, 'specwright: specwright.config.json: lint.rules."encoding" cannot be "off": merge-conflict, unreadable, encoding stay errors, since a file they find is not read any further and no other rule has checked it\n'],
    [{ rules: ['overdue'] }, 'specwright: specwright.config.json: lint.rules must be an object of rule names and levels, such as {"overdue": "error"}\n'],
    [{ strict: true }, 'specwright: specwright.config.json: lint has no field "strict"; its one field is rules\n'],
  ])('%j: exit 2 naming the key and what is allowed, for lint and for list alike', async (lint, message) => {
    configure(lint);
    for (const command of ['lint', 'list']) {
      const run = await runBin([command], { cwd: root, env: TODAY });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith(message)).toBe(true);
    }
  });
});
