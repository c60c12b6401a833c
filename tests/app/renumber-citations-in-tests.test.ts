/**
 * How renumber rewrites the citations of a spec in test files, apart from the
 * rest of the command: the full id everywhere, the bare number (`0002 FR-1`)
 * in tests only and only while no other spec keeps that number. A dry run:
 * the result lists every changed line, before and after.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { openProject } from '../../src/app/open-project.js';
import { renumberSpec, type RenumberResult } from '../../src/app/renumber-spec.js';
import type { SignalGuard } from '../../src/app/signal-guard.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const ENV = { HOME: '/nonexistent' };
const SPEC = '# Export to CSV\n\n- **FR-1**: The header row.\n';
const TEST_FILE = 'tests/csv-export.test.js';
const CITING_TEST = ['test.todo("exports (0002-export-to-csv)");', '// 0002 FR-1: the header row', 'expect(code).toBe("0002");', ''].join('\n');

/** A dry run writes nothing, so nothing may enter a critical section. */
const DRY_RUN_GUARD: SignalGuard = {
  pending: () => undefined,
  committed: () => false,
  critical: () => Promise.reject(new Error('a dry run must not write')),
};

async function renumberDry(files: Record<string, string>): Promise<RenumberResult> {
  const root = projectWith({ 'package.json': { name: 'app', private: true }, ...files });
  return renumberSpec(openProject(root, ENV), '0002-export-to-csv', { to: '0005', dryRun: true }, DRY_RUN_GUARD, new PassThrough());
}

const linesOf = (result: RenumberResult, file: string) => result.files.find((changed) => changed.path === file)?.lines;

describe('renumber rewrites citations in tests', () => {
  test('no other spec keeps the number: the full id and the bare number before a requirement are renamed, a plain "0002" stays', async () => {
    const result = await renumberDry({ 'docs/specs/0002-export-to-csv.md': SPEC, [TEST_FILE]: CITING_TEST });
    expect(linesOf(result, TEST_FILE)).toEqual([
      { line: 1, before: 'test.todo("exports (0002-export-to-csv)");', after: 'test.todo("exports (0005-export-to-csv)");' },
      { line: 2, before: '// 0002 FR-1: the header row', after: '// 0005 FR-1: the header row' },
    ]);
    expect(result.ambiguous).toEqual([]);
  });

  test('another spec keeps the number, and the file names both full ids: only the full id is renamed; the bare citation stays and is reported with its line', async () => {
    const both = `// and 0002-dark-mode\n${CITING_TEST}`;
    const result = await renumberDry({ 'docs/specs/0002-export-to-csv.md': SPEC, 'docs/specs/0002-dark-mode.md': '# Dark mode\n', [TEST_FILE]: both });
    expect(linesOf(result, TEST_FILE)).toEqual([{ line: 2, before: 'test.todo("exports (0002-export-to-csv)");', after: 'test.todo("exports (0005-export-to-csv)");' }]);
    expect(result.keptBy).toEqual(['0002-dark-mode']);
    expect(result.ambiguous).toEqual([{ path: TEST_FILE, lines: [3] }]);
  });

  test('another spec keeps the number: a file naming neither full id is left and reported; one naming only this spec is renamed; one naming only the other is the other\'s', async () => {
    const neither = 'tests/neither.test.js';
    const other = 'tests/dark.test.js';
    const result = await renumberDry({
      'docs/specs/0002-export-to-csv.md': SPEC,
      'docs/specs/0002-dark-mode.md': '# Dark mode\n',
      [TEST_FILE]: CITING_TEST,
      [neither]: '// 0002 FR-1\n',
      [other]: '// 0002-dark-mode\n// 0002 FR-1\n',
    });
    expect(linesOf(result, TEST_FILE)).toEqual([
      { line: 1, before: 'test.todo("exports (0002-export-to-csv)");', after: 'test.todo("exports (0005-export-to-csv)");' },
      { line: 2, before: '// 0002 FR-1: the header row', after: '// 0005 FR-1: the header row' },
    ]);
    expect(linesOf(result, neither)).toBeUndefined();
    expect(linesOf(result, other)).toBeUndefined();
    expect(result.ambiguous).toEqual([{ path: neither, lines: [1] }]);
  });

  test('a bare citation in another spec is not a test: left as it is, while the full id there is renamed', async () => {
    const other = 'See 0002-export-to-csv.\n\nDepends on 0002 FR-1.\n';
    const result = await renumberDry({ 'docs/specs/0002-export-to-csv.md': SPEC, 'docs/specs/0003-import.md': other });
    expect(linesOf(result, 'docs/specs/0003-import.md')).toEqual([{ line: 1, before: 'See 0002-export-to-csv.', after: 'See 0005-export-to-csv.' }]);
  });
});
