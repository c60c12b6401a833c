import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('main', () => {
  test.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    const run = fakeIo(tempDir());
    await expect(main([flag], run.io)).resolves.toBe(0);
    expect(run.stdout()).toBe(`${version}\n`);
  });

  test.each([[['--help']], [['help']], [['help', 'new']], [['new', '--help']]])('%j prints help and exits 0', async (args) => {
    const run = fakeIo(tempDir());
    await expect(main(args, run.io)).resolves.toBe(0);
    expect(run.stdout()).toMatch(/Usage\n {2}specwright new/);
  });

  test('no command prints help and exits 2', async () => {
    const run = fakeIo(tempDir());
    await expect(main([], run.io)).resolves.toBe(2);
  });

  test('an unknown command exits 2 and says what exists', async () => {
    const run = fakeIo(tempDir());
    await expect(main(['nwe'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toContain('unknown command "nwe". Commands: new, list, status, milestone, lint, index, renumber, link, config, init, eject.');
  });

  test('status has its help: usage, the states, examples; the main help lists it', async () => {
    const run = fakeIo(tempDir());
    await expect(main(['help', 'status'], run.io)).resolves.toBe(0);
    expect(run.stdout()).toContain('specwright status <id|slug> <state>');
    expect(run.stdout()).toContain('code-review     Code review');
    expect(run.stdout()).toContain('Examples');
    const main2 = fakeIo(tempDir());
    await expect(main(['--help'], main2.io)).resolves.toBe(0);
    expect(main2.stdout()).toContain('specwright status <spec> <state>');
  });

  test('renumber has its help: usage, what changes, exit codes; the main help lists it; a bad flag points at it', async () => {
    const run = fakeIo(tempDir());
    await expect(main(['renumber', '--help'], run.io)).resolves.toBe(0);
    expect(run.stdout()).toContain('specwright renumber <id|slug> [--to NNNN] [--dry-run] [--json] [--cwd <dir>]');
    expect(run.stdout()).toContain('Exit codes');
    const main2 = fakeIo(tempDir());
    await expect(main(['--help'], main2.io)).resolves.toBe(0);
    expect(main2.stdout()).toContain('specwright renumber <spec>');
    const bad = fakeIo(tempDir());
    await expect(main(['renumber', 'x', '--too', '8'], bad.io)).resolves.toBe(2);
    expect(bad.stderr()).toContain('Run `specwright renumber --help` for the flags.');
    const none = fakeIo(tempDir());
    await expect(main(['renumber'], none.io)).resolves.toBe(2);
    expect(none.stderr()).toContain('renumber takes one spec');
  });

  test('a validation error is one line naming the flag, exit 2, nothing written', async () => {
    const root = tempDir({ git: true });
    const before = treeSnapshot(root);
    const run = fakeIo(root);
    await expect(main(['new', '--name', 'Beta', '--milestone', 'Launch@2026-02-30'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toBe(
      'specwright: --milestone #1 "2026-02-30" is not a day of the calendar; use YYYY-MM-DD (e.g. 2026-12-15) or +N days/weeks/months (+10d, +2w, +1m)\n',
    );
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a bad SPECWRIGHT_TODAY is refused', async () => {
    const run = fakeIo(tempDir({ git: true }), { env: { SPECWRIGHT_TODAY: '2026-02-30' } });
    await expect(main(['new', 'x', '--owner', 'o'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toContain('SPECWRIGHT_TODAY "2026-02-30" is not a YYYY-MM-DD date');
  });

  test('an unexpected error says so, without a stack unless --debug', async () => {
    const root = tempDir({ git: true });
    const broken = fakeIo(root, { signals: { pending: () => undefined, committed: () => false, critical: () => Promise.reject(new Error('boom')) } });
    await expect(main(['new', 'x', '--owner', 'o'], broken.io)).resolves.toBe(1);
    expect(broken.stderr()).toBe('specwright: unexpected error: boom\nRun again with --debug for details, and please report it.\n');
    const debug = fakeIo(root, { signals: { pending: () => undefined, committed: () => false, critical: () => Promise.reject(new Error('boom')) } });
    await expect(main(['new', 'x', '--owner', 'o', '--debug'], debug.io)).resolves.toBe(1);
    expect(debug.stderr()).toMatch(/Error: boom\n\s+at /);
  });

  test('refuses to scaffold into the home folder', async () => {
    const home = tempDir();
    const run = fakeIo(home, { env: { SPECWRIGHT_TODAY: '2026-11-26', HOME: home } });
    await expect(main(['new', 'x', '--owner', 'o'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toContain('refusing to write into your home folder');
    expect(treeSnapshot(home)).toEqual({});
  });
});
