/**
 * The specs folder must hold specs only: lint reports every other Markdown
 * file in it. specsDir "." (the root, with its CHANGELOG.md) or a docsDir
 * that is the specs folder (each docs stub among the specs) made a spec
 * written by `new` fail lint at once; such a layout is refused with exit 2,
 * naming where it was set, before anything is written. Folders that only
 * nest work, and lint clean.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const NEW = ['new', '--name', 'Dark mode', '--owner', 'Ada', '--yes'];
const PACKAGE = { name: 'app', scripts: { test: 'jest' }, devDependencies: { jest: '29.7.0' } };

describe('a specs folder that is the root, or is also the docs folder, is refused', () => {
  test.each([
    ['specsDir "." in the config', { specsDir: '.' }, [], /specwright\.config\.json: specsDir is "\." \(the root itself\)/],
    ['docsDir the same folder as specsDir', { specsDir: 'docs', docsDir: 'docs' }, [], /specwright\.config\.json: specsDir is also docsDir \("docs"\)/],
    ['docsDir set to the default specs folder', { docsDir: './docs/specs/' }, [], /specwright\.config\.json: specsDir is also docsDir \("docs\/specs"\)/],
    ['--specs-dir .', {}, ['--specs-dir', '.'], /--specs-dir: specsDir is "\." \(the root itself\)/],
  ])('%s: new exits 2 naming it, and writes nothing', async (_name, config, flags, message) => {
    const root = projectWith({ 'package.json': PACKAGE, 'specwright.config.json': config, 'CHANGELOG.md': '# Changelog\n' });
    const before = treeSnapshot(root);
    const made = await runBin([...NEW, ...flags], { cwd: root });
    expect(made.code).toBe(2);
    expect(made.stderr).toMatch(message);
    expect(made.stderr).toContain('Give specs a folder of their own');
    expect(treeSnapshot(root)).toEqual(before);
    expect((await runBin(['lint', ...flags], { cwd: root })).code).toBe(2);
  });

  test.each([
    ['docs stubs in a folder inside the specs folder', { specsDir: 'docs', docsDir: 'docs/features' }],
    ['specs in a folder inside the docs folder', { specsDir: 'docs/specs', docsDir: 'docs' }],
    ['specs in the tests folder', { specsDir: 'tests', docsDir: 'docs' }],
  ])('%s: the spec new writes lints clean', async (_name, config) => {
    const root = projectWith({ 'package.json': PACKAGE, 'specwright.config.json': config, 'CHANGELOG.md': '# Changelog\n' });
    expect((await runBin(NEW, { cwd: root })).code).toBe(0);
    const lint = await runBin(['lint'], { cwd: root });
    expect({ code: lint.code, stdout: lint.stdout }).toEqual({ code: 0, stdout: expect.stringContaining('1 spec checked: no findings.') });
  });
});
