/**
 * `specwright lint` through the built bin: a fresh spec lints clean with
 * every framework's stub; golden findings in text, JSON and GitHub's
 * workflow commands over specs generated, edited and broken; exit codes,
 * --strict and paths; hostile files in the specs folder never hang it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const TODAY = { SPECWRIGHT_TODAY: '2026-12-05' };
let root = '';

async function make(cwd: string, args: string[]): Promise<void> {
  const made = await runBin(['new', ...args, '--owner', 'Ada Lovelace', '--yes'], { cwd, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
  expect(made.code).toBe(0);
}

function edit(file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', scripts: { test: 'jest' } } });
  await make(root, ['Dark mode', '--requirement', 'Toggle in settings', '--requirement', 'Remember the choice', '--phase', 'Build: tokens; toggle', '--milestone', 'Beta@2026-12-10']);
  await make(root, ['Export to CSV', '--requirement', 'One row per record', '--milestone', 'Launch@2026-12-01']);
  // Dark mode: FR-1 gets a real test; FR-2 stays a todo.
  edit('tests/dark-mode.test.js', (text) => text.replace('test.todo("FR-1: Toggle in settings");', 'test("FR-1: Toggle in settings", () => {});'));
  // Export: its stub is deleted, its milestone passes, a placeholder and a broken link are left.
  execFileSync('rm', [path.join(root, 'tests/export-to-csv.test.js')]);
  edit('docs/specs/0002-export-to-csv.md', (text) => text.replace('### Goals\n', '### Goals\n\nShip by [Date], see [the format](../formats/csv.md).\n'));
  // A clash after a merge: a second 0002, written by hand in the same shape.
  writeFileSync(
    path.join(root, 'docs/specs/0002-import.md'),
    readFileSync(path.join(root, 'docs/specs/0001-dark-mode.md'), 'utf8').replace('Dark mode', 'Import').replace(/\n1\. \*\*FR-1\*\*.*\n2\. \*\*FR-2\*\*.*\n/, '\n'),
  );
  // A test elsewhere cites the export's requirement by the spec's number.
  writeFileSync(path.join(root, 'tests/flows.test.js'), 'test("0002 FR-1 exports every record", () => {});\n');
});

describe('a fresh spec lints clean', () => {
  test.each(['jest', 'vitest', 'node', 'mocha'])('with a %s stub: exit 0, no findings; list counts its requirements as todos', async (framework) => {
    const project = projectWith({ 'package.json': { name: 'fresh' } });
    await make(project, ['Dark mode', '--test-framework', framework, '--requirement', 'Toggle', '--requirement', 'Remember', '--purpose', 'Let users pick a theme']);
    const linted = await runBin(['lint'], { cwd: project });
    expect({ code: linted.code, stdout: linted.stdout, stderr: linted.stderr }).toEqual({ code: 0, stdout: '1 spec checked: no findings.\n', stderr: '' });
    const listed = JSON.parse((await runBin(['list', '--json'], { cwd: project })).stdout) as { requirements: unknown }[];
    expect(listed[0]!.requirements).toEqual({ total: 2, tested: 0, todo: 2, untested: 0 });
  });

  test('--strict on a clean tree: exit 0', async () => {
    const project = projectWith({ 'package.json': { name: 'fresh' } });
    await make(project, ['Dark mode']);
    expect((await runBin(['lint', '--strict'], { cwd: project })).code).toBe(0);
  });
});

describe('findings', () => {
  test('text: a line each with file, line, severity, rule, what and how to fix; then the totals; exit 1', async () => {
    const result = await runBin(['lint'], { cwd: root, env: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'docs/specs/0002-export-to-csv.md: error duplicate-number: number 0002 is also the number of docs/specs/0002-import.md. Give one of them a free number: specwright renumber 0002-export-to-csv',
        'docs/specs/0002-export-to-csv.md:11: error placeholder: "[Date]" is left from the template. Fill it in, or delete it.',
        'docs/specs/0002-export-to-csv.md:11: error broken-link: the link to ../formats/csv.md leads nowhere: there is no docs/formats/csv.md. Point the link at the file as it is named now.',
        'docs/specs/0002-export-to-csv.md:77: warning overdue: milestone "Launch" was due 2026-12-01: overdue by 4 days. Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.',
        // A rule's fix is said once, after its first finding.
        'docs/specs/0002-import.md: error duplicate-number: number 0002 is also the number of docs/specs/0002-export-to-csv.md.',
        // The test cites the number the two specs share, and names neither: it may mean either.
        'tests/flows.test.js:1: warning ambiguous-citation: the test cites 0002, a number 0002-export-to-csv and 0002-import share (the file names none of their full ids): it counts for each of them. Cite the spec by its full id (0002-export-to-csv FR-n), or run specwright renumber on one of them.',
        '3 specs checked: 4 errors, 2 warnings.',
        '',
      ].join('\n'),
    );
  });

  test('--json: the same findings, with the totals', async () => {
    const result = await runBin(['lint', '--json'], { cwd: root, env: TODAY });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { specs: number; errors: number; warnings: number; findings: Record<string, unknown>[] };
    expect({ specs: report.specs, errors: report.errors, warnings: report.warnings }).toEqual({ specs: 3, errors: 4, warnings: 2 });
    expect(report.findings[3]).toEqual({
      file: 'docs/specs/0002-export-to-csv.md',
      line: 77,
      rule: 'overdue',
      severity: 'warning',
      message: 'milestone "Launch" was due 2026-12-01: overdue by 4 days',
      hint: 'Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.',
    });
  });

  test('--format github: workflow commands, with file and line, escaped', async () => {
    const result = await runBin(['lint', '--format', 'github', 'docs/specs/0002-export-to-csv.md'], { cwd: root, env: TODAY });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '::error file=docs/specs/0002-export-to-csv.md,title=specwright duplicate-number::number 0002 is also the number of docs/specs/0002-import.md. Give one of them a free number: specwright renumber 0002-export-to-csv',
        '::error file=docs/specs/0002-export-to-csv.md,line=11,title=specwright placeholder::"[Date]" is left from the template. Fill it in, or delete it.',
        '::error file=docs/specs/0002-export-to-csv.md,line=11,title=specwright broken-link::the link to ../formats/csv.md leads nowhere: there is no docs/formats/csv.md. Point the link at the file as it is named now.',
        '::warning file=docs/specs/0002-export-to-csv.md,line=77,title=specwright overdue::milestone "Launch" was due 2026-12-01: overdue by 4 days. Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.',
        '',
      ].join('\n'),
    );
  });

  test('traceability: a requirement no test names warns; a deleted stub leaves only what other tests cite', async () => {
    edit('tests/flows.test.js', () => 'test("exports every record", () => {});\n');
    try {
      const result = await runBin(['lint', '--json', 'docs/specs/0002-export-to-csv.md'], { cwd: root, env: TODAY });
      const report = JSON.parse(result.stdout) as { findings: { rule: string; line: number; message: string; hint: string }[] };
      expect(report.findings.filter((f) => f.rule === 'untested-requirement')).toEqual([
        { file: 'docs/specs/0002-export-to-csv.md', line: 23, rule: 'untested-requirement', severity: 'warning', message: 'FR-1 is named by no test of 0002-export-to-csv', hint: 'Name FR-1 in the spec\'s test stub, or cite "0002 FR-1" in any test.' },
      ]);
      const listed = JSON.parse((await runBin(['list', '--json'], { cwd: root })).stdout) as { id: string; requirements: unknown }[];
      expect(listed.map((s) => [s.id, s.requirements])).toEqual([
        ['0001-dark-mode', { total: 2, tested: 1, todo: 1, untested: 0 }],
        ['0002-export-to-csv', { total: 1, tested: 0, todo: 0, untested: 1 }],
        ['0002-import', { total: 0, tested: 0, todo: 0, untested: 0 }],
      ]);
    } finally {
      edit('tests/flows.test.js', () => 'test("0002 FR-1 exports every record", () => {});\n');
    }
  });

  test('warnings alone exit 0, and 1 with --strict', async () => {
    const only = ['lint', 'docs/specs/0001-dark-mode.md'];
    const late = { SPECWRIGHT_TODAY: '2026-12-20' };
    const plain = await runBin(only, { cwd: root, env: late });
    expect({ code: plain.code, stdout: plain.stdout }).toEqual({
      code: 0,
      stdout:
        'docs/specs/0001-dark-mode.md:66: warning overdue: milestone "Beta" was due 2026-12-10: overdue by 10 days. Mark it done when met (1. [x] **Name** - date, or strike it through: ~~…~~), or move its date.\n1 spec checked: 0 errors, 1 warning.\n',
    });
    expect((await runBin([...only, '--strict'], { cwd: root, env: late })).code).toBe(1);
  });

  test('paths are taken from where the user stands; a folder holds its files', async () => {
    const fromDocs = await runBin(['lint', 'specs/0001-dark-mode.md', '--json'], { cwd: path.join(root, 'docs'), env: TODAY });
    expect(JSON.parse(fromDocs.stdout)).toEqual({ specs: 1, errors: 0, warnings: 0, findings: [] });
    const folder = await runBin(['lint', 'docs/specs', '--json'], { cwd: root, env: TODAY });
    expect((JSON.parse(folder.stdout) as { specs: number }).specs).toBe(3);
  });

  test.each([
    [['--format', 'junit'], 'specwright: --format "junit" is not a format; use one of text, json, github, sarif\n'],
    [['--json', '--format', 'github'], 'specwright: --json and --format github ask for two formats\n'],
    [['docs/specs/0009-none.md'], 'specwright: docs/specs/0009-none.md does not exist\n'],
    [['/etc/passwd'], expect.stringMatching(/^specwright: \/etc\/passwd is outside the project/)],
    [['--colour'], expect.stringContaining("Unknown option '--colour'")],
  ])('%j exits 2 with one line', async (flags, stderr) => {
    const result = await runBin(['lint', ...flags], { cwd: root });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 2, stdout: '', stderr });
  });

  test('help explains the rules, and the main help lists the command', async () => {
    const help = await runBin(['lint', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    for (const rule of ['placeholder', 'duplicate-number', 'untested-requirement', 'broken-link', 'overdue']) expect(help.stdout).toContain(rule);
    expect((await runBin(['--help'], { cwd: root })).stdout).toContain('specwright lint');
  });
});

describe('hostile files in the specs folder', () => {
  test('a FIFO, a link, a binary file and a 2 MiB file are findings, not hangs; nothing is written', async () => {
    const project = projectWith({ 'package.json': { name: 'hostile' } });
    await make(project, ['Dark mode']);
    const specs = path.join(project, 'docs/specs');
    execFileSync('mkfifo', [path.join(specs, '0002-fifo.md')]);
    symlinkSync('/etc/passwd', path.join(specs, '0003-link.md'));
    writeFileSync(path.join(specs, '0004-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x0a, 0x1b, 0x5b, 0x33, 0x31, 0x6d]));
    writeFileSync(path.join(specs, '0005-huge.md'), `# Feature Specification: Huge\n${'- [ ] Task 1\n'.repeat(200_000)}`);
    mkdirSync(path.join(project, 'tests/deep'), { recursive: true });
    const before = execFileSync('find', [project, '-not', '-path', '*/.git/*'], { encoding: 'utf8' });
    const result = await runBin(['lint', '--json'], { cwd: project, timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { file: string; rule: string; message: string }[] };
    const byFile = (file: string) => report.findings.filter((f) => f.file === `docs/specs/${file}`).map((f) => f.rule);
    expect(byFile('0002-fifo.md')).toEqual(['unreadable']);
    expect(byFile('0003-link.md')).toEqual(['unreadable']);
    expect(byFile('0004-binary.md')).toContain('encoding');
    expect(byFile('0005-huge.md')).toEqual(['unreadable']);
    // No escape sequence from the binary file reaches the output.
    expect(result.stdout).not.toContain('\u001b');
    expect(execFileSync('find', [project, '-not', '-path', '*/.git/*'], { encoding: 'utf8' })).toBe(before);
  });
});

describe('what a team does to specs by hand', () => {
  test('a misnamed spec is a file-name error (no command reads it), also when named on the command line; README.md is the index, not a spec', async () => {
    const project = projectWith({ 'package.json': { name: 'named' } });
    await make(project, ['Keywords', '--requirement', 'Find']);
    const spec = readFileSync(path.join(project, 'docs/specs/0001-keywords.md'), 'utf8');
    for (const name of ['12-short.md', 'dark-mode-spec.md', 'README.md']) writeFileSync(path.join(project, 'docs/specs', name), spec);
    writeFileSync(path.join(project, 'docs/specs/0013-trail.md.bak'), spec);
    const all = JSON.parse((await runBin(['lint', '--json'], { cwd: project })).stdout) as { findings: { file: string; rule: string }[] };
    expect(all.findings.map((f) => [f.file, f.rule])).toEqual([
      ['docs/specs/12-short.md', 'file-name'],
      ['docs/specs/dark-mode-spec.md', 'file-name'],
    ]);
    const one = await runBin(['lint', 'docs/specs/dark-mode-spec.md'], { cwd: project });
    expect(one.code).toBe(1);
    expect(one.stdout).toContain("docs/specs/dark-mode-spec.md: error file-name: dark-mode-spec.md is in the specs folder, but its name is not a spec's");
  });

  test('a spec renamed by hand: its docs stub\'s link and its test stub\'s header are both broken links; its tests still count', async () => {
    const project = projectWith({ 'package.json': { name: 'renamed' } });
    await make(project, ['Webhooks', '--requirement', 'Posts JSON']);
    renameSync(path.join(project, 'docs/specs/0001-webhooks.md'), path.join(project, 'docs/specs/0001-hooks.md'));
    const report = JSON.parse((await runBin(['lint', '--json'], { cwd: project })).stdout) as { findings: { file: string; rule: string; message: string }[] };
    expect(report.findings.map((f) => [f.file, f.rule, f.message])).toEqual([
      ['docs/features/webhooks.md', 'broken-link', 'the link to ../specs/0001-webhooks.md leads nowhere: there is no docs/specs/0001-webhooks.md'],
      ['tests/webhooks.test.js', 'broken-link', 'the test names its specification docs/specs/0001-webhooks.md, which is now docs/specs/0001-hooks.md'],
    ]);
  });

  test('a binary file among the specs is one finding, not a page of them', async () => {
    const project = projectWith({ 'package.json': { name: 'binary' } });
    await make(project, ['Webhooks']);
    writeFileSync(path.join(project, 'docs/specs/0006-binary.md'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    const report = JSON.parse((await runBin(['lint', '--json'], { cwd: project })).stdout) as { findings: { file: string; rule: string; message: string }[] };
    expect(report.findings).toEqual([
      expect.objectContaining({ file: 'docs/specs/0006-binary.md', line: 0, rule: 'encoding', message: 'not a text file (it holds NUL bytes): not read' }),
    ]);
  });

  test('new refuses a task named like the template\'s placeholder, so what it writes always lints clean', async () => {
    const project = projectWith({ 'package.json': { name: 'tasks' } });
    const refused = await runBin(['new', 'Injection', '--phase', 'P: Task 1; real task', '--yes'], { cwd: project });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"Task 1" is the template\'s placeholder for a task not yet named');
    await make(project, ['Injection', '--phase', 'P: Task one; real task']);
    expect((await runBin(['lint'], { cwd: project })).code).toBe(0);
  });
});
