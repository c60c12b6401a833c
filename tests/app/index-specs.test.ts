/**
 * What `index` decides from the state of the file at the index's place:
 * --check's problem (or none), and for a run that writes: refuse, nothing to
 * write, or write; the path shown from where the user stands.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { WriteError } from '../../src/base/errors.js';
import { checkSpecIndex, updateSpecIndex } from '../../src/app/index-specs.js';
import { openProject } from '../../src/app/open-project.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const FIXTURE = fileURLToPath(new URL('../fixtures/index/', import.meta.url));
const GOLDEN = readFileSync(`${FIXTURE}README.md`, 'utf8');
const ENV = { HOME: '/nonexistent' };
const GUARD = { pending: () => undefined, committed: () => false, critical: <T>(work: () => T) => work() };
const README = 'docs/specs/README.md';

function fixtureRoot(): string {
  const root = projectWith({ 'package.json': { name: 'app' } });
  cpSync(`${FIXTURE}specs`, path.join(root, 'docs/specs'), { recursive: true });
  return root;
}

function stderr() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return { stream, text: () => text };
}

const readme = (root: string): string => readFileSync(path.join(root, README), 'utf8');

describe('checkSpecIndex', () => {
  test('no problem when the index is current', () => {
    const root = fixtureRoot();
    writeFileSync(path.join(root, README), GOLDEN);
    expect(checkSpecIndex(openProject(root, ENV), stderr().stream)).toEqual({ file: README, plan: expect.objectContaining({ state: 'current', specs: 6 }) });
  });

  test('each other state is a problem naming the file and what to run, and nothing is written', () => {
    const root = fixtureRoot();
    const project = openProject(root, ENV);
    expect(checkSpecIndex(project, stderr().stream).problem).toBe(`${README} is missing.\nRun \`specwright index\` to update it.`);
    writeFileSync(path.join(root, README), GOLDEN.replace('| Ada Lovelace ', '| Grace Hopper '));
    expect(checkSpecIndex(project, stderr().stream).problem).toBe(`${README} is out of date.\nRun \`specwright index\` to update it.`);
    writeFileSync(path.join(root, README), '# Ours\n');
    expect(checkSpecIndex(project, stderr().stream).problem).toBe(`${README} was not written by \`specwright index\`.\nRun \`specwright index --force\` to replace it with the index.`);
    expect(readme(root)).toBe('# Ours\n');
  });

  test('the file is shown from where the user stands, and an unread spec is named on stderr', () => {
    const root = fixtureRoot();
    mkdirSync(path.join(root, 'packages/web'), { recursive: true });
    symlinkSync(path.join(root, 'docs/specs/0005-search.md'), path.join(root, 'docs/specs/0007-linked.md'));
    const err = stderr();
    const checked = checkSpecIndex(openProject(path.join(root, 'packages/web'), ENV), err.stream);
    expect(checked.file).toBe(`../../${README}`);
    expect(checked.problem).toMatch(/^\.\.\/\.\.\/docs\/specs\/README\.md is missing\./);
    expect(err.text()).toMatch(/^specwright: warning: \.\.\/\.\.\/docs\/specs\/0007-linked\.md: .*; indexed by its file name only\n$/);
  });
});

describe('updateSpecIndex', () => {
  test('writes a missing index, then writes nothing while it is current', async () => {
    const root = fixtureRoot();
    const project = openProject(root, ENV);
    expect(await updateSpecIndex(project, false, GUARD, stderr().stream)).toMatchObject({ file: README, written: true, plan: { state: 'missing' } });
    expect(readme(root)).toBe(GOLDEN);
    expect(await updateSpecIndex(project, false, GUARD, stderr().stream)).toMatchObject({ written: false, plan: { state: 'current' } });
  });

  test('a hand-written README is refused (exit 2) and kept, unless forced', async () => {
    const root = fixtureRoot();
    const project = openProject(root, ENV);
    writeFileSync(path.join(root, README), '# Ours\n');
    await expect(updateSpecIndex(project, false, GUARD, stderr().stream)).rejects.toMatchObject({ exitCode: 2, message: `${README} was not written by \`specwright index\`; it was left as it is` });
    expect(readme(root)).toBe('# Ours\n');
    expect(await updateSpecIndex(project, true, GUARD, stderr().stream)).toMatchObject({ written: true, plan: { state: 'hand-written' } });
    expect(readme(root)).toBe(GOLDEN);
  });

  test('an index it cannot read is refused (exit 1), forced or not', async () => {
    const root = fixtureRoot();
    mkdirSync(path.join(root, README));
    const run = updateSpecIndex(openProject(root, ENV), true, GUARD, stderr().stream);
    await expect(run).rejects.toBeInstanceOf(WriteError);
    await expect(run).rejects.toMatchObject({ exitCode: 1 });
    await expect(run).rejects.toThrow(/^docs\/specs\/README\.md: .*not a regular file.*; nothing was written$/);
  });
});
