/**
 * `new --supersedes <spec>` through the built bin: the new spec is written
 * with "Supersedes", the old one gets "Superseded by" (and Last Updated) in
 * the same write, both clean for markdownlint's defaults and prettier
 * --check, lint clean; the answers file's "supersedes" key does the same; an
 * unknown spec exits 2 with nothing written; --dry-run lists the old spec as
 * brought up to date and writes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';

afterAll(removeTempDirs);

const created = { SPECWRIGHT_TODAY: '2026-11-01' };
const env = { SPECWRIGHT_TODAY: '2026-12-01' };

async function projectWithOldAuth(): Promise<{ root: string; read: (id: string) => string; specs: () => string[] }> {
  const root = projectWith({ 'package.json': { name: 'app' } });
  expect((await runBin(['new', 'Old auth', '--owner', 'Ada Lovelace', '--requirement', 'Logs in', '--yes'], { cwd: root, env: created })).code).toBe(0);
  const folder = path.join(root, 'docs/specs');
  return { root, read: (id) => readFileSync(path.join(folder, `${id}.md`), 'utf8'), specs: () => readdirSync(folder).sort() };
}

describe('new --supersedes', () => {
  test('writes Supersedes in the new spec and Superseded by in the old one, in one run; both clean', async () => {
    const { root, read } = await projectWithOldAuth();
    const before = read('0001-old-auth');
    const made = await runBin(['new', 'New auth', '--owner', 'Ada Lovelace', '--requirement', 'Passkeys', '--supersedes', 'old', '--yes'], { cwd: root, env });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('docs/specs/0001-old-auth.md');
    const fresh = read('0002-new-auth');
    expect(fresh).toContain('- Last Updated: 2026-12-01\n- Owner: Ada Lovelace\n- Supersedes: [0001](0001-old-auth.md)\n');
    const old = read('0001-old-auth');
    // Everything but the Changelog table as before, plus the relation and the end state; the table gains one row.
    const outsideTable = (text: string): string => text.split('\n').filter((line) => !line.startsWith('|')).join('\n');
    expect(outsideTable(old)).toBe(
      outsideTable(before)
        .replace('- Last Updated: 2026-11-01', '- Last Updated: 2026-12-01')
        .replace('- Owner: Ada Lovelace\n', '- Owner: Ada Lovelace\n- Superseded by: [0002](0002-new-auth.md)\n')
        .replace('- [ ] Deployed to production\n', '- [ ] Deployed to production\n- [x] Superseded by [0002](0002-new-auth.md)\n'),
    );
    expect(old.split('\n').filter((line) => /^\| 2026-12-01 \| .* \| Status: Superseded by/.test(line))).toHaveLength(1);
    for (const text of [fresh, old]) {
      expect(markdownlintFindings(text)).toEqual([]);
      expect(await prettierFormat(text)).toBe(text);
    }
    const linted = await runBin(['lint', '--json'], { cwd: root, env });
    expect((JSON.parse(linted.stdout) as { findings: { rule: string }[] }).findings.filter((f) => /relation|cycle|link/.test(f.rule))).toEqual([]);
  });

  test('the answers file\'s "supersedes" key, by number', async () => {
    const { root, read } = await projectWithOldAuth();
    writeFileSync(path.join(root, 'answers.json'), JSON.stringify({ name: 'New auth', owner: 'Ada Lovelace', supersedes: '1' }));
    const made = await runBin(['new', '--answers', 'answers.json', '--json'], { cwd: root, env });
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ id: '0002-new-auth', updated: ['docs/specs/0001-old-auth.md'] });
    expect(read('0001-old-auth')).toContain('- Superseded by: [0002](0002-new-auth.md)\n');
    expect(read('0002-new-auth')).toContain('- Supersedes: [0001](0001-old-auth.md)\n');
  });

  test('an unknown spec exits 2 and nothing is written; --dry-run writes nothing and lists the old spec', async () => {
    const { root, read, specs } = await projectWithOldAuth();
    const before = read('0001-old-auth');
    const unknown = await runBin(['new', 'New auth', '--supersedes', 'old-atuh-flow', '--yes'], { cwd: root, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no spec "old-atuh-flow"/);
    const dry = await runBin(['new', 'New auth', '--supersedes', '0001-old-auth', '--dry-run', '--yes'], { cwd: root, env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('- Superseded by: [0002](0002-new-auth.md)');
    expect(specs()).toEqual(['0001-old-auth.md']);
    expect(read('0001-old-auth')).toBe(before);
  });
});
