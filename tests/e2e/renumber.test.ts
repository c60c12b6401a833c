/**
 * `specwright renumber` through the built bin, in real git repositories where
 * two lines of work both added spec 0002 and were merged: the ambiguous
 * number refused, the full id moved to the next free number (past every
 * branch), the docs stub's link, the test stub's header and hand-written
 * citations renamed and nothing else (diffed line by line, CRLF byte for
 * byte), --to, --dry-run, --json, and a SIGKILL at each step of the commit
 * (tests/fixtures/slow-commit.mjs) undone by the next run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { driver } from '../helpers/slow-commit-driver.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const DARK = 'docs/specs/0002-dark-mode.md';
const CSV = 'docs/specs/0002-export-to-csv.md';
const MOVED = 'docs/specs/0003-export-to-csv.md';
const CSV_DOCS = 'docs/features/export-to-csv.md';
const CSV_TEST = 'tests/export-to-csv.test.js';
const HAND = 'tests/e2e/csv-export.test.js';

const git = (root: string, ...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

async function newSpec(root: string, name: string): Promise<void> {
  const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--requirement', 'Works', '--yes'], { cwd: root });
  expect(made.code).toBe(0);
}

/**
 * Two lines of work that could not see each other (two clones) both add spec
 * 0002, and are merged: the dark-mode line lives on only as a merged commit,
 * the export line as branch `csv`, which still holds 0002-export-to-csv.
 */
async function mergedClash(): Promise<string> {
  const root = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
  git(root, 'config', 'user.name', 'Grace Hopper');
  git(root, 'config', 'user.email', 'grace@example.com');
  git(root, 'checkout', '-q', '-b', 'main');
  await newSpec(root, 'Seed');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'seed');
  git(root, 'checkout', '-q', '-b', 'dark');
  await newSpec(root, 'Dark mode');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'dark mode');
  git(root, 'tag', 'dark-done');
  // Gone from this clone's branches, as if made in another clone: the csv line cannot see its number.
  git(root, 'checkout', '-q', 'main');
  git(root, 'branch', '-q', '-D', 'dark');
  git(root, 'checkout', '-q', '-b', 'csv');
  await newSpec(root, 'Export to CSV');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'export');
  git(root, 'checkout', '-q', 'main');
  git(root, 'merge', '-q', 'dark-done');
  git(root, 'merge', '-q', '--no-edit', 'csv');
  expect(readdirSync(path.join(root, 'docs/specs')).sort()).toEqual(['0001-seed.md', '0002-dark-mode.md', '0002-export-to-csv.md']);
  // A hand-written test citing the spec by its full id and by its bare number.
  mkdirSync(path.join(root, 'tests/e2e'));
  writeFileSync(path.join(root, HAND), 'test.todo("exports (0002-export-to-csv)");\n// 0002 FR-1: the header row\n');
  return root;
}

