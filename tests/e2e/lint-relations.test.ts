/**
 * lint's relation rules through the built bin: a relation whose spec is gone
 * is an error (exit 1) reported once, not also as a broken link; one written
 * in one spec only is a warning (exit 0; 1 with --strict) whose hint is the
 * `link` that repairs it; a depends-on cycle is an error naming it; and
 * `renumber` of a linked spec keeps every relation resolving (lint clean).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const env = { SPECWRIGHT_TODAY: '2026-11-01' };
interface Found {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
  hint: string;
}

async function project(names: string[]): Promise<{ root: string; spec: (id: string) => string }> {
  const root = projectWith({ 'package.json': { name: 'app' } });
  for (const name of names) expect((await runBin(['new', name, '--owner', 'Ada', '--yes'], { cwd: root, env })).code).toBe(0);
  return { root, spec: (id) => path.join(root, 'docs/specs', `${id}.md`) };
}

async function lint(root: string, ...flags: string[]): Promise<{ code: number | null; findings: Found[] }> {
  const result = await runBin(['lint', '--json', ...flags], { cwd: root, env });
  const findings = (JSON.parse(result.stdout) as { findings: Found[] }).findings.filter((f) => /relation|cycle|link/.test(f.rule));
  return { code: result.code, findings };
}

async function link(root: string, ...args: string[]): Promise<void> {
  const result = await runBin(['link', ...args], { cwd: root, env });
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
}

describe('lint and relations', () => {
  test('a relation to a spec that is gone: one error, exit 1', async () => {
    const { root, spec } = await project(['Old auth', 'New auth']);
    await link(root, 'new-auth', 'old-auth', '--supersedes');
    rmSync(spec('0001-old-auth'));
    const { code, findings } = await lint(root);
    expect(code).toBe(1);
    // The old spec's docs stub links to it too (broken-link there); in the specs, only the relation is reported.
    expect(findings.filter((f) => f.file.startsWith('docs/specs/'))).toEqual([
      expect.objectContaining({ file: 'docs/specs/0002-new-auth.md', rule: 'broken-relation', severity: 'error', message: '"Supersedes: 0001-old-auth.md" leads to no spec: there is no spec docs/specs/0001-old-auth.md' }),
    ]);
  });

  test('a relation written in one spec only: a warning with the link that repairs it; --strict fails on it', async () => {
    const { root, spec } = await project(['Export', 'Audit log']);
    await link(root, 'export', 'audit', '--depends-on');
    const audit = readFileSync(spec('0002-audit-log'), 'utf8');
    writeFileSync(spec('0002-audit-log'), audit.replace('- Depended on by: [0001](0001-export.md)\n', ''));
    const warned = await lint(root);
    expect(warned.findings).toEqual([
      expect.objectContaining({ file: 'docs/specs/0001-export.md', rule: 'one-sided-relation', severity: 'warning', hint: 'Write the other side: specwright link 0001-export 0002-audit-log --depends-on' }),
    ]);
    expect(warned.code).toBe(0);
    expect((await lint(root, '--strict')).code).toBe(1);
    await link(root, '0001-export', '0002-audit-log', '--depends-on');
    expect(readFileSync(spec('0002-audit-log'), 'utf8')).toBe(audit);
    expect(await lint(root)).toEqual({ code: 0, findings: [] });
  });

  test('a depends-on cycle: an error naming it', async () => {
    const { root } = await project(['Alpha', 'Beta', 'Gamma']);
    await link(root, 'alpha', 'beta', '--depends-on');
    await link(root, 'beta', 'gamma', '--depends-on');
    expect((await lint(root)).findings).toEqual([]);
    // The link that closes the circle is written, and says so at once.
    const closing = await runBin(['link', 'gamma', 'alpha', '--depends-on'], { cwd: root, env });
    expect(closing.code).toBe(0);
    expect(closing.stderr).toContain('the specs depend on each other in a cycle: 0001 → 0002 → 0003 → 0001 (dependency-cycle)');
    const { code, findings } = await lint(root);
    expect(code).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ file: 'docs/specs/0001-alpha.md', rule: 'dependency-cycle', message: 'the specs depend on each other in a cycle: 0001 → 0002 → 0003 → 0001' })]);
  });

  test('renumber of a linked spec rewrites the relation links in the other specs, text and target: lint stays clean, the index current', async () => {
    const { root, spec } = await project(['Old auth', 'New auth', 'Audit log']);
    await link(root, 'new-auth', 'old-auth', '--supersedes');
    await link(root, 'audit', 'old-auth', '--depends-on');
    await link(root, 'audit', 'new-auth', '--relates');
    expect((await runBin(['index'], { cwd: root, env })).code).toBe(0);
    const moved = await runBin(['renumber', 'old-auth', '--to', '9'], { cwd: root, env });
    expect({ code: moved.code, stderr: moved.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(spec('0002-new-auth'), 'utf8')).toContain('- Supersedes: [0009](0009-old-auth.md)\n');
    expect(readFileSync(spec('0003-audit-log'), 'utf8')).toContain('- Depends on: [0009](0009-old-auth.md)\n- Relates to: [0002](0002-new-auth.md)\n');
    expect(readFileSync(spec('0009-old-auth'), 'utf8')).toContain('- Superseded by: [0002](0002-new-auth.md)\n- Depended on by: [0003](0003-audit-log.md)\n');
    expect(await lint(root)).toEqual({ code: 0, findings: [] });
    // The index, written with the move, shows the other specs' relations as they now read.
    const check = await runBin(['index', '--check'], { cwd: root, env });
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
    const listed = JSON.parse((await runBin(['list', '--json'], { cwd: root, env })).stdout) as { id: string; relations: { id: string }[] }[];
    expect(listed.find((s) => s.id === '0003-audit-log')?.relations.map((r) => r.id)).toEqual(['0009-old-auth', '0002-new-auth']);
  });
});
