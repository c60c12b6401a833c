/**
 * `renumber` and what is text, through the built bin: one rule for lint and
 * renumber (src/base/text/text-bytes.ts). A hand-written test saved in Latin-1
 * and one holding a NUL byte both cite the spec: renumber rewrites neither
 * (writing them back would change bytes it cannot read; lint reads the NUL
 * file as binary), leaves them byte for byte, and lists each with its lines
 * and why, on stderr and in --json, while the UTF-8 test stub is renamed.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const LATIN1 = 'tests/cafe.test.js';
const BINARY = 'tests/fixture.test.js';
const STUB = 'tests/export-to-csv.test.js';
let root = '';

// "// Café" in Latin-1 (0xE9 is no UTF-8), then a citation on line 2.
const latin1 = Buffer.concat([Buffer.from('// Caf'), Buffer.from([0xe9]), Buffer.from('\ntest.todo("0001 FR-1: the header row");\n')]);
// A NUL byte on line 1, a citation on line 3.
const binary = Buffer.concat([Buffer.from('const blob = "'), Buffer.from([0]), Buffer.from('";\n\ntest.todo("0001 FR-1 (0001-export-to-csv)");\n')]);

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
  const made = await runBin(['new', 'Export to CSV', '--owner', 'Ada Lovelace', '--requirement', 'Header row', '--yes'], { cwd: root });
  expect(made.code).toBe(0);
  writeFileSync(path.join(root, LATIN1), latin1);
  writeFileSync(path.join(root, BINARY), binary);
});

const bytesOf = (file: string): Buffer => readFileSync(path.join(root, file));

describe('renumber and files that are not editable text', () => {
  test('--dry-run --json lists both citing files as not rewritten, with their lines and why', async () => {
    const run = await runBin(['renumber', '1', '--to', '7', '--dry-run', '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { files: { path: string }[]; notRewritten: { path: string; lines: number[]; why: string }[] };
    expect(result.notRewritten).toEqual([
      { path: LATIN1, lines: [2], why: 'bytes that are not UTF-8' },
      { path: BINARY, lines: [3], why: 'not a text file (it holds NUL bytes)' },
    ]);
    expect(result.files.map((f) => f.path)).toContain(STUB);
    expect(result.files.map((f) => f.path)).not.toContain(LATIN1);
    expect(result.files.map((f) => f.path)).not.toContain(BINARY);
  });

  test('renumber rewrites the stub, leaves both files byte for byte and says so on stderr', async () => {
    const run = await runBin(['renumber', '1', '--to', '7'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `warning: ${LATIN1} cites 0001-export-to-csv (line 2) and was not rewritten: bytes that are not UTF-8. Change it to 0007-export-to-csv by hand.\n` +
        `warning: ${BINARY} cites 0001-export-to-csv (line 3) and was not rewritten: not a text file (it holds NUL bytes). Change it to 0007-export-to-csv by hand.\n`,
    );
    expect(bytesOf(LATIN1).equals(latin1)).toBe(true);
    expect(bytesOf(BINARY).equals(binary)).toBe(true);
    expect(bytesOf(STUB).toString('utf8')).toContain('0007-export-to-csv');
    expect(bytesOf(STUB).toString('utf8')).not.toContain('0001-export-to-csv');
  });

  test('lint follows the same rule: a Latin-1 test is read, a file with a NUL byte is binary and cites nothing', async () => {
    // The same citation of a spec that does not exist, in a UTF-8 file and in one with a NUL byte.
    const cite = 'test.todo("0042 FR-1: nowhere");\n';
    writeFileSync(path.join(root, 'tests/text-cites.test.js'), cite);
    writeFileSync(path.join(root, 'tests/binary-cites.test.js'), Buffer.concat([Buffer.from([0]), Buffer.from(`\n${cite}`)]));
    const run = await runBin(['lint', '--json'], { cwd: root });
    const { findings } = JSON.parse(run.stdout) as { findings: { file: string; rule: string }[] };
    expect(findings).toContainEqual(expect.objectContaining({ file: 'tests/text-cites.test.js', rule: 'unknown-spec' }));
    expect(findings).toContainEqual(expect.objectContaining({ file: LATIN1, rule: 'unknown-spec' }));
    expect(findings.filter((f) => f.file === 'tests/binary-cites.test.js' || f.file === BINARY)).toEqual([]);
  });
});

describe('renumber and citing files it cannot search', () => {
  test('a test over 1 MiB and a linked docs page are listed as not searched, with why, and left as they are', async () => {
    const project = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
    expect((await runBin(['new', 'Export to CSV', '--owner', 'Ada Lovelace', '--yes'], { cwd: project })).code).toBe(0);
    const large = `// 0001-export-to-csv\n${'x'.repeat(1024 * 1024)}\n`;
    writeFileSync(path.join(project, 'tests/large.test.js'), large);
    writeFileSync(path.join(project, 'elsewhere.md'), 'See 0001-export-to-csv.\n');
    symlinkSync('../../elsewhere.md', path.join(project, 'docs/features/linked.md'));

    const dry = await runBin(['renumber', '1', '--to', '7', '--dry-run', '--json'], { cwd: project });
    expect(dry.code).toBe(0);
    const { notSearched } = JSON.parse(dry.stdout) as { notSearched: { path: string; why: string }[] };
    expect(notSearched).toEqual([
      { path: 'docs/features/linked.md', why: expect.stringContaining('symbolic link') },
      { path: 'tests/large.test.js', why: expect.stringContaining('larger than 1 MiB') },
    ]);

    const run = await runBin(['renumber', '1', '--to', '7'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: tests/large.test.js was not searched for citations of 0001-export-to-csv: the file is larger than 1 MiB');
    expect(run.stderr).toContain('warning: docs/features/linked.md was not searched for citations of 0001-export-to-csv: the file is a symbolic link');
    expect(readFileSync(path.join(project, 'tests/large.test.js'), 'utf8')).toBe(large);
    expect(readFileSync(path.join(project, 'elsewhere.md'), 'utf8')).toBe('See 0001-export-to-csv.\n');
  });
});
