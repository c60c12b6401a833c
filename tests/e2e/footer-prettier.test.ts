/**
 * The generated footer (Created, Last Updated, Owner) renders as three
 * separate lines in CommonMark, and survives the real prettier with every
 * proseWrap: list, lint and status through the built bin read the spec as
 * before the formatter ran.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { nodesOfType, parseCommonMark, textOf } from '../helpers/markdown-checks.js';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { runTool } from '../helpers/run-tool.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { assertToolchainsInstalled, TOOLCHAIN_MODULES } from '../helpers/toolchains.js';

afterAll(removeTempDirs);

const SPEC = 'docs/specs/0001-dark-mode.md';
const PRETTIER = path.join(TOOLCHAIN_MODULES, 'prettier', 'bin', 'prettier.cjs');
const FOOTER = ['Created: 2026-11-01', 'Last Updated: 2026-11-01', 'Owner: Ada Lovelace Byron, Countess of Lovelace'];
let root = '';
let generated = '';
let lintBefore = { code: -1, rules: [] as string[] };

async function lintRules(): Promise<{ code: number; rules: string[] }> {
  const result = await runBin(['lint', '--json'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-02' } });
  const findings = JSON.parse(result.stdout) as { findings?: { rule: string }[] } | { rule: string }[];
  const list = Array.isArray(findings) ? findings : (findings.findings ?? []);
  return { code: result.code, rules: list.map((f) => f.rule).sort() };
}

beforeAll(async () => {
  assertToolchainsInstalled();
  root = projectWith({ 'package.json': { name: 'app' } });
  // A long owner, so that a joined footer is past prettier's 80 columns and gets wrapped.
  const made = await runBin(['new', 'Dark mode', '--owner', 'Ada Lovelace Byron, Countess of Lovelace', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-01' } });
  expect(made.code).toBe(0);
  generated = readFileSync(path.join(root, SPEC), 'utf8');
  copyFileSync(path.join(root, SPEC), path.join(root, 'generated.md.txt'));
  lintBefore = await lintRules();
});

describe('the generated footer', () => {
  test('renders as three separate lines, one per fact', () => {
    const tree = parseCommonMark(generated);
    const rules = nodesOfType(tree, 'thematic_break');
    const after = rules[rules.length - 1]!.next;
    expect(after?.type).toBe('list');
    const items = nodesOfType(after!, 'item').map(textOf);
    expect(items).toEqual(FOOTER);
  });

  test.each(['always', 'never', 'preserve'])('prettier --prose-wrap %s --write: list, lint and status read it as before', async (wrap) => {
    copyFileSync(path.join(root, 'generated.md.txt'), path.join(root, SPEC));
    const formatted = await runTool(process.execPath, [PRETTIER, '--prose-wrap', wrap, '--write', SPEC], root);
    expect(formatted.output).not.toMatch(/error/i);
    expect(formatted.code).toBe(0);

    const listed = await runBin(['list', '--json'], { cwd: root });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ owner: FOOTER[2]!.slice('Owner: '.length), created: '2026-11-01', lastUpdated: '2026-11-01' })]);
    expect(await lintRules()).toEqual(lintBefore);

    const moved = await runBin(['status', '1', 'review'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-20' } });
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    const relisted = JSON.parse((await runBin(['list', '--json'], { cwd: root })).stdout) as { lastUpdated: string; status: string }[];
    expect(relisted[0]).toMatchObject({ lastUpdated: '2026-11-20', status: 'review' });
  });
});
