/**
 * `renumber` renames a link's text along with its target when the text is
 * the moved spec's old number (`[0001](0001-audit-log.md)` →
 * `[0016](0016-audit-log.md)`), in other specs and in docs, through the built
 * bin; a text someone wrote in words stays, and so does a link to the other
 * spec that keeps the old number.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

let root = '';
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const lastLines = (file: string, count: number): string[] => read(file).trimEnd().split('\n').slice(-count);

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  for (const name of ['Audit log', 'Dark mode']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--yes'], { cwd: root });
    expect(made.code).toBe(0);
  }
  // A merge brought in another 0001, which keeps its number.
  writeFileSync(path.join(root, 'docs/specs/0001-billing.md'), read('docs/specs/0002-dark-mode.md').replace(/^# .*/, '# Billing'));
  appendFileSync(
    path.join(root, 'docs/specs/0002-dark-mode.md'),
    '\nSee [0001](0001-audit-log.md), [`0001`](./0001-audit-log.md#status), [the audit log](0001-audit-log.md) and [0001](0001-billing.md).\n',
  );
  appendFileSync(path.join(root, 'docs/features/dark-mode.md'), '\nAudited as in [0001](../specs/0001-audit-log.md).\n');
});

describe('renumber and the text of links', () => {
  test('a text that is the old number follows the target, in specs and docs; other texts stay', async () => {
    const result = await runBin(['renumber', '0001-audit-log', '--to', '16'], { cwd: root });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lastLines('docs/specs/0002-dark-mode.md', 1)).toEqual([
      'See [0016](0016-audit-log.md), [`0016`](./0016-audit-log.md#status), [the audit log](0016-audit-log.md) and [0001](0001-billing.md).',
    ]);
    expect(lastLines('docs/features/dark-mode.md', 1)).toEqual(['Audited as in [0016](../specs/0016-audit-log.md).']);
  });
});
