/**
 * `specwright eject` through the built bin: it copies the built-in templates
 * into the templates folder, never over a file that is there, and `new`
 * then renders with them exactly as with the built-in ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const TEMPLATES = path.join(process.cwd(), 'templates');
const DIR = '.specwright/templates';

describe('specwright eject', () => {
  test('without names: spec, docs and the stub template of the framework in use, copied byte for byte', async () => {
    const root = projectWith({ 'package.json': { devDependencies: { vitest: '1' } } });
    const result = await runBin(['eject'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`created   ${DIR}/spec.md.hbs`);
    for (const name of ['spec.md', 'docs.md', 'test-vitest']) {
      expect(readFileSync(path.join(root, DIR, `${name}.hbs`), 'utf8')).toBe(readFileSync(path.join(TEMPLATES, `${name}.hbs`), 'utf8'));
    }
    expect(Object.keys(treeSnapshot(root)).filter((f) => f.startsWith(`${DIR}/`) && f.endsWith('.hbs')).sort()).toEqual([`${DIR}/docs.md.hbs`, `${DIR}/spec.md.hbs`, `${DIR}/test-vitest.hbs`]);
  });

  test('named templates only; an existing file is kept, never overwritten; a second run changes nothing', async () => {
    const root = projectWith({ [`${DIR}/spec.md.hbs`]: '# ours\n' });
    const result = await runBin(['eject', 'spec', 'test-mocha'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`kept      ${DIR}/spec.md.hbs (it exists; not overwritten)`);
    expect(readFileSync(path.join(root, DIR, 'spec.md.hbs'), 'utf8')).toBe('# ours\n');
    expect(readFileSync(path.join(root, DIR, 'test-mocha.hbs'), 'utf8')).toBe(readFileSync(path.join(TEMPLATES, 'test-mocha.hbs'), 'utf8'));
    const before = treeSnapshot(root);
    expect((await runBin(['eject', 'spec', 'test-mocha'], { cwd: root })).stdout).toContain('Nothing to eject');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('an unknown name exits 2 listing the templates, and writes nothing', async () => {
    const root = projectWith({});
    const before = treeSnapshot(root);
    const result = await runBin(['eject', 'readme'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no template "readme"');
    expect(result.stderr).toContain('Templates: spec, docs, test, test-jest, test-vitest, test-node, test-mocha, test-ava, test-tap.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('the ejected set renders what the built-in one does; an edit shows in the next spec', async () => {
    const ejected = projectWith({});
    const builtIn = projectWith({});
    expect((await runBin(['eject', 'spec', 'docs', 'test'], { cwd: ejected })).code).toBe(0);
    const args = ['new', 'Dark *mode*', '--owner=Ada', '--requirement', 'Uses <b> & `code`', '--yes'];
    const env = { SPECWRIGHT_TODAY: '2026-11-27' };
    expect((await runBin(args, { cwd: ejected, env })).code).toBe(0);
    expect((await runBin(args, { cwd: builtIn, env })).code).toBe(0);
    for (const file of ['docs/specs/0001-dark-mode.md', 'tests/dark-mode.test.js', 'docs/features/dark-mode.md']) {
      expect(readFileSync(path.join(ejected, file), 'utf8')).toBe(readFileSync(path.join(builtIn, file), 'utf8'));
    }
    const spec = path.join(ejected, DIR, 'spec.md.hbs');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('## Overview', '## Overview\n\nReviewed by {{owner}}.'));
    expect((await runBin(['new', 'Second', '--owner=Ada', '--yes'], { cwd: ejected, env })).code).toBe(0);
    expect(readFileSync(path.join(ejected, 'docs/specs/0002-second.md'), 'utf8')).toContain('Reviewed by Ada.');
  });
});
