/**
 * `specwright list` through the built bin: generated and hand-edited specs
 * in one table (golden, with today pinned), JSON, filters, the terminal's
 * width, the configured specs folder, warnings for what could not be read,
 * exit codes; and it writes nothing.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { displayWidth } from '../../src/base/text/display-width.js';
import { projectWith } from '../helpers/project-files.js';
import { killPtys, spawnPty } from '../helpers/pty.js';
import { BIN, runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);
afterEach(killPtys);

/** runBin pins SPECWRIGHT_TODAY to 2026-11-26; COLUMNS, which a shell may export, is set to show that a pipe ignores it. */
const WIDE = { COLUMNS: '100' };

const HAND_WRITTEN = [
  '# Search across every workspace, project and archived conversation in one box',
  '',
  '## Implementation Plan',
  '',
  '### Phase 1: Index',
  '',
  '- [x] Crawler',
  '- [x] Tokenizer',
  '- [ ] Ranking',
  '',
  '### Milestones',
  '',
  '1. **Alpha** - 2026-02-30',
  '2. **Beta** - 2026-11-26',
  '',
  '## Status',
  '',
  '- [x] Specification review',
  '- [x] Design review',
  '- [x] Implementation started',
  '- [x] Code review',
  '- [x] Testing complete',
  '',
  'Created: 2026-10-01',
  'Last Updated: 2026-11-20',
  'Owner: ada lovelace',
  '',
].join('\n');

let root = '';

beforeAll(async () => {
  root = projectWith({ 'packages/web/package.json': { name: 'web' } });
  const first = await runBin(
    ['new', 'Dark mode', '--owner', 'Ada Lovelace', '--requirement', 'Follows the OS theme', '--phase', 'Design: Colour tokens; Contrast audit', '--phase', 'Build: Theme provider; Settings toggle; Persist the choice', '--milestone', 'Design sign-off@2026-12-10', '--milestone', 'Public beta@2027-01-15', '--yes'],
    { cwd: root },
  );
  expect(first.code).toBe(0);
  const second = await runBin(['new', 'Export to CSV', '--owner', 'Grace Hopper', '--phase', 'Build: Writer; Button', '--milestone', 'Beta@2026-11-20', '--milestone', 'Launch@2026-11-26', '--yes'], { cwd: root });
  expect(second.code).toBe(0);
  // Edited by hand, with CRLF line endings: two steps ticked, a task done, the overdue milestone struck through.
  const exportSpec = path.join(root, 'docs/specs/0002-export-to-csv.md');
  const edited = readFileSync(exportSpec, 'utf8')
    .replace('- [ ] Specification review', '- [x] Specification review')
    .replace('- [ ] Implementation started', '- [X] Implementation started')
    .replace('- [ ] Writer', '- [x] Writer')
    .replace('1. **Beta** - 2026-11-20', '1. ~~**Beta** - 2026-11-20~~')
    .replace(/\n/g, '\r\n');
  writeFileSync(exportSpec, edited);
  writeFileSync(path.join(root, 'docs/specs/0003-search.md'), HAND_WRITTEN);
  writeFileSync(path.join(root, 'elsewhere.md'), HAND_WRITTEN);
  symlinkSync(path.join(root, 'elsewhere.md'), path.join(root, 'docs/specs/0004-linked.md'));
  writeFileSync(path.join(root, 'docs/specs/README.md'), '# Specs\n');
});

