/**
 * The index file of a project: where it goes (the configured specs folder),
 * how the file there compares (missing, current, stale, hand-written,
 * unreadable; CRLF kept), and what another command (renumber) gets to write
 * with its own files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import { readSpecsFolder } from '../../src/specs/read-specs-folder.js';
import { openProject } from '../../src/app/open-project.js';
import { indexAfter, indexPath, indexPlan } from '../../src/app/spec-index-file.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const FIXTURE = fileURLToPath(new URL('../fixtures/index/', import.meta.url));
const GOLDEN = readFileSync(`${FIXTURE}README.md`, 'utf8');
const ENV = { HOME: '/nonexistent' };

function fixtureProject(files: Record<string, string | object> = {}, specsDir = 'docs/specs'): string {
  const root = projectWith(files);
  cpSync(`${FIXTURE}specs`, path.join(root, specsDir), { recursive: true });
  return root;
}

describe('indexPlan', () => {
  test('missing, then current once written, stale once a spec changes', () => {
    const root = fixtureProject();
    const project = openProject(root, ENV);
    expect(indexPath(project)).toBe('docs/specs/README.md');
    const missing = indexPlan(project);
    expect(missing).toEqual({ file: { path: 'docs/specs/README.md', contents: GOLDEN }, state: 'missing', specs: 6 });
    writeFileSync(path.join(root, 'docs/specs/README.md'), GOLDEN);
    expect(indexPlan(project).state).toBe('current');
    const spec = path.join(root, 'docs/specs/0001-dark-mode.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('Owner: Ada Lovelace', 'Owner: Grace Hopper'));
    const stale = indexPlan(project);
    expect(stale.state).toBe('stale');
    expect(stale.file.contents).toBe(GOLDEN.replace('| Ada Lovelace ', '| Grace Hopper '));
  });

  test('an index checked out with CRLF is current with CRLF, and rewritten with CRLF', () => {
    const root = fixtureProject();
    const project = openProject(root, ENV);
    writeFileSync(path.join(root, 'docs/specs/README.md'), GOLDEN.replace(/\n/g, '\r\n'));
    expect(indexPlan(project).state).toBe('current');
    writeFileSync(path.join(root, 'docs/specs/0006-scratch.md'), '# Scratch\n');
    const stale = indexPlan(project);
    expect(stale.state).toBe('stale');
    expect(stale.file.contents).toContain('| Scratch ');
    expect(stale.file.contents.split('\r\n').length).toBe(GOLDEN.split('\n').length);
    expect(stale.file.contents.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  test('a README without the marker is hand-written; a link, a folder or a FIFO there is unreadable', () => {
    const root = fixtureProject({ 'outside.md': GOLDEN });
    const project = openProject(root, ENV);
    const readme = path.join(root, 'docs/specs/README.md');
    writeFileSync(readme, '# Our specs\n\nWritten by hand.\n');
    expect(indexPlan(project).state).toBe('hand-written');
    execFileSync('rm', [readme]);
    symlinkSync(path.join(root, 'outside.md'), readme);
    expect(indexPlan(project)).toMatchObject({ state: 'unreadable', why: expect.stringContaining('symbolic link') });
    execFileSync('rm', [readme]);
    mkdirSync(readme);
    expect(indexPlan(project)).toMatchObject({ state: 'unreadable', why: expect.stringContaining('not a regular file') });
    execFileSync('rmdir', [readme]);
    execFileSync('mkfifo', [readme]);
    expect(indexPlan(project)).toMatchObject({ state: 'unreadable', why: expect.stringContaining('not a regular file') });
  });

  test('the configured specs folder (the root is refused as one: tests/e2e/specs-folder-overlap.test.ts)', () => {
    const root = fixtureProject({ 'specwright.config.json': { specsDir: 'rfcs' } }, 'rfcs');
    expect(indexPlan(openProject(root, ENV))).toMatchObject({ file: { path: 'rfcs/README.md', contents: GOLDEN }, state: 'missing' });
  });
});

describe('indexAfter (for a command that changes specs)', () => {
  test('nothing to write when the folder has no index, when it is current, or when the README is someone else\'s', async () => {
    const root = fixtureProject();
    const project = openProject(root, ENV);
    expect(indexAfter(project, [])).toBeUndefined();
    writeFileSync(path.join(root, 'docs/specs/README.md'), GOLDEN);
    expect(indexAfter(project, [])).toBeUndefined();
    writeFileSync(path.join(root, 'docs/specs/README.md'), '# Hand-written\n');
    expect(indexAfter(project, [])).toBeUndefined();
  });

  test('the index of the specs as they will be, when an index is there to update', async () => {
    const root = fixtureProject();
    const project = openProject(root, ENV);
    writeFileSync(path.join(root, 'docs/specs/README.md'), GOLDEN);
    // As renumber plans it: 0006 becomes 0007, not yet on disk.
    const moved = { path: 'docs/specs/0007-scratch.md', reading: readSpec('0007-scratch.md', 'Some notes, no heading yet.\n'), read: true };
    const file = indexAfter(project, [moved], ['docs/specs/0006-scratch.md']);
    // `before`: the index as read, which it must still be when it is replaced.
    expect(file).toEqual({ path: 'docs/specs/README.md', contents: GOLDEN.replace('[0006](0006-scratch.md)', '[0007](0007-scratch.md)'), before: GOLDEN });
  });
});