/** The lines that differ between two texts of the same number of lines, as `before → after`. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [`${line} → ${b[i]}`]));
}

async function listed(root: string): Promise<{ id: string; title: string }[]> {
  const list = await runBin(['list', '--json'], { cwd: root });
  expect(list.code).toBe(0);
  return (JSON.parse(list.stdout) as { id: string; title: string }[]).map(({ id, title }) => ({ id, title }));
}

describe('specwright renumber after a merge that left two specs 0002', () => {
  test('the number alone is ambiguous: exit 2 naming both, nothing written', async () => {
    const root = await mergedClash();
    const before = treeSnapshot(root);
    const refused = await runBin(['renumber', '0002'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('specwright: "0002" names 2 specs: 0002-dark-mode, 0002-export-to-csv\nGive the full id, like 0002-dark-mode.\n');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('the full id moves to 0003; the docs link, the stub header and the full-id citation renamed, nothing else; the bare number left and reported', async () => {
    const root = await mergedClash();
    const original = { spec: read(root, CSV), docs: read(root, CSV_DOCS), test: read(root, CSV_TEST), hand: read(root, HAND), dark: read(root, DARK) };

    const dry = await runBin(['renumber', '0002-export-to-csv', '--dry-run'], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`=== rename ${CSV} → ${MOVED}`);
    expect(dry.stdout).toContain(`=== edit ${CSV_DOCS}\n    5: - Specification: [0002-export-to-csv](../specs/0002-export-to-csv.md)\n       + Specification: [0003-export-to-csv](../specs/0003-export-to-csv.md)`);
    expect(existsSync(path.join(root, MOVED))).toBe(false);
    expect(read(root, CSV_DOCS)).toBe(original.docs);

    const run = await runBin(['renumber', '0002-export-to-csv'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Renumbered 0002-export-to-csv to 0003-export-to-csv:',
        `  renamed  ${CSV} → ${MOVED}`,
        `  edited   ${CSV_DOCS} (line 5)`,
        `  edited   ${HAND} (lines 1, 2)`,
        `  edited   ${CSV_TEST} (line 2)`,
        '',
      ].join('\n'),
    );
    // The hand-written test names 0002-export-to-csv and not 0002-dark-mode: its bare 0002 is this spec's, and moves with it.
    expect(run.stderr).toBe('');

    expect(existsSync(path.join(root, CSV))).toBe(false);
    // The spec does not cite its own id: its bytes are the same under the new name.
    expect(read(root, MOVED)).toBe(original.spec);
    expect(changedLines(original.docs, read(root, CSV_DOCS))).toEqual([
      'Specification: [0002-export-to-csv](../specs/0002-export-to-csv.md) → Specification: [0003-export-to-csv](../specs/0003-export-to-csv.md)',
    ]);
    expect(changedLines(original.test, read(root, CSV_TEST))).toEqual([
      '// Specification: docs/specs/0002-export-to-csv.md (0002-export-to-csv); docs: docs/features/export-to-csv.md. → // Specification: docs/specs/0003-export-to-csv.md (0003-export-to-csv); docs: docs/features/export-to-csv.md.',
    ]);
    expect(changedLines(original.hand, read(root, HAND))).toEqual(['test.todo("exports (0002-export-to-csv)"); → test.todo("exports (0003-export-to-csv)");', '// 0002 FR-1: the header row → // 0003 FR-1: the header row']);
    expect(read(root, DARK)).toBe(original.dark);
    expect(await listed(root)).toEqual([
      { id: '0001-seed', title: 'Seed' },
      { id: '0002-dark-mode', title: 'Dark mode' },
      { id: '0003-export-to-csv', title: 'Export to CSV' },
    ]);
    // git sees a rename and three edits, nothing else.
    git(root, 'add', '-A');
    expect(git(root, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([`M  ${CSV_DOCS}`, `M  ${CSV_TEST}`, `A  ${HAND}`, `R  ${CSV} -> ${MOVED}`].sort());
    expect(git(root, 'ls-files', '--others', '--ignored', '--exclude-standard', '-z')).toBe('');
  });

  test('--to: a number in the tree or on a branch refused; a free one taken, bare citations renamed when no other spec keeps the number; the next number skips one a branch holds', async () => {
    const root = await mergedClash();
    expect((await runBin(['renumber', '0002-export-to-csv'], { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, 'tests/e2e/more.test.js'), '// 0003 FR-1 and 0003-export-to-csv\r\n');
    // Another line of work holds 0006.
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'renumbered');
    git(root, 'checkout', '-q', '-b', 'other');
    writeFileSync(path.join(root, 'docs/specs/0006-other.md'), '# Other\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'other');
    git(root, 'checkout', '-q', 'main');
    const before = treeSnapshot(root);

    const taken = await runBin(['renumber', 'export-to-csv', '--to', '1'], { cwd: root });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/^specwright: number 0001 is taken by docs\/specs\/0001-seed\.md\n/);
    const onBranch = await runBin(['renumber', 'export-to-csv', '--to', '0006'], { cwd: root });
    expect(onBranch.code).toBe(2);
    expect(onBranch.stderr).toMatch(/^specwright: number 0006 is held on another branch by docs\/specs\/0006-other\.md\nSee which branch: git log --all --source/);
    const bad = await runBin(['renumber', 'export-to-csv', '--to', 'seven'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(treeSnapshot(root)).toEqual(before);

    const free = await runBin(['renumber', 'export-to-csv', '--to', '5', '--json'], { cwd: root });
    expect(free.code).toBe(0);
    expect(free.stderr).toBe('');
    expect(JSON.parse(free.stdout)).toEqual({
      from: '0003-export-to-csv',
      to: '0005-export-to-csv',
      files: [
        { path: 'docs/specs/0005-export-to-csv.md', change: 'renamed', from: MOVED, lines: [] },
        { path: CSV_DOCS, change: 'edited', lines: [5] },
        { path: HAND, change: 'edited', lines: [1, 2] },
        { path: 'tests/e2e/more.test.js', change: 'edited', lines: [1] },
        { path: CSV_TEST, change: 'edited', lines: [2] },
      ],
      ambiguous: [],
      notRewritten: [],
      notSearched: [],
    });
    // No other spec keeps 0003: its bare citation is this spec's, and is renamed; CRLF kept.
    expect(read(root, 'tests/e2e/more.test.js')).toBe('// 0005 FR-1 and 0005-export-to-csv\r\n');
    // The hand-written citation, 0003 since the first run, follows the spec again.
    expect(read(root, HAND)).toBe('test.todo("exports (0005-export-to-csv)");\n// 0005 FR-1: the header row\n');

    // The next free number is past the tree's 0005 and the branch's 0006.
    const next = await runBin(['renumber', '0002-dark-mode', '--json'], { cwd: root });
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ from: '0002-dark-mode', to: '0007-dark-mode' });
    expect(readdirSync(path.join(root, 'docs/specs')).sort()).toEqual(['0001-seed.md', '0005-export-to-csv.md', '0007-dark-mode.md']);
  });

  test('CRLF files: every byte the same but the renamed ids', async () => {
    const root = await mergedClash();
    const files = [CSV, CSV_DOCS, CSV_TEST, HAND];
    for (const file of files) writeFileSync(path.join(root, file), `\uFEFF${read(root, file).replace(/\n/g, '\r\n')}`);
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(root, f))]));
    const run = await runBin(['renumber', '0002-export-to-csv'], { cwd: root });
    expect(run.code).toBe(0);
    // The hand-written test's bare 0002 FR-1 moves too: the file names this spec's full id only.
    const expected = (file: string): Buffer => Buffer.from(before[file]!.toString('utf8').replaceAll('0002-export-to-csv', '0003-export-to-csv').replace('// 0002 FR-1', '// 0003 FR-1'), 'utf8');
    expect(readFileSync(path.join(root, MOVED)).equals(before[CSV]!)).toBe(true);
    for (const file of [CSV_DOCS, CSV_TEST, HAND]) {
      const after = readFileSync(path.join(root, file));
      expect(after.equals(before[file]!)).toBe(false);
      expect(after.equals(expected(file))).toBe(true);
    }
  });

  test('more citing files than one journal may name: exit 2 before anything is written, --dry-run still lists them', async () => {
    const root = await mergedClash();
    for (let i = 0; i < 70; i++) writeFileSync(path.join(root, `tests/e2e/cites-${i}.test.js`), '// 0002-export-to-csv\n');
    const before = treeSnapshot(root);
    const refused = await runBin(['renumber', '0002-export-to-csv'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^specwright: renumbering 0002-export-to-csv would make 75 file changes \(the old name's removal included\) in 4 folders; one run makes at most 64, in 16 folders\n/);
    expect(treeSnapshot(root)).toEqual(before);
    const dry = await runBin(['renumber', '0002-export-to-csv', '--dry-run', '--json'], { cwd: root });
    expect(JSON.parse(dry.stdout).files).toHaveLength(74);
  });

  test('a tests folder at the root: specs and docs are not taken for tests, node_modules and dot-folders are not searched', async () => {
    const root = await mergedClash();
    writeFileSync(path.join(root, 'specwright.config.json'), '{ "testsDir": "." }\n');
    for (const file of ['node_modules/x/cites.test.js', '.cache/cites.test.js', 'src/cites.test.js']) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(root, file), '// 0002-export-to-csv\n');
    }
    const run = await runBin(['renumber', '0002-export-to-csv', '--json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual([MOVED, CSV_DOCS, 'src/cites.test.js', HAND, CSV_TEST]);
    expect(read(root, 'node_modules/x/cites.test.js')).toBe('// 0002-export-to-csv\n');
    expect(read(root, '.cache/cites.test.js')).toBe('// 0002-export-to-csv\n');
  });

  test('the specs index, when specwright wrote one, is regenerated in the same write: index --check passes after', async () => {
    const root = await mergedClash();
    expect((await runBin(['index'], { cwd: root })).code).toBe(0);
    const before = read(root, 'docs/specs/README.md');
    const moved = await runBin(['renumber', '0002-export-to-csv', '--json'], { cwd: root });
    expect(moved.stderr).not.toMatch(/error/);
    expect(moved.code).toBe(0);
    const report = JSON.parse(moved.stdout) as { files: { path: string; change: string }[] };
    expect(report.files).toContainEqual(expect.objectContaining({ path: 'docs/specs/README.md', change: 'edited' }));
    const after = read(root, 'docs/specs/README.md');
    expect(after).not.toBe(before);
    expect(after).toContain('[0003](0003-export-to-csv.md)');
    expect(after).not.toContain('0002-export-to-csv');
    const check = await runBin(['index', '--check'], { cwd: root });
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
    // And lint has nothing left to say about the clash.
    const linted = JSON.parse((await runBin(['lint', '--json'], { cwd: root })).stdout) as { findings: { rule: string }[] };
    expect(linted.findings.filter((f) => f.rule === 'duplicate-number' || f.rule === 'broken-link')).toEqual([]);
  });

  test('a README in the specs folder that specwright did not write is edited only where it cites the id', async () => {
    const root = await mergedClash();
    writeFileSync(path.join(root, 'docs/specs/README.md'), '# Our specs\n\nSee [export](0002-export-to-csv.md) and [dark](0002-dark-mode.md).\n');
    const moved = await runBin(['renumber', '0002-export-to-csv'], { cwd: root });
    expect(moved.code).toBe(0);
    expect(read(root, 'docs/specs/README.md')).toBe('# Our specs\n\nSee [export](0003-export-to-csv.md) and [dark](0002-dark-mode.md).\n');
  });

  test('a project whose ids are dates is refused, exit 2', async () => {
    const root = projectWith({ 'package.json': { name: 'app' }, 'specwright.config.json': { idStyle: 'date' }, 'docs/specs/20261126-x.md': '# X\n' });
    const refused = await runBin(['renumber', 'x'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/names specs by date \(idStyle "date"\)/);
  });
});

test('SIGINT after the old spec was removed (renamed to its backup): exit 130, the tree byte for byte as before', async () => {
  const root = await mergedClash();
  const before = treeSnapshot(root);
  const run = driver({ root, renumber: '0002-export-to-csv', hold: { after: 'renamed docs/specs/.0002-export-to-csv.md.specwright-', until: 'signal' } });
  await run.line(/^holding after /);
  expect(existsSync(path.join(root, CSV))).toBe(false);
  run.kill('SIGINT');
  const { code, stderr } = await run.exit;
  expect(code).toBe(130);
  expect(stderr).toBe('specwright: Interrupted: nothing was written.\n');
  expect(treeSnapshot(root)).toEqual(before);
});

describe('a renumber SIGKILLed mid-commit is undone by the next run', () => {
  const ID = '0002-export-to-csv';
  test.each([
    ['the journal is written', 'temp .git/.specwright-'],
    ['the new spec is in place', `linked ${MOVED}`],
    ['the docs stub is replaced', `renamed ${CSV_DOCS}`],
    ['the hand-written test is replaced', `renamed ${HAND}`],
    ['the old spec is removed (renamed to its backup)', `renamed docs/specs/.0002-export-to-csv.md.specwright-`],
  ])('killed once %s: the next run puts every file back, and a rerun then renumbers as an uninterrupted run does', async (_, after) => {
    const root = await mergedClash();
    // An uninterrupted twin, for what the rerun must end with.
    const twin = tempDir();
    cpSync(root, twin, { recursive: true });
    expect((await runBin(['renumber', ID], { cwd: twin })).code).toBe(0);
    const before = treeSnapshot(root);

    const killed = driver({ root, renumber: ID, hold: { after, until: 'sigkill' } });
    const { signal, stdout } = await killed.exit;
    expect(signal).toBe('SIGKILL');
    expect(stdout).toContain(`holding after ${after}`);
    expect(treeSnapshot(root)).not.toEqual(before);
    if (after.includes('.bak') || after.startsWith('renamed docs/specs/.')) expect(existsSync(path.join(root, CSV))).toBe(false);

    // The next run (the number alone, refused as ambiguous) undoes the killed one first.
    const next = await runBin(['renumber', '0002'], { cwd: root });
    expect(next.code).toBe(2);
    if (!after.startsWith('temp .git')) expect(next.stderr).toMatch(/^Rolled back a run that was killed mid-write \(pid \d+\): /);
    if (after.startsWith('renamed docs/specs/.')) expect(next.stderr).toContain(`restored ${CSV}`);
    expect(treeSnapshot(root)).toEqual(before);

    const rerun = await runBin(['renumber', ID], { cwd: root });
    expect(rerun.code).toBe(0);
    expect(treeSnapshot(root)).toEqual(treeSnapshot(twin));
  });
});
