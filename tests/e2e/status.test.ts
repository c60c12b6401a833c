/**
 * `specwright status` through the built bin: a generated spec moved three
 * times (list shows each status), and only the checklist lines, the Last
 * Updated line and the new Changelog rows differ from the original; CRLF
 * stays CRLF; ids by number, slug or full id; refusals exit 2.
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
const CSV = 'docs/specs/0002-export-to-csv.md';

async function listStatus(): Promise<string> {
  const listed = await runBin(['list', '--json'], { cwd: root });
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout) as { id: string; status: string }[]).find((s) => s.id === '0001-dark-mode')!.status;
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  for (const name of ['Dark mode', 'Export to CSV']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } });
    expect(made.code).toBe(0);
  }
});

describe('specwright status', () => {
  test('review → implementation → deployed: list follows; only the checklist, Last Updated and new rows differ', async () => {
    const original = readFileSync(path.join(root, SPEC), 'utf8');
    expect(await listStatus()).toBe('draft');

    const first = await runBin(['status', '1', 'review'], { cwd: root });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('0001-dark-mode: Status: Specification review (ticked Specification review); Last Updated 2026-11-26.\n');
    expect(await listStatus()).toBe('review');

    const second = await runBin(['status', 'dark-mode', 'implementation', '--note', 'PR #42'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('0001-dark-mode: Status: Implementation started (ticked Design review, Implementation started); Last Updated 2026-11-26.\n');
    expect(await listStatus()).toBe('implementation');

    const third = await runBin(['status', '0001-dark-mode', 'deployed', '--json'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-27' } });
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject({ id: '0001-dark-mode', file: SPEC, status: 'deployed', changed: true, lastUpdated: '2026-11-27' });
    expect(await listStatus()).toBe('deployed');

    // Outside the Changelog table, only the checklist and Last Updated lines differ.
    const final = readFileSync(path.join(root, SPEC), 'utf8');
    const tableOf = (text: string) => text.split('\n').filter((line) => line.startsWith('| '));
    const rowsOf = (text: string) => tableOf(text).filter((line) => !/^\| -/.test(line));
    const outside = (text: string) => text.split('\n').filter((line) => !line.startsWith('| '));
    const before = outside(original);
    const rest = outside(final);
    expect(rest).toHaveLength(before.length);
    const differ = before.flatMap((line, i) => (line === rest[i] ? [] : [`${line} → ${rest[i]}`]));
    expect(differ).toEqual([
      '- [ ] Specification review → - [x] Specification review',
      '- [ ] Design review → - [x] Design review',
      '- [ ] Implementation started → - [x] Implementation started',
      '- [ ] Code review → - [x] Code review',
      '- [ ] Testing complete → - [x] Testing complete',
      '- [ ] Documentation complete → - [x] Documentation complete',
      '- [ ] Deployed to production → - [x] Deployed to production',
      '- Last Updated: 2026-11-01 → - Last Updated: 2026-11-27',
    ]);
    // The table holds its rows and the three new ones, cell for cell.
    const cells = (line: string) => line.slice(2, -2).split(/ (?<!\\)\| /).map((cell) => cell.trim());
    expect(rowsOf(final).map(cells)).toEqual([
      ...rowsOf(original).map(cells),
      ['2026-11-26', 'Grace Hopper', 'Status: Specification review'],
      ['2026-11-26', 'Grace Hopper', 'Status: Implementation started — PR #42'],
      ['2026-11-27', 'Grace Hopper', 'Status: Deployed to production'],
    ]);
    // Compact, as generated: each status added its own line and re-padded none.
    expect(tableOf(final).slice(0, tableOf(original).length)).toEqual(tableOf(original));
    // The tools that read it agree: markdownlint finds nothing, prettier changes nothing.
    expect(markdownlintFindings(final)).toEqual([]);
    expect(await prettierFormat(final)).toBe(final);
    // And specwright's own lint: clean but for what is open at deployed (the docs stub never written), a warning.
    const linted = await runBin(['lint', SPEC], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-27' } });
    expect({ code: linted.code, stdout: linted.stdout }).toEqual({
      code: 0,
      stdout:
        "docs/specs/0001-dark-mode.md:156: warning open-at-state: the spec is at \"Deployed to production\" with items open: the docs stub docs/features/dark-mode.md holds only the template's guidance. Finish what is open, or leave it open knowingly: status and lint do not block.\n1 spec checked: 0 errors, 1 warning.\n",
    });

    // Done already: nothing changes, exit 0; the file is untouched.
    const text = readFileSync(path.join(root, SPEC), 'utf8');
    const again = await runBin(['status', '1', 'design'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing changed/);
    expect(readFileSync(path.join(root, SPEC), 'utf8')).toBe(text);
  });

  test('a CRLF spec stays CRLF', async () => {
    const file = path.join(root, CSV);
    const crlf = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, crlf);
    const result = await runBin(['status', 'export-to-csv', 'code-review'], { cwd: root });
    expect(result.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(after).toContain('| 2026-11-26 | Grace Hopper | Status: Code review |\r\n');
    expect(after.split('\r\n')).toHaveLength(crlf.split('\r\n').length + 1);
  });

  test('refusals exit 2 and write nothing', async () => {
    const before = readFileSync(path.join(root, CSV), 'utf8');
    const earlier = await runBin(['status', '2', 'testing'], { cwd: root });
    expect(earlier.code).toBe(0);
    const back = await runBin(['status', '2', 'docs'], { cwd: root });
    expect(back.code).toBe(0);
    const text = readFileSync(path.join(root, CSV), 'utf8');
    expect(text).not.toBe(before);
    writeFileSync(path.join(root, CSV), text.replace('- [x] Testing complete', '- [ ] Testing complete'));
    const refused = await runBin(['status', '2', 'testing'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/at "Documentation complete" already/);

    const unknown = await runBin(['status', 'drak-mode', 'review'], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/0001-dark-mode/);
    const badState = await runBin(['status', '1', 'shipped'], { cwd: root });
    expect(badState.code).toBe(2);
    expect(badState.stderr).toMatch(/review, design, implementation/);

    writeFileSync(path.join(root, 'docs/specs/0002-other.md'), '# Other\n');
    const twice = await runBin(['status', '2', 'review'], { cwd: root });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/0002-export-to-csv, 0002-other/);
    const broken = await runBin(['status', '0002-other', 'review'], { cwd: root });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/docs\/specs\/0002-other\.md: .*Status checklist/);
    expect(readFileSync(path.join(root, 'docs/specs/0002-other.md'), 'utf8')).toBe('# Other\n');
  });
});
