/**
 * `specwright index` through the built bin: the golden index of generated and
 * hand-edited specs; a second run (another day) writes nothing; --check on a
 * current, stale and missing index; a README written by hand is refused, and
 * replaced with --force; --json; hostile files in the specs folder (a huge
 * spec, binary bytes, a link, a FIFO) neither hang nor crash it, and nothing
 * is written but the index.
 */
import { cpSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { markdownlintFindings } from '../helpers/markdown-checks.js';
import { mermaidBlock, parseGantts } from '../helpers/mermaid-parse.js';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const FIXTURE = fileURLToPath(new URL('../fixtures/index/', import.meta.url));
const GOLDEN = readFileSync(`${FIXTURE}README.md`, 'utf8');
const README = 'docs/specs/README.md';

function fixtureProject(): string {
  const root = projectWith({ 'package.json': { name: 'app' } });
  cpSync(`${FIXTURE}specs`, path.join(root, 'docs/specs'), { recursive: true });
  return root;
}

/** What changed between two snapshots of the tree. */
function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).sort();
}

describe('specwright index', () => {
  test('writes the golden index; run again (another day) it is up to date and writes nothing', async () => {
    const root = fixtureProject();
    const before = treeSnapshot(root);
    const first = await runBin(['index'], { cwd: root });
    expect({ code: first.code, stdout: first.stdout, stderr: first.stderr }).toEqual({ code: 0, stdout: 'Wrote docs/specs/README.md (6 specs).\n', stderr: '' });
    expect(readFileSync(path.join(root, README), 'utf8')).toBe(GOLDEN);
    expect(changed(before, treeSnapshot(root))).toEqual(['docs/specs/README.md']);

    const written = treeSnapshot(root);
    const mtime = statSync(path.join(root, README)).mtimeMs;
    const again = await runBin(['index'], { cwd: root, env: { SPECWRIGHT_TODAY: '2027-06-30' } });
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 0, stdout: 'docs/specs/README.md is up to date (6 specs); nothing was written.\n' });
    expect(treeSnapshot(root)).toEqual(written);
    expect(statSync(path.join(root, README)).mtimeMs).toBe(mtime);
  });

  test('--check: 0 when current, 1 naming the file when stale or missing; it never writes', async () => {
    const root = fixtureProject();
    const missing = await runBin(['index', '--check'], { cwd: root });
    expect({ code: missing.code, stdout: missing.stdout, stderr: missing.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: 'specwright: docs/specs/README.md is missing.\nRun `specwright index` to update it.\n',
    });
    expect(treeSnapshot(root)['docs/specs/README.md']).toBeUndefined();

    expect((await runBin(['index'], { cwd: root })).code).toBe(0);
    const fresh = await runBin(['index', '--check'], { cwd: root });
    expect({ code: fresh.code, stdout: fresh.stdout, stderr: fresh.stderr }).toEqual({ code: 0, stdout: 'docs/specs/README.md is up to date (6 specs).\n', stderr: '' });

    const spec = path.join(root, 'docs/specs/0004-audit-log.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('- [x] Deployed to production', '- [ ] Deployed to production'));
    const before = treeSnapshot(root);
    const stale = await runBin(['index', '--check'], { cwd: root });
    expect({ code: stale.code, stdout: stale.stdout, stderr: stale.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: 'specwright: docs/specs/README.md is out of date.\nRun `specwright index` to update it.\n',
    });
    expect(treeSnapshot(root)).toEqual(before);
    // From a package folder, the file is named from there.
    mkdirSync(path.join(root, 'packages/web'), { recursive: true });
    const nested = await runBin(['index', '--check', '--cwd', 'packages/web'], { cwd: root });
    expect(nested.stderr).toBe('specwright: ../../docs/specs/README.md is out of date.\nRun `specwright index` to update it.\n');

    const updated = await runBin(['index', '--json'], { cwd: root });
    expect(updated.code).toBe(0);
    expect(JSON.parse(updated.stdout)).toEqual({ file: README, state: 'stale', changed: true, specs: 6 });
    expect(readFileSync(path.join(root, README), 'utf8')).toContain('| docs           |');
    expect((await runBin(['index', '--check', '--json'], { cwd: root })).stdout).toBe(`${JSON.stringify({ file: README, state: 'current', changed: false, specs: 6 })}\n`);
  });

  test('a README.md written by hand is refused (exit 2, untouched); --force replaces it; --check says so', async () => {
    const root = fixtureProject();
    writeFileSync(path.join(root, README), '# Our specs\n\nWritten by hand.\n');
    const before = treeSnapshot(root);
    const refused = await runBin(['index'], { cwd: root });
    expect({ code: refused.code, stdout: refused.stdout, stderr: refused.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'specwright: docs/specs/README.md was not written by `specwright index`; it was left as it is\nMove it away, or pass --force to replace it with the index.\n',
    });
    expect(treeSnapshot(root)).toEqual(before);
    const checked = await runBin(['index', '--check'], { cwd: root });
    expect({ code: checked.code, stderr: checked.stderr }).toEqual({
      code: 1,
      stderr: 'specwright: docs/specs/README.md was not written by `specwright index`.\nRun `specwright index --force` to replace it with the index.\n',
    });
    const forced = await runBin(['index', '--force'], { cwd: root });
    expect({ code: forced.code, stdout: forced.stdout }).toEqual({ code: 0, stdout: 'Replaced docs/specs/README.md (6 specs).\n' });
    expect(readFileSync(path.join(root, README), 'utf8')).toBe(GOLDEN);
  });

  test('a README.md that is a link is never written through: exit 1, nothing written', async () => {
    const root = fixtureProject();
    writeFileSync(path.join(root, 'outside.md'), 'mine\n');
    symlinkSync(path.join(root, 'outside.md'), path.join(root, README));
    const before = treeSnapshot(root);
    const result = await runBin(['index', '--force'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specwright: docs\/specs\/README\.md: the file is a symbolic link.*; nothing was written\n$/);
    expect(treeSnapshot(root)).toEqual(before);
    expect(readFileSync(path.join(root, 'outside.md'), 'utf8')).toBe('mine\n');
  });

  test('hostile files in the specs folder: a huge spec, binary bytes, a link, a FIFO, a folder; indexed by name, warned about, nothing else written', async () => {
    const root = fixtureProject();
    const specs = path.join(root, 'docs/specs');
    writeFileSync(path.join(root, 'secret.md'), '# Secret title\n\nOwner: someone\n');
    writeFileSync(path.join(specs, '0007-huge.md'), `# Huge\n\n${'word '.repeat(500_000)}\n`);
    writeFileSync(path.join(specs, '0008-binary.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x7c, 0x0a, 0x89, 0x50, 0x4e, 0x47]));
    execFileSync('mkfifo', [path.join(specs, '0009-x.md')]);
    symlinkSync(path.join(root, 'secret.md'), path.join(specs, '0010-link.md'));
    mkdirSync(path.join(specs, '0011-folder.md'));
    const before = treeSnapshot(root);
    const result = await runBin(['index'], { cwd: root, timeoutMs: 20000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote docs/specs/README.md (11 specs).\n');
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^specwright: warning: docs\/specs\/0007-huge\.md: the file is larger than 1 MiB .*; indexed by its file name only$/),
      expect.stringMatching(/^specwright: warning: docs\/specs\/0009-x\.md: the file is not a regular file .*; indexed by its file name only$/),
      expect.stringMatching(/^specwright: warning: docs\/specs\/0010-link\.md: the file is a symbolic link.*; indexed by its file name only$/),
      expect.stringMatching(/^specwright: warning: docs\/specs\/0011-folder\.md: the file is not a regular file .*; indexed by its file name only$/),
    ]);
    expect(changed(before, treeSnapshot(root))).toEqual(['docs/specs/README.md']);
    const index = readFileSync(path.join(root, README), 'utf8');
    const rows = index.split('\n').filter((l) => l.startsWith('| [')).map((l) => l.replace(/ +/g, ' '));
    expect(rows.slice(6)).toEqual([
      '| [0007](0007-huge.md) | (not read) | - | - | - | - | - | - |',
      expect.stringMatching(/^\| \[0008\]\(0008-binary\.md\) \| .* \| - \| draft \| - \| - \| - \| - \|$/),
      '| [0009](0009-x.md) | (not read) | - | - | - | - | - | - |',
      '| [0010](0010-link.md) | (not read) | - | - | - | - | - | - |',
      '| [0011](0011-folder.md) | (not read) | - | - | - | - | - | - |',
    ]);
    // The binary spec's bytes (a NUL would make it no text file at all) reach the file only as text: no escape sequence, still one row of six cells.
    expect(index).not.toMatch(/[\u0000\u001b]/);
    expect(index).not.toContain('Secret title');
    expect(markdownlintFindings(index)).toEqual([]);
    expect(parseGantts([mermaidBlock(index)!])[0]).toMatchObject({ ok: true });
  });

  test('no specs: an index that says so; the configured folder and --specs-dir', async () => {
    const empty = projectWith({ 'specwright.config.json': { specsDir: 'rfcs' } });
    const result = await runBin(['index', '--json'], { cwd: empty });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ file: 'rfcs/README.md', state: 'missing', changed: true, specs: 0 });
    expect(readFileSync(path.join(empty, 'rfcs/README.md'), 'utf8')).toContain('No specs yet. Write the first one with `specwright new "Feature name"`.\n');
    cpSync(`${FIXTURE}specs`, path.join(empty, 'docs/specs'), { recursive: true });
    expect((await runBin(['index', '--specs-dir', 'docs/specs'], { cwd: empty })).stdout).toBe('Wrote docs/specs/README.md (6 specs).\n');
    expect(readFileSync(path.join(empty, 'docs/specs/README.md'), 'utf8')).toBe(GOLDEN);
  });

  test('specs written by `specwright new` with hostile names: the index stays a table and a chart Mermaid reads', async () => {
    const root = projectWith({});
    for (const [name, owner, milestone] of [
      ['Title: the "quoted" one; #1', "O'Brien | `ops` <b>", 'Title review@2026-12-01'],
      ['5% of 日本語 users', 'Ελληνικά *owner*', '%% rollout: phase 1@2026-12-02'],
      ['[Click](javascript:alert(1))', 'click here', 'Click here@2026-12-03'],
    ] as const) {
      expect((await runBin(['new', name, '--owner', owner, '--milestone', milestone, '--yes'], { cwd: root })).code).toBe(0);
    }
    expect((await runBin(['index'], { cwd: root })).code).toBe(0);
    const index = readFileSync(path.join(root, README), 'utf8');
    expect(markdownlintFindings(index)).toEqual([]);
    const rows = index.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.slice(2, -2).split(/ (?<!\\)\| /));
    expect(rows.map((r) => r.length)).toEqual([8, 8, 8, 8, 8]);
    const [chart] = parseGantts([mermaidBlock(index)!]);
    if (!chart!.ok) throw new Error(chart!.error);
    expect(chart!.title).toBe('');
    // Read as text, as typed; a name too long for its place is cut, ending in `…`.
    const typed = ['Title review', '%% rollout: phase 1', 'Click here'];
    expect(chart!.tasks.map((t, i) => (t.name.endsWith('…') ? typed[i]!.startsWith(t.name.slice(0, -1)) : t.name === typed[i]))).toEqual([true, true, true]);
    expect(chart!.tasks.map((t) => t.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });

  test('bad flags exit 2; help explains the command, and the main help lists it', async () => {
    const root = projectWith({});
    const bad = await runBin(['index', '--colour'], { cwd: root });
    expect({ code: bad.code, stdout: bad.stdout }).toEqual({ code: 2, stdout: '' });
    expect(bad.stderr).toContain("Unknown option '--colour'");
    const both = await runBin(['index', '--check', '--force'], { cwd: root });
    expect({ code: both.code, stderr: both.stderr }).toEqual({ code: 2, stderr: 'specwright: --check writes nothing: it takes no --force\n' });
    const help = await runBin(['index', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^specwright index: /);
    expect(help.stdout).toContain('specwright index --check');
    expect((await runBin(['--help'], { cwd: root })).stdout).toContain('specwright index [--check]');
    expect(treeSnapshot(root)['docs/specs/README.md']).toBeUndefined();
  });
});

describe('new and status keep an index specwright wrote up to date', () => {
  test('new adds its spec to the index in the same write (dry run and JSON say so); status moves its row; index --check stays 0', async () => {
    const root = fixtureProject();
    expect((await runBin(['index'], { cwd: root })).code).toBe(0);

    const dry = await runBin(['new', 'Dark theme scheduling', '--owner', 'Ada Lovelace', '--milestone', 'Beta@2027-02-01', '--yes', '--dry-run'], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`=== replace ${README}`);
    expect(dry.stdout).toMatch(/^\+\| \[0007\]\(0007-dark-theme-scheduling\.md\) +\| Dark theme scheduling +\|/m);
    expect(readFileSync(path.join(root, README), 'utf8')).toBe(GOLDEN);

    const made = await runBin(['new', 'Dark theme scheduling', '--owner', 'Ada Lovelace', '--milestone', 'Beta@2027-02-01', '--yes'], { cwd: root });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`  updated   ${README}`);
    const index = readFileSync(path.join(root, README), 'utf8');
    expect(index).toMatch(/^\| \[0007\]\(0007-dark-theme-scheduling\.md\) +\| Dark theme scheduling +\| Ada Lovelace +\| draft +\| - +\| - +\| Beta +\| 2027-02-01 \|$/m);
    expect(index).toContain('section 0007 Dark theme scheduling');
    expect((await runBin(['index', '--check'], { cwd: root })).code).toBe(0);

    const moved = await runBin(['status', '0007', 'design', '--json'], { cwd: root });
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ changed: true, index: README });
    expect(readFileSync(path.join(root, README), 'utf8')).toMatch(/^\| \[0007\]\(0007-dark-theme-scheduling\.md\) +\| Dark theme scheduling +\| Ada Lovelace +\| design +\|/m);
    expect((await runBin(['index', '--check'], { cwd: root })).code).toBe(0);

    const json = await runBin(['new', 'Audit export', '--owner', 'Ada Lovelace', '--yes', '--json'], { cwd: root });
    expect(JSON.parse(json.stdout)).toMatchObject({ id: '0008-audit-export', updated: [README] });
    expect((await runBin(['index', '--check'], { cwd: root })).code).toBe(0);
  });

  test('a README someone wrote that quotes the marker is never taken for an index: new, status and renumber leave it, index refuses', async () => {
    const root = fixtureProject();
    const marker = GOLDEN.split('\n')[3];
    const own = `# Our specs\n\nThe generated index starts with this line; do not copy it:\n\n\`\`\`markdown\n${marker}\n\`\`\`\n`;
    writeFileSync(path.join(root, README), own);
    const made = await runBin(['new', 'Audit export', '--owner', 'Ada Lovelace', '--yes'], { cwd: root });
    expect(made.code).toBe(0);
    expect(made.stdout).not.toContain(README);
    const moved = await runBin(['status', 'audit-export', 'review', '--json'], { cwd: root });
    expect(JSON.parse(moved.stdout)).toMatchObject({ changed: true, index: null });
    const renumbered = await runBin(['renumber', 'audit-export', '--to', '0042'], { cwd: root });
    expect(renumbered.code).toBe(0);
    expect(readFileSync(path.join(root, README), 'utf8')).toBe(own);
    const refused = await runBin(['index'], { cwd: root });
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 2, stderr: expect.stringContaining(`${README} was not written by \`specwright index\``) });
    expect(readFileSync(path.join(root, README), 'utf8')).toBe(own);
  });

  test('without an index, or with a README someone wrote, new and status write only their own files', async () => {
    const root = fixtureProject();
    writeFileSync(path.join(root, README), '# Our specs\n');
    const made = await runBin(['new', 'Audit export', '--owner', 'Ada Lovelace', '--yes', '--json'], { cwd: root });
    expect(JSON.parse(made.stdout)).not.toHaveProperty('updated');
    const moved = await runBin(['status', 'audit-export', 'review', '--json'], { cwd: root });
    expect(JSON.parse(moved.stdout)).toMatchObject({ changed: true, index: null });
    expect(readFileSync(path.join(root, README), 'utf8')).toBe('# Our specs\n');
  });
});
