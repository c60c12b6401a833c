/**
 * Relations through the built bin in list and index: `link` brings the specs
 * index (written by `specwright index`) up to date in the same write, with a
 * line per related spec; `list` shows the superseded spec as "superseded by".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('relations in list and index', () => {
  test('link updates the index with the relation lines; list says superseded by', async () => {
    const root = projectWith({ 'package.json': { name: 'app' } });
    const env = { SPECWRIGHT_TODAY: '2026-11-01' };
    for (const name of ['Old auth', 'New auth']) expect((await runBin(['new', name, '--owner', 'Ada', '--yes'], { cwd: root, env })).code).toBe(0);
    expect((await runBin(['index'], { cwd: root, env })).code).toBe(0);
    const linked = await runBin(['link', 'new', 'old', '--supersedes'], { cwd: root, env });
    expect(linked.code).toBe(0);
    expect(linked.stdout).toContain('Updated docs/specs/README.md.\n');
    const index = readFileSync(path.join(root, 'docs/specs/README.md'), 'utf8');
    expect(index).toContain('## Relations\n\n- [0001](0001-old-auth.md): superseded by [0002](0002-new-auth.md)\n- [0002](0002-new-auth.md): supersedes [0001](0001-old-auth.md)\n');
    // The index is as `index` would write it now: nothing stale.
    const check = await runBin(['index', '--check'], { cwd: root, env });
    expect(check.code).toBe(0);
    const listed = await runBin(['list'], { cwd: root, env });
    expect(listed.stdout.split('\n')[1]).toMatch(/^0001 +Old auth +Ada +superseded by 0002 /);
  });
});
