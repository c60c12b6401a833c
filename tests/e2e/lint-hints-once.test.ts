/**
 * `specwright lint` through the built bin: with many findings of one rule
 * the text format says the rule's fix once (after its first finding), while
 * JSON keeps a hint on every finding.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const REQUIREMENTS = Array.from({ length: 30 }, (_, i) => ['--requirement', `Requirement ${i + 1}`]).flat();

describe('lint prints a rule\'s hint once', () => {
  test('30 untested requirements: 30 findings in text, the fix said once; JSON keeps 30 hints', async () => {
    const root = projectWith({ 'package.json': { name: 'app' } });
    const made = await runBin(['new', 'Dark mode', '--owner', 'Ada Lovelace', ...REQUIREMENTS, '--yes'], { cwd: root });
    expect(made.code).toBe(0);
    // Without its stub, no test names the requirements.
    rmSync(path.join(root, 'tests/dark-mode.test.js'));

    const text = await runBin(['lint'], { cwd: root });
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    const untested = lines.filter((line) => line.includes(' warning untested-requirement: '));
    expect(untested).toHaveLength(30);
    expect(untested[0]).toMatch(/: FR-1 is named by no test of 0001-dark-mode\. Name FR-1 in the spec's test stub, or cite "0001 FR-1" in any test\.$/);
    for (const line of untested.slice(1)) expect(line).toMatch(/: FR-\d+ is named by no test of 0001-dark-mode\.$/);
    expect(text.stdout.match(/in any test\./g)).toHaveLength(1);
    expect(lines.at(-1)).toBe('1 spec checked: 0 errors, 30 warnings.');

    const json = await runBin(['lint', '--json'], { cwd: root });
    const findings = (JSON.parse(json.stdout) as { findings: { rule: string; hint: string }[] }).findings.filter((f) => f.rule === 'untested-requirement');
    expect(findings).toHaveLength(30);
    expect(findings.every((f) => /^Name FR-\d+ in the spec's test stub/.test(f.hint))).toBe(true);
  });
});
