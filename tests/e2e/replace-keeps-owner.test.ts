/**
 * A file specwright replaces (init's package.json, status's spec, renumber's
 * spec and the files citing it, `new --force`) keeps its owner, group and
 * mode: run as root on another user's 0640 file, that user can still read
 * it afterwards. Where a replacement could not keep them (another user's
 * file, run as someone else) or the file is read-only (0444), nothing is
 * written: exit 2, naming the file and why. Other users need root: without
 * it those tests are skipped, and their names say so.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { binForAnotherUser } from '../helpers/bin-for-another-user.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const isRoot = process.geteuid?.() === 0;
const asRoot = isRoot ? test : test.skip;
const NOBODY = 65534;
const MANIFEST = '{\n  "name": "demo",\n  "version": "1.0.0"\n}\n';

const ownerOf = (file: string) => {
  const info = statSync(file);
  return { uid: info.uid, gid: info.gid, mode: (info.mode & 0o7777).toString(8) };
};

/** `nobody` reading the file: what that user gets back, or why not. */
function readAsNobody(file: string): string {
  const read = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'cat', file], { encoding: 'utf8' });
  return read.status === 0 ? read.stdout : `refused: ${read.stderr.trim()}`;
}

/** A repository with a spec and a package.json, every file of it given to nobody:nogroup with mode 0640. */
async function nobodysProject(): Promise<string> {
  const root = tempDir({ git: true });
  // mkdtemp makes it 0700: nobody must be able to reach its own files.
  chmodSync(root, 0o755);
  writeFileSync(path.join(root, 'package.json'), MANIFEST);
  expect((await runBin(['new', 'Dark mode', '--owner=Ada'], { cwd: root })).code).toBe(0);
  for (const file of ['package.json', 'docs/specs/0001-dark-mode.md', 'docs/features/dark-mode.md']) {
    chownSync(path.join(root, file), NOBODY, NOBODY);
    chmodSync(path.join(root, file), 0o640);
  }
  return root;
}

describe('a replaced file keeps its owner, group and mode', () => {
  asRoot.each([
    ['init', ['init'], 'package.json'],
    ['status', ['status', 'dark-mode', 'review'], 'docs/specs/0001-dark-mode.md'],
    ['new --force', ['new', 'Dark mode', '--owner=Grace', '--force'], 'docs/specs/0001-dark-mode.md'],
  ])('%s as root on nobody\'s 0640 file: still nobody:nogroup 0640, and nobody can read its new contents [root: chown, setpriv]', async (_, args, file) => {
    const root = await nobodysProject();
    const before = readFileSync(path.join(root, file), 'utf8');
    const run = await runBin(args, { cwd: root });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const after = readFileSync(path.join(root, file), 'utf8');
    expect(after).not.toBe(before);
    expect(ownerOf(path.join(root, file))).toEqual({ uid: NOBODY, gid: NOBODY, mode: '640' });
    expect(readAsNobody(path.join(root, file))).toBe(after);
  });

  asRoot('renumber as root: the spec under its new number and the docs page citing it stay nobody:nogroup 0640 [root: chown]', async () => {
    const root = await nobodysProject();
    const run = await runBin(['renumber', 'dark-mode', '--to', '7'], { cwd: root });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(path.join(root, 'docs/features/dark-mode.md'), 'utf8')).toContain('0007-dark-mode');
    for (const file of ['docs/specs/0007-dark-mode.md', 'docs/features/dark-mode.md']) {
      expect({ file, ...ownerOf(path.join(root, file)) }).toEqual({ file, uid: NOBODY, gid: NOBODY, mode: '640' });
    }
  });
});

describe('a file whose owner or mode could not be kept is refused before anything is written', () => {
  test.each([
    ['init', ['init'], 'package.json'],
    ['status', ['status', 'dark-mode', 'review'], 'docs/specs/0001-dark-mode.md'],
    ['renumber', ['renumber', 'dark-mode', '--to', '7'], 'docs/specs/0001-dark-mode.md'],
  ])('%s on a read-only (0444) file: exit 2, says it is read-only and how to allow it, nothing changed', async (_, args, file) => {
    const root = tempDir({ git: true });
    writeFileSync(path.join(root, 'package.json'), MANIFEST);
    expect((await runBin(['new', 'Dark mode', '--owner=Ada'], { cwd: root })).code).toBe(0);
    chmodSync(path.join(root, file), 0o444);
    const before = readFileSync(path.join(root, file), 'utf8');
    const run = await runBin(args, { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`specwright: ${file} is read-only (mode 0444); specwright does not replace a read-only file. Nothing was written; make it writable (chmod u+w ${file}) if it is meant to change, and run again.\n`);
    expect(readFileSync(path.join(root, file), 'utf8')).toBe(before);
    expect(ownerOf(path.join(root, file)).mode).toBe('444');
  });

  asRoot('init run by nobody on a package.json root owns, in nobody\'s repository: exit 2, names the owner, the file stays root\'s [root: setpriv]', async () => {
    const root = realpathSync(tempDir());
    chownSync(root, NOBODY, NOBODY);
    const project = path.join(root, 'project');
    const asNobody = (...command: string[]) =>
      spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command], { cwd: project, encoding: 'utf8', env: { ...process.env, HOME: root } });
    mkdirSync(project);
    chownSync(project, NOBODY, NOBODY);
    expect(asNobody('git', 'init', '-q').status).toBe(0);
    writeFileSync(path.join(project, 'package.json'), MANIFEST);
    const run = asNobody(process.execPath, binForAnotherUser(), 'init');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('specwright: package.json belongs to another user (uid 0), and its replacement would be yours; specwright keeps a file\'s owner, so it leaves it. Nothing was written; run as its owner, or ask them to.\n');
    expect(readFileSync(path.join(project, 'package.json'), 'utf8')).toBe(MANIFEST);
    expect(ownerOf(path.join(project, 'package.json'))).toEqual({ uid: 0, gid: 0, mode: '644' });
  });
});