describe('specwright list', () => {
  test('one row per spec, generated and hand-edited alike; warnings name file and line; exit 0', async () => {
    // Piped: no title is cut, whatever COLUMNS says (a terminal's width: the test below).
    const result = await runBin(['list'], { cwd: root, env: WIDE });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'ID    TITLE                                                                        OWNER         STATUS          TASKS  TESTS  NEXT MILESTONE              DUE',
        '0001  Dark mode                                                                    Ada Lovelace  draft           0/5    0/1/0  2026-12-10 Design sign-off  in 14 days',
        '0002  Export to CSV                                                                Grace Hopper  implementation  1/2    -      2026-11-26 Launch           today',
        '0003  Search across every workspace, project and archived conversation in one box  ada lovelace  testing         2/3    -      2026-11-26 Beta             today',
        '0004  (not read)                                                                   -             -               -      -      -                           -',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      [
        'specwright: warning: docs/specs/0003-search.md:13: milestone "Alpha": "2026-02-30" is not a day of the calendar',
        'specwright: warning: docs/specs/0004-linked.md: the file is a symbolic link: not read (specwright reads files in your repository only when they are regular files, never through a link)',
        '',
      ].join('\n'),
    );
  });

  test('--json: the same data with the file, dates and problems', async () => {
    const result = await runBin(['list', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    const specs = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(specs.map((s) => s.file)).toEqual(['docs/specs/0001-dark-mode.md', 'docs/specs/0002-export-to-csv.md', 'docs/specs/0003-search.md', 'docs/specs/0004-linked.md']);
    expect(specs[1]).toEqual({
      id: '0002-export-to-csv',
      number: '0002',
      slug: 'export-to-csv',
      file: 'docs/specs/0002-export-to-csv.md',
      title: 'Export to CSV',
      owner: 'Grace Hopper',
      created: '2026-11-26',
      lastUpdated: '2026-11-26',
      status: 'implementation',
      progress: { done: 1, total: 2 },
      nextMilestone: { name: 'Launch', date: '2026-11-26', days: 0 },
      requirements: { total: 0, tested: 0, todo: 0, untested: 0 },
      relations: [],
      problems: [],
    });
    // The generated stub names FR-1 in a test.todo.
    expect(specs[0]).toMatchObject({ requirements: { total: 1, tested: 0, todo: 1, untested: 0 } });
    expect(specs[2]).toMatchObject({ status: 'testing', problems: [{ line: 13, message: 'milestone "Alpha": "2026-02-30" is not a day of the calendar' }] });
    expect(specs[3]).toMatchObject({ id: '0004-linked', title: null, owner: null, status: null, nextMilestone: null, problems: [{ line: 0 }] });
    // Warnings still go to stderr; stdout is JSON only.
    expect(result.stderr).toContain('0003-search.md:13');
  });

  test.each([
    [['--status', 'implementation'], ['0002']],
    [['--status', 'Draft'], ['0001']],
    [['--status', 'testing,draft'], ['0001', '0003']],
    [['--status', 'review', '--status', 'testing'], ['0003']],
    [['--owner', 'ADA LOVELACE'], ['0001', '0003']],
    [['--owner', 'grace hopper', '--status', 'implementation'], ['0002']],
  ])('filters %j', async (flags, numbers) => {
    const result = await runBin(['list', ...flags, '--json'], { cwd: root });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { number: string }[]).map((s) => s.number)).toEqual(numbers);
  });

  test('a filter that matches nothing says so, and warns about nothing', async () => {
    const result = await runBin(['list', '--status', 'deployed'], { cwd: root });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: 'No spec in docs/specs matches (4 in all; `specwright list` shows them).\n',
      stderr: '',
    });
    expect((await runBin(['list', '--owner', 'nobody', '--json'], { cwd: root })).stdout).toBe('[]\n');
  });

  test.each([
    [['--status', 'done'], 'specwright: --status "done" is not a status; use one of draft, review, design, implementation, code-review, testing, docs, deployed, rejected, withdrawn, superseded\n'],
    [['--colour'], expect.stringContaining("Unknown option '--colour'")],
    [['extra'], expect.stringContaining("Unexpected argument 'extra'")],
    [['--owner', ' '], 'specwright: --owner needs a name\n'],
    [['--cwd', 'nowhere'], 'specwright: --cwd nowhere is not an existing folder\n'],
  ])('%j exits 2 with one line', async (flags, stderr) => {
    const result = await runBin(['list', ...flags], { cwd: root });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 2, stdout: '', stderr });
  });

  test('in a terminal the table fits its width: the title is cut first, then the milestone name, then the owner', async () => {
    const shown = async (cols: number): Promise<string[]> => {
      const session = spawnPty(process.execPath, [BIN, 'list'], { cwd: root, cols, env: { SPECWRIGHT_TODAY: '2026-11-26', COLUMNS: undefined } });
      expect((await session.exit()).exitCode).toBe(0);
      return session.output().trimEnd().split('\n').filter((line) => !line.startsWith('specwright: warning:'));
    };
    expect((await shown(200))[3]).toBe('0003  Search across every workspace, project and archived conversation in one box  ada lovelace  testing         2/3    -      2026-11-26 Beta             today');
    const lines = await shown(80);
    expect(lines.map(displayWidth).every((w) => w <= 80)).toBe(true);
    expect(lines[1]).toBe('0001  Dark mode   Ada L…  draft         0/5    0/1/0  2026-12-10 De…  in 14 days');
  });

  test('run from a package folder, warnings name files from where the user stands', async () => {
    const result = await runBin(['list', '--cwd', 'packages/web'], { cwd: root, env: WIDE });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(6);
    expect(result.stderr).toContain('specwright: warning: ../../docs/specs/0003-search.md:13: ');
  });

  test('writes nothing', async () => {
    const before = treeSnapshot(root);
    await runBin(['list'], { cwd: root });
    await runBin(['list', '--json'], { cwd: root });
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('specwright list elsewhere', () => {
  test('no specs yet: says so and how to write one, exit 0', async () => {
    const empty = projectWith({});
    const result = await runBin(['list'], { cwd: empty });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: 'No specs in docs/specs yet. Write the first one with:\n  specwright new "Feature name"\n',
      stderr: '',
    });
    expect((await runBin(['list', '--json'], { cwd: empty })).stdout).toBe('[]\n');
  });

  test('the configured specs folder, and --specs-dir over it', async () => {
    const configured = projectWith({ 'specwright.config.json': { specsDir: 'rfcs' } });
    expect((await runBin(['new', 'Audit log', '--owner', 'Ada', '--yes'], { cwd: configured })).code).toBe(0);
    mkdirSync(path.join(configured, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(configured, 'docs/specs/0001-other.md'), HAND_WRITTEN);
    const listed = await runBin(['list', '--json'], { cwd: configured });
    expect((JSON.parse(listed.stdout) as { file: string }[]).map((s) => s.file)).toEqual(['rfcs/0001-audit-log.md']);
    const flagged = await runBin(['list', '--json', '--specs-dir', 'docs/specs'], { cwd: configured });
    expect((JSON.parse(flagged.stdout) as { file: string }[]).map((s) => s.file)).toEqual(['docs/specs/0001-other.md']);
  });

  test('help explains the command, and the main help lists it', async () => {
    const help = await runBin(['list', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^specwright list: /);
    expect(help.stdout).toContain('specwright list --status implementation --owner "ada lovelace"');
    expect((await runBin(['--help'], { cwd: root })).stdout).toContain('specwright list [options]');
  });
});
