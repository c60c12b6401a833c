/**
 * `specwright milestone` through the built bin: a generated spec's milestone
 * ticked done, unticked, struck one unstruck and moved to another day; only
 * the milestone line and Last Updated differ, CRLF stays CRLF, the file still
 * passes markdownlint's defaults and prettier; names picked by a unique
 * prefix; unknown or ambiguous names, bad days and bad flags exit 2 and
 * write nothing; --dry-run shows the lines and writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const SPEC = 'docs/specs/0001-dark-mode.md';
const TODAY = { SPECWRIGHT_TODAY: '2026-11-26' };

let root = '';
let original = '';

const read = (): string => readFileSync(path.join(root, SPEC), 'utf8');

/** The lines of `after` that differ from `before` (same line count), as `before → after`. */
function changedLines(before: string, after: string, eol = '\n'): string[] {
  const a = before.split(eol);
  const b = after.split(eol);
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [`${line} → ${b[i]}`]));
}

async function nextMilestone(): Promise<{ name: string; date: string } | null> {
  const listed = await runBin(['list', '--json'], { cwd: root, env: TODAY });
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout) as { nextMilestone: { name: string; date: string } | null }[])[0]!.nextMilestone;
}

beforeEach(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  execFileSync('git', ['config', 'user.name', 'Grace Hopper'], { cwd: root });
  const made = await runBin(
    ['new', 'Dark mode', '--owner', 'Ada Lovelace', '--milestone', 'Design sign-off@2026-12-10', '--milestone', 'Public beta@2027-01-15', '--milestone', 'Public launch@2027-03-01', '--yes'],
    { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } },
  );
  expect(made.code).toBe(0);
  original = read();
  expect(original).toContain('1. **Design sign-off** - 2026-12-10\n');
});

