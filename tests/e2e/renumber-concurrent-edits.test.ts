/**
 * `renumber` while another program edits the files it rewrites (an editor,
 * a formatter on save): 60 test files cite the spec, and a real second
 * process keeps adding lines to all of them, in place and by atomic save,
 * for the whole run. Whatever the run's outcome, no line that program wrote
 * may be lost; a run that found a file changed says which and rolls back.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const EDITOR = fileURLToPath(new URL('../fixtures/busy-editor.mjs', import.meta.url));
const SPEC = 'docs/specs/0001-x-feature.md';
const TESTS = Array.from({ length: 60 }, (_, i) => `tests/t${String(i).padStart(2, '0')}.test.ts`);

function project(): string {
  const root = tempDir({ git: true });
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  mkdirSync(path.join(root, 'tests'));
  writeFileSync(path.join(root, SPEC), '# X feature\n\nSpec 0001-x-feature.\n');
  for (const file of TESTS) writeFileSync(path.join(root, file), `// Covers 0001-x-feature.\ntest.todo('x');\n`);
  return root;
}

/** Runs the editor until `during` settles, then stops it and waits for its last edit to land. */
async function whileEditing<T>(root: string, during: () => Promise<T>): Promise<{ result: T; edits: { file: string; line: string }[] }> {
  const log = path.join(root, '..', `${path.basename(root)}-edits.log`);
  const stop = `${log}.stop`;
  const editor = spawn(process.execPath, [EDITOR, log, stop, ...TESTS.map((f) => path.join(root, f))], { stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => editor.on('exit', resolve));
  while (!existsSync(log)) await new Promise((r) => setTimeout(r, 5));
  const result = await during();
  writeFileSync(stop, '');
  expect(await exited).toBe(0);
  const edits = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((row) => {
    const [file, line] = row.split('\t') as [string, string];
    return { file, line };
  });
  return { result, edits };
}

test('60 files edited by another process during the whole run: every edit survives, and a rolled-back run names a changed file', async () => {
  const root = project();
  const { result, edits } = await whileEditing(root, () => runBin(['renumber', '0001-x-feature', '--to', '5'], { cwd: root, timeoutMs: 60000 }));
  expect(edits.length).toBeGreaterThan(TESTS.length);
  const lost = edits.filter(({ file, line }) => !readFileSync(file, 'utf8').includes(line.trim()));
  expect({ lost: lost.length, of: edits.length }).toEqual({ lost: 0, of: edits.length });
  if (result.code === 0) {
    expect(existsSync(path.join(root, 'docs/specs/0005-x-feature.md'))).toBe(true);
  } else {
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specwright: tests\/t\d\d\.test\.ts was changed by another program while specwright was replacing it; that change is kept\./);
    expect(readFileSync(path.join(root, SPEC), 'utf8')).toBe('# X feature\n\nSpec 0001-x-feature.\n');
    expect(existsSync(path.join(root, 'docs/specs/0005-x-feature.md'))).toBe(false);
  }
}, 60000);
