import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { spawnPty, killPtys, type PtySession } from '../helpers/pty.js';
import { BIN } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterEach(killPtys);
afterAll(removeTempDirs);

const FILES = ['docs/features/dark-mode.md', 'docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.ts'];

/**
 * A fresh TypeScript + jest repository (tsconfig.json and ts-jest, so the stub is .ts; @jest/globals declared, so it
 * imports from it) with a pinned git user (the default owner).
 */
function repo(): string {
  const root = tempDir({ git: true, prefix: 'specwright-pty-' });
  execFileSync('git', ['config', 'user.name', 'Ada Lovelace'], { cwd: root });
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n');
  writeFileSync(path.join(root, 'package.json'), '{ "scripts": { "test": "jest" }, "devDependencies": { "jest": "30.5.2", "ts-jest": "29.4.15", "@jest/globals": "30.5.2" } }\n');
  return root;
}

/** `specwright new ...args` from the built bin, in a terminal, with today pinned. */
function specwright(root: string, args: readonly string[] = []): PtySession {
  return spawnPty(process.execPath, [BIN, 'new', ...args], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
}

/** Waits for a question, then answers it. */
async function answer(session: PtySession, question: RegExp, keys: string): Promise<string> {
  const screen = await session.waitFor(question);
  session.type(keys);
  return screen;
}

const files = (root: string): string[] => Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/') && p !== 'tsconfig.json' && p !== 'package.json');
const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

describe('specwright new in a terminal', () => {
  test('a full interview with loops, date checks and the confirmation writes the three files', async () => {
    const root = repo();
    const run = specwright(root);

    await answer(run, /Feature name:/, 'Dark mode\r');
    // The default owner (git config user.name) is offered and accepted with Enter.
    await answer(run, /Owner: \(Ada Lovelace\)/, '\r');
    await answer(run, /Purpose, in one line \(optional\):/, 'Read at night without glare\r');
    await answer(run, /Functional requirement FR-1 \(empty to finish\):/, 'Follows the OS colour scheme\r');
    await answer(run, /Functional requirement FR-2 \(empty to finish\):/, 'Remembers an explicit choice per device\r');
    await answer(run, /Functional requirement FR-3 \(empty to finish\):/, '\r');
    await answer(run, /User story 1 .*\(empty to finish\):/, 'As a night-shift nurse, I want a dark screen so that patients sleep\r');
    await answer(run, /User story 2 .*\(empty to finish\):/, '\r');
    await answer(run, /Phase 1 name \(empty to finish\):/, 'Design\r');
    await answer(run, /Task 1 of "Design" \(empty to finish\):/, 'Colour tokens\r');
    await answer(run, /Task 2 of "Design" \(empty to finish\):/, 'Contrast audit\r');
    await answer(run, /Task 3 of "Design" \(empty to finish\):/, '\r');
    await answer(run, /Phase 2 name \(empty to finish\):/, 'Build\r');
    await answer(run, /Task 1 of "Build" \(empty to finish\):/, 'Theme provider\r');
    await answer(run, /Task 2 of "Build" \(empty to finish\):/, '\r');
    await answer(run, /Phase 3 name \(empty to finish\):/, '\r');

    await answer(run, /Milestone 1 name \(empty to finish\):/, 'Public beta\r');
    // An impossible day is refused where it was typed, and the date is asked again.
    await answer(run, /Date of "Public beta" \(YYYY-MM-DD, or \+10d, \+2w, \+1m from today\):/, '2026-02-30\r');
    // Ctrl-U clears the rejected text; +2w is two weeks after the pinned today.
    await answer(run, /"2026-02-30" is not a day of the calendar/, '\x15+2w\r');

    // The relative date is echoed with the day it stands for.
    const echoed = await answer(run, /Milestone 2 name \(empty to finish\):/, 'Kick-off\r');
    expect(echoed).toContain('+2w (2026-12-10)');
    await answer(run, /Date of "Kick-off"/, '2026-11-01\r');
    // A past date (also before the previous milestone) must be confirmed; the default is no...
    const note = await answer(run, /Keep this date\? \(y\/N\)/, '\r');
    expect(note).toContain('milestone "Kick-off" is dated 2026-11-01, before today (2026-11-26)');
    expect(note).toContain('comes before "Public beta" (2026-12-10)');
    // ...and "no" asks for the date again.
    await answer(run, /Date of "Kick-off"/, '2026-11-20\r');
    await answer(run, /is dated 2026-11-20, before today.*Keep this date\? \(y\/N\)/, 'y\r');
    await answer(run, /Milestone 3 name \(empty to finish\):/, '\r');

    const summary = await answer(run, /Write these files\? \(Y\/n\)/, '\r');
    expect(summary).toContain(`specwright will write into ${root}:`);
    for (const file of ['docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.ts', 'docs/features/dark-mode.md']) {
      expect(summary).toContain(`  ${file}\n`);
    }
    // Nothing is written before the confirmation.
    expect(files(root)).toEqual([]);

    await run.waitFor(/Wrote spec 0001-dark-mode for "Dark mode":/);
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
    expect(files(root)).toEqual(FILES);

    const spec = read(root, 'docs/specs/0001-dark-mode.md');
    expect(spec).toContain('# Feature Specification: Dark mode\n');
    expect(spec).toContain('Read at night without glare');
    expect(spec).toContain('1. **FR-1**: Follows the OS colour scheme\n2. **FR-2**: Remembers an explicit choice per device\n');
    expect(spec).not.toContain('**FR-3**');
    expect(spec).toContain('- As a night-shift nurse, I want a dark screen so that patients sleep\n');
    expect(spec).toContain('### Phase 1: Design\n\n- [ ] Colour tokens\n- [ ] Contrast audit\n');
    expect(spec).toContain('### Phase 2: Build\n\n- [ ] Theme provider\n');
    expect(spec).not.toContain('### Phase 3');
    // In date order, not the order typed; the refused and the declined dates are gone.
    expect(spec).toContain('### Milestones\n\n1. **Kick-off** - 2026-11-20\n2. **Public beta** - 2026-12-10\n');
    expect(spec).not.toContain('2026-11-01');
    expect(spec).not.toContain('2026-02-30');
    expect(spec).toMatch(/Owner: Ada Lovelace\n$/);

    const stub = read(root, 'tests/dark-mode.test.ts');
    expect(stub).toContain('import { describe, test } from "@jest/globals";');
    expect(stub).toContain('test.todo("FR-1: Follows the OS colour scheme");');
    expect(stub).toContain('describe("Phase 1: Design", () => {');
    expect(stub).toContain('test.todo("Theme provider");');

    const docs = read(root, 'docs/features/dark-mode.md');
    expect(docs).toContain('# Dark mode\n');
    expect(docs).toContain('[0001-dark-mode](../specs/0001-dark-mode.md)');
  });

  test('answers given as flags are not asked again', async () => {
    const root = repo();
    const run = specwright(root, ['--name', 'Export to CSV', '--owner', 'Grace Hopper']);

    // The first question is the purpose: no name, no owner.
    await answer(run, /Purpose, in one line \(optional\):/, 'Download the table\r');
    await answer(run, /Functional requirement FR-1/, '\r');
    await answer(run, /User story 1/, '\r');
    await answer(run, /Phase 1 name/, '\r');
    await answer(run, /Milestone 1 name/, '\r');
    await answer(run, /Write these files\?/, 'y\r');
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });

    const screen = run.output();
    expect(screen).not.toContain('Feature name:');
    expect(screen).not.toContain('Owner:');
    expect(screen.indexOf('Purpose, in one line')).toBeLessThan(screen.indexOf('Functional requirement'));
    const spec = read(root, 'docs/specs/0001-export-to-csv.md');
    expect(spec).toContain('# Feature Specification: Export to CSV\n');
    expect(spec).toContain('Download the table');
    expect(spec).toMatch(/Owner: Grace Hopper\n$/);
  });

  test('a past milestone given as a flag is pointed out before the confirmation, not taken silently', async () => {
    const root = repo();
    const run = specwright(root, ['--name', 'Dark mode', '--owner', 'Ada', '--milestone', 'Old@2020-01-01']);
    for (const question of [/Purpose/, /Functional requirement FR-1/, /User story 1/, /Phase 1 name/]) {
      await answer(run, question, '\r');
    }
    // The milestone came from the flag: no milestone question, but the warning shows before "Write these files?".
    const screen = await answer(run, /Write these files\?/, '\r');
    expect(screen).not.toContain('Milestone 1 name');
    expect(screen).toMatch(/warning: milestone "Old" is dated 2020-01-01, before today \(2026-11-26\)[^]*Write these files\?/);
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
    expect(read(root, 'docs/specs/0001-dark-mode.md')).toContain('1. **Old** - 2020-01-01\n');
  });

  test.each([
    ['the requirements question', /Functional requirement FR-1/],
    ['the final confirmation', /Write these files\?/],
  ])('Ctrl-C at %s exits 130 and writes nothing', async (_where, stopAt) => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = specwright(root, ['--owner', 'Ada Lovelace']);
    const script: [RegExp, string][] = [
      [/Feature name:/, 'Dark mode\r'],
      [/Purpose, in one line/, 'Read at night\r'],
      [/Functional requirement FR-1/, 'Follows the OS theme\r'],
      [/Functional requirement FR-2/, '\r'],
      [/User story 1/, '\r'],
      [/Phase 1 name/, '\r'],
      [/Milestone 1 name/, '\r'],
    ];
    for (const [question, keys] of script) {
      if (question.source === stopAt.source) break;
      await answer(run, question, keys);
    }
    await answer(run, stopAt, '\x03');

    expect(await run.exit()).toEqual({ exitCode: 130, signal: undefined });
    expect(run.output()).toContain('Interrupted: nothing was written.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('answering "n" at the confirmation exits 1 and writes nothing', async () => {
    const root = repo();
    const before = treeSnapshot(root);
    const run = specwright(root, ['--name', 'Dark mode', '--owner', 'Ada Lovelace', '--purpose', 'Read at night']);
    await answer(run, /Functional requirement FR-1/, 'Follows the OS theme\r');
    await answer(run, /Functional requirement FR-2/, '\r');
    await answer(run, /User story 1/, '\r');
    await answer(run, /Phase 1 name/, '\r');
    await answer(run, /Milestone 1 name/, '\r');
    await answer(run, /Write these files\? \(Y\/n\)/, 'n\r');

    expect(await run.exit()).toEqual({ exitCode: 1, signal: undefined });
    expect(run.output()).toContain('specwright: nothing was written: the files were not confirmed.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a name that already has a spec is refused as it is typed, and another name goes on', async () => {
    const root = repo();
    const first = specwright(root, ['--name', 'Dark mode', '--yes']);
    expect(await first.exit()).toEqual({ exitCode: 0, signal: undefined });
    const run = specwright(root);
    await answer(run, /Feature name:/, 'DARK MODE\r');
    await run.waitFor(/"DARK MODE" already has docs\/specs\/0001-dark-mode\.md, tests\/dark-mode\.test\.ts, docs\/features\/dark-mode\.md: choose another name, or run again with --force/);
    run.type('\x15Light mode\r');
    await answer(run, /Owner:/, '\x03');
    expect(await run.exit()).toEqual({ exitCode: 130, signal: undefined });
  });

  test('a taken name given as a flag fails before the first question', async () => {
    const root = repo();
    expect(await specwright(root, ['--name', 'Dark mode', '--yes']).exit()).toEqual({ exitCode: 0, signal: undefined });
    const run = specwright(root, ['--name', 'Dark mode']);
    expect(await run.exit()).toEqual({ exitCode: 1, signal: undefined });
    expect(run.output()).toContain('"Dark mode" already has docs/specs/0001-dark-mode.md');
    expect(run.output()).not.toContain('Owner:');
  });

  test('--answers - on a terminal reads the answers until Ctrl-D and asks nothing', async () => {
    const root = repo();
    const run = specwright(root, ['--answers', '-']);
    run.type('{"name": "Dark mode", "owner": "Ada"}\r\x04');
    expect(await run.exit()).toEqual({ exitCode: 0, signal: undefined });
    expect(run.output()).not.toMatch(/Purpose|Write these files/);
    expect(files(root)).toEqual(FILES);
  });

  test('with --force, the summary marks the files that would be replaced', async () => {
    const root = repo();
    expect(await specwright(root, ['--name', 'Dark mode', '--yes']).exit()).toEqual({ exitCode: 0, signal: undefined });
    const before = treeSnapshot(root);
    const run = specwright(root, ['--name', 'Dark mode', '--owner', 'Ada', '--purpose', 'p', '--force']);
    for (const question of [/Functional requirement FR-1/, /User story 1/, /Phase 1 name/, /Milestone 1 name/]) await answer(run, question, '\r');
    const summary = await answer(run, /Write these files\?/, 'n\r');
    expect(summary).toContain('docs/specs/0001-dark-mode.md  (replaces the existing file)');
    expect(summary).toContain('tests/dark-mode.test.ts  (replaces the existing file)');
    expect(await run.exit()).toEqual({ exitCode: 1, signal: undefined });
    expect(treeSnapshot(root)).toEqual(before);
  });
});