describe('specwright milestone', () => {
  test('--done ticks the one line, dates the spec, and list moves on to the next milestone; --undone puts the line back', async () => {
    expect(await nextMilestone()).toMatchObject({ name: 'Design sign-off' });
    const done = await runBin(['milestone', 'dark', 'design sign-off', '--done'], { cwd: root, env: TODAY });
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toBe('0001-dark-mode: milestone "Design sign-off" done; Last Updated 2026-11-26.\n');
    const after = read();
    expect(changedLines(original, after)).toEqual([
      '1. **Design sign-off** - 2026-12-10 → 1. [x] **Design sign-off** - 2026-12-10',
      '- Last Updated: 2026-11-01 → - Last Updated: 2026-11-26',
    ]);
    expect(await nextMilestone()).toMatchObject({ name: 'Public beta', date: '2027-01-15' });
    // The tools that read specs agree before and after.
    expect(markdownlintFindings(original)).toEqual([]);
    expect(markdownlintFindings(after)).toEqual([]);
    expect(await prettierFormat(after)).toBe(after);

    const again = await runBin(['milestone', '1', 'Design', '--done'], { cwd: root, env: TODAY });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('0001-dark-mode: milestone "Design sign-off" is done already; nothing changed.\n');
    expect(read()).toBe(after);

    const undone = await runBin(['milestone', '0001-dark-mode', 'design sign-off', '--undone', '--json'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-27' } });
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.stdout)).toEqual({ id: '0001-dark-mode', file: SPEC, milestone: 'Design sign-off', done: false, date: '2026-12-10', changed: true, lastUpdated: '2026-11-27', lines: [76, 171], index: null });
    expect(changedLines(original, read())).toEqual(['- Last Updated: 2026-11-01 → - Last Updated: 2026-11-27']);
  });

  test('--date moves the date in place, keeps the order as written, and warns as lint does when the order breaks', async () => {
    const moved = await runBin(['milestone', 'dark-mode', 'public b', '--date', '2027-04-01'], { cwd: root, env: TODAY });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toBe('0001-dark-mode: milestone "Public beta" moved from 2027-01-15 to 2027-04-01; Last Updated 2026-11-26.\n');
    expect(moved.stderr).toMatch(/^specwright: warning: docs\/specs\/0001-dark-mode\.md:78: milestone "Public launch" \(2027-03-01\) comes after "Public beta" \(2027-04-01\), which is later \(milestone-order\)\. Reorder the milestones, or correct the date\.\n$/);
    const after = read();
    expect(changedLines(original, after)).toEqual(['2. **Public beta** - 2027-01-15 → 2. **Public beta** - 2027-04-01', '- Last Updated: 2026-11-01 → - Last Updated: 2026-11-26']);
    const lint = await runBin(['lint', '--json'], { cwd: root, env: TODAY });
    expect((JSON.parse(lint.stdout) as { findings: { rule: string; line: number }[] }).findings).toContainEqual(expect.objectContaining({ rule: 'milestone-order', line: 78 }));
    expect(markdownlintFindings(after)).toEqual([]);
    expect(await prettierFormat(after)).toBe(after);

    // Back in order: no warning.
    const back = await runBin(['milestone', 'dark-mode', 'public beta', '--date', '2027-02-01'], { cwd: root, env: TODAY });
    expect(back.code).toBe(0);
    expect(back.stderr).toBe('');
    expect(read()).toContain('2. **Public beta** - 2027-02-01\n');
  });

  test('a struck milestone is unstruck by --undone, a ticked one keeps its box; CRLF stays CRLF', async () => {
    const struck = original.replace('3. **Public launch** - 2027-03-01', '3. ~~**Public launch** - 2027-03-01~~').replace(/\n/g, '\r\n');
    writeFileSync(path.join(root, SPEC), struck);
    expect(await nextMilestone()).toMatchObject({ name: 'Design sign-off' });
    const undone = await runBin(['milestone', 'dark', 'public launch', '--undone'], { cwd: root, env: TODAY });
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    const unstruck = read();
    expect(changedLines(struck, unstruck, '\r\n')).toEqual([
      '3. ~~**Public launch** - 2027-03-01~~ → 3. **Public launch** - 2027-03-01',
      '- Last Updated: 2026-11-01 → - Last Updated: 2026-11-26',
    ]);
    expect(unstruck.replace(/\r\n/g, '')).not.toContain('\n');

    // Written with open boxes by hand: --done ticks the box, --undone clears it again.
    const boxed = original.replace('1. **Design', '1. [ ] **Design').replace('2. **Public', '2. [ ] **Public');
    writeFileSync(path.join(root, SPEC), boxed);
    expect((await runBin(['milestone', 'dark', 'public beta', '--done'], { cwd: root, env: TODAY })).code).toBe(0);
    expect(read()).toContain('2. [x] **Public beta** - 2027-01-15\n');
    expect((await runBin(['milestone', 'dark', 'public beta', '--undone'], { cwd: root, env: TODAY })).code).toBe(0);
    expect(read()).toContain('2. [ ] **Public beta** - 2027-01-15\n');
  });

  test('a prefix picks one milestone; ambiguous, unknown, bad days and bad flags exit 2 and write nothing', async () => {
    const ambiguous = await runBin(['milestone', 'dark', 'public', '--done'], { cwd: root, env: TODAY });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('"public" starts 2 milestones of 0001-dark-mode: Public beta, Public launch');
    const unknown = await runBin(['milestone', 'dark', 'gamma', '--done'], { cwd: root, env: TODAY });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no milestone "gamma" in 0001-dark-mode; its milestones: Design sign-off (2026-12-10), Public beta (2027-01-15), Public launch (2027-03-01)');
    // Only the start of a name picks it: `launch` is not one.
    const inside = await runBin(['milestone', 'dark', 'launch', '--done'], { cwd: root, env: TODAY });
    expect(inside.code).toBe(2);
    const badDay = await runBin(['milestone', 'dark', 'public beta', '--date', '2027-02-30'], { cwd: root, env: TODAY });
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--date "2027-02-30" is not a day of the calendar');
    // A day from today, as `new --milestone` takes it, is shown as the date it names.
    const relative = await runBin(['milestone', 'dark', 'public beta', '--date', '+3d', '--dry-run', '--json'], { cwd: root, env: TODAY });
    expect(relative.code).toBe(0);
    expect(JSON.parse(relative.stdout)).toMatchObject({ date: '2026-11-29', changed: true, dryRun: true });
    const both = await runBin(['milestone', 'dark', 'public beta', '--done', '--undone'], { cwd: root, env: TODAY });
    expect(both.code).toBe(2);
    const none = await runBin(['milestone', 'dark', 'public beta'], { cwd: root, env: TODAY });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--done, --undone or --date');
    const noSpec = await runBin(['milestone', 'light', 'public beta', '--done'], { cwd: root, env: TODAY });
    expect(noSpec.code).toBe(2);
    expect(read()).toBe(original);
    // The words after the spec are the name, quoted or not.
    const words = await runBin(['milestone', 'dark', 'design', 'sign-off', '--done', '--dry-run'], { cwd: root, env: TODAY });
    expect(words.code).toBe(0);
    expect(words.stdout).toContain('Marking milestone "Design sign-off" of 0001-dark-mode done would change:');
    // A spec in the middle of a merge holds two versions: it is not edited (invariant 10).
    const conflicted = original.replace('2. **Public beta** - 2027-01-15\n', '<<<<<<< HEAD\n2. **Public beta** - 2027-01-15\n=======\n2. **Public beta** - 2027-01-20\n>>>>>>> other\n');
    writeFileSync(path.join(root, SPEC), conflicted);
    const merge = await runBin(['milestone', 'dark', 'design sign-off', '--done'], { cwd: root, env: TODAY });
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain('merge');
    expect(read()).toBe(conflicted);
  });

  test('the specs index, when specwright wrote one, is brought up to date with the spec', async () => {
    expect((await runBin(['index'], { cwd: root, env: TODAY })).code).toBe(0);
    const dry = await runBin(['milestone', 'dark', 'public beta', '--date', '2027-02-01', '--dry-run', '--json'], { cwd: root, env: TODAY });
    expect(JSON.parse(dry.stdout)).toMatchObject({ changed: true, index: 'docs/specs/README.md', dryRun: true, lines: [77, 171] });
    expect((await runBin(['index', '--check'], { cwd: root, env: TODAY })).code).toBe(0);
    const moved = await runBin(['milestone', 'dark', 'public beta', '--date', '2027-02-01'], { cwd: root, env: TODAY });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Updated docs/specs/README.md.\n');
    expect(readFileSync(path.join(root, 'docs/specs/README.md'), 'utf8')).toContain('2027-02-01');
    const check = await runBin(['index', '--check'], { cwd: root, env: TODAY });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  test('--dry-run prints the lines that would change and writes nothing', async () => {
    const dry = await runBin(['milestone', 'dark', 'public launch', '--done', '--dry-run'], { cwd: root, env: TODAY });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        'Dry run: nothing was written. Marking milestone "Public launch" of 0001-dark-mode done would change:',
        '',
        `=== edit ${SPEC}`,
        '   78: - 3. **Public launch** - 2027-03-01',
        '       + 3. [x] **Public launch** - 2027-03-01',
        '  171: - - Last Updated: 2026-11-01',
        '       + - Last Updated: 2026-11-26',
        '',
      ].join('\n'),
    );
    expect(read()).toBe(original);
  });
});
