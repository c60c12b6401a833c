/**
 * `specwright link` through the built bin: each kind written in both specs
 * (the footer's relation lines and Last Updated only, CRLF kept), both specs
 * still clean for markdownlint's defaults and prettier --check, linking again
 * a no-op, a one-sided relation completed, refusals exit 2 writing nothing,
 * and lint clean after.
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
const NAMES = ['Old auth', 'New auth', 'Export', 'Audit log'];
const file = (id: string) => path.join(root, 'docs/specs', `${id}.md`);
const read = (id: string) => readFileSync(file(id), 'utf8');
const env = { SPECWRIGHT_TODAY: '2026-12-01' };

/** The lines of `after` that are not in `before`, and those gone: what an edit changed. */
function changedLines(before: string, after: string): { gone: string[]; added: string[] } {
  const was = before.split(/\r?\n/);
  const now = after.split(/\r?\n/);
  return { gone: was.filter((line) => !now.includes(line)), added: now.filter((line) => !was.includes(line)) };
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  for (const name of NAMES) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--requirement', 'Works', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } });
    expect(made.code).toBe(0);
  }
});

describe('specwright link', () => {
  test('--supersedes writes Supersedes in the first spec and Superseded by in the second, and nothing else but Last Updated', async () => {
    const before = { old: read('0001-old-auth'), new: read('0002-new-auth') };
    expect(markdownlintFindings(before.old)).toEqual([]);
    const linked = await runBin(['link', 'new-auth', '1', '--supersedes'], { cwd: root, env });
    expect(linked.stderr).toBe('');
    expect(linked.code).toBe(0);
    expect(linked.stdout).toBe('Linked 0002-new-auth supersedes 0001-old-auth: docs/specs/0002-new-auth.md, docs/specs/0001-old-auth.md; Last Updated 2026-12-01.\n');
    expect(changedLines(before.new, read('0002-new-auth'))).toEqual({ gone: ['- Last Updated: 2026-11-01'], added: ['- Last Updated: 2026-12-01', '- Supersedes: [0001](0001-old-auth.md)'] });
    // The old spec: the relation, and its end state, dated and logged as `status` would.
    const oldChange = changedLines(before.old, read('0001-old-auth'));
    expect(oldChange.gone).toContain('- Last Updated: 2026-11-01');
    expect(oldChange.added).toEqual(expect.arrayContaining(['- [x] Superseded by [0002](0002-new-auth.md)', '- Last Updated: 2026-12-01', '- Superseded by: [0002](0002-new-auth.md)']));
    // The row names the state as the checklist does: the link stays a link (renumber keeps it right), not escaped text.
    expect(oldChange.added.filter((line) => line.startsWith('|'))).toEqual(['| 2026-12-01 | Grace Hopper | Status: Superseded by [0002](0002-new-auth.md) |']);
    expect(oldChange.added.filter((line) => !line.startsWith('|'))).toHaveLength(3);
    for (const id of ['0001-old-auth', '0002-new-auth']) {
      expect(markdownlintFindings(read(id))).toEqual([]);
      expect(await prettierFormat(read(id))).toBe(read(id));
    }
    const listed = JSON.parse((await runBin(['list', '--json'], { cwd: root, env })).stdout) as { id: string; relations: unknown }[];
    expect(listed.find((s) => s.id === '0001-old-auth')).toMatchObject({ status: 'superseded' });
    expect(listed.find((s) => s.id === '0002-new-auth')?.relations).toEqual([{ kind: 'supersedes', id: '0001-old-auth', number: '0001', file: 'docs/specs/0001-old-auth.md', line: expect.any(Number) }]);
  });

  test('linking again changes nothing: exit 0, "already linked", the files untouched', async () => {
    const before = [read('0001-old-auth'), read('0002-new-auth')];
    const again = await runBin(['link', '0002-new-auth', 'old', '--supersedes', '--json'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-12-24' } });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ from: '0002-new-auth', to: '0001-old-auth', kind: 'supersedes', changed: false, files: [], index: null });
    const text = await runBin(['link', '2', '1', '--supersedes'], { cwd: root, env });
    expect(text.stdout).toMatch(/already linked/);
    expect([read('0001-old-auth'), read('0002-new-auth')]).toEqual(before);
  });

  test('--depends-on and --relates, in CRLF specs: CRLF kept, both sides written, lint clean', async () => {
    writeFileSync(file('0003-export'), read('0003-export').replace(/\n/g, '\r\n'));
    for (const args of [['export', 'audit', '--depends-on'], ['export', 'new-auth', '--depends-on'], ['audit', 'old-auth', '--relates']]) {
      const linked = await runBin(['link', ...args], { cwd: root, env });
      expect({ code: linked.code, stderr: linked.stderr }).toEqual({ code: 0, stderr: '' });
    }
    const exportSpec = read('0003-export');
    expect(exportSpec.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(exportSpec).toContain('- Owner: Ada Lovelace\r\n- Depends on: [0004](0004-audit-log.md), [0002](0002-new-auth.md)\r\n');
    expect(read('0004-audit-log')).toContain('- Owner: Ada Lovelace\n- Depended on by: [0003](0003-export.md)\n- Relates to: [0001](0001-old-auth.md)\n');
    expect(read('0001-old-auth')).toContain('- Superseded by: [0002](0002-new-auth.md)\n- Relates to: [0004](0004-audit-log.md)\n');
    for (const id of ['0001-old-auth', '0002-new-auth', '0004-audit-log']) {
      expect(markdownlintFindings(read(id))).toEqual([]);
      expect(await prettierFormat(read(id))).toBe(read(id));
    }
    const linted = await runBin(['lint', '--json'], { cwd: root, env });
    const relationFindings = (JSON.parse(linted.stdout) as { findings: { rule: string }[] }).findings.filter((f) => /relation|cycle|broken-link/.test(f.rule));
    expect(relationFindings).toEqual([]);
  });

  test('a relation written in one spec only: lint warns with the link that repairs it, and that link writes the other side only', async () => {
    const audit = read('0004-audit-log');
    writeFileSync(file('0004-audit-log'), audit.replace('- Relates to: [0001](0001-old-auth.md)\n', ''));
    const linted = await runBin(['lint', '--json'], { cwd: root, env });
    const oneSided = (JSON.parse(linted.stdout) as { findings: { rule: string; file: string; hint: string }[] }).findings.filter((f) => f.rule === 'one-sided-relation');
    expect(oneSided).toEqual([expect.objectContaining({ file: 'docs/specs/0001-old-auth.md', hint: 'Write the other side: specwright link 0001-old-auth 0004-audit-log --relates' })]);
    const old = read('0001-old-auth');
    const repaired = await runBin(['link', '0001-old-auth', '0004-audit-log', '--relates', '--json'], { cwd: root, env });
    expect(JSON.parse(repaired.stdout)).toMatchObject({ changed: true, files: ['docs/specs/0004-audit-log.md'] });
    expect(read('0001-old-auth')).toBe(old);
    expect(read('0004-audit-log')).toBe(audit);
  });

  test('refusals exit 2 and write nothing: a spec linked to itself, no kind, two kinds, an unknown spec', async () => {
    const before = NAMES.map((_, i) => read(['0001-old-auth', '0002-new-auth', '0003-export', '0004-audit-log'][i]!));
    const self = await runBin(['link', '3', 'export', '--relates'], { cwd: root, env });
    expect({ code: self.code, stderr: self.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('cannot be related to itself') });
    const none = await runBin(['link', '3', '4'], { cwd: root, env });
    expect({ code: none.code, stderr: none.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('one kind of relation, got none') });
    const two = await runBin(['link', '3', '4', '--relates', '--supersedes'], { cwd: root, env });
    expect({ code: two.code, stderr: two.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('got --supersedes and --relates') });
    const unknown = await runBin(['link', '3', 'exprot-csv', '--relates'], { cwd: root, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no spec "exprot-csv"/);
    expect(['0001-old-auth', '0002-new-auth', '0003-export', '0004-audit-log'].map(read)).toEqual(before);
  });

  test('a --depends-on that closes a circle is written, and said at once: the warning lint will report as an error', async () => {
    // 0003-export depends on 0004-audit-log already (above).
    const closing = await runBin(['link', 'audit', 'export', '--depends-on'], { cwd: root, env });
    expect(closing.code).toBe(0);
    expect(closing.stderr).toMatch(/^specwright: warning: docs\/specs\/000[34]-[a-z-]+\.md:\d+: the specs depend on each other in a cycle: (0003 → 0004 → 0003|0004 → 0003 → 0004) \(dependency-cycle\)\. Remove one "Depends on" link/);
    expect(read('0004-audit-log')).toContain('- Depends on: [0003](0003-export.md)');
    const linted = await runBin(['lint', '--json'], { cwd: root, env });
    expect((JSON.parse(linted.stdout) as { findings: { rule: string }[] }).findings.filter((f) => f.rule === 'dependency-cycle')).toHaveLength(1);
  });
});
