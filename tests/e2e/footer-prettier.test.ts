/**
 * The generated footer (Created, Last Updated, Owner) renders as three
 * separate lines in CommonMark, and survives the real prettier with every
 * proseWrap: list, lint and status through the built bin read the spec as
 * before the formatter ran.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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
let lintBefore: { code: number | null; rules: string[] } = { code: -1, rules: [] };

async function lintRules(): Promise<{ code: number | null; rules: string[] }> {
  const result = await runBin(['lint', '--json'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-02' } });
  const { findings } = JSON.parse(result.stdout) as { findings: { rule: string; message: string }[] };
  return { code: result.code, rules: findings.map((f) => `${f.rule}: ${f.message}`).sort() };
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

  test.each([
    ['always', 'the list'],
    ['never', 'the list'],
    ['preserve', 'the list'],
    ['always', "the seed's three plain lines"],
  ])('prettier --prose-wrap %s --write over %s: list, lint and status read it as before', async (wrap, form) => {
    const seedForm = form !== 'the list';
    writeFileSync(path.join(root, SPEC), seedForm ? generated.replace(/^- (Created|Last Updated|Owner):/gm, '$1:') : generated);
    const formatted = await runTool(process.execPath, [PRETTIER, '--prose-wrap', wrap, '--write', SPEC], root);
    expect(formatted.output).not.toMatch(/error/i);
    expect(formatted.code).toBe(0);
    // The seed's plain lines are one paragraph: prettier joins them, then wraps the Owner past 80 columns.
    if (seedForm) expect(readFileSync(path.join(root, SPEC), 'utf8')).toMatch(/\nCreated: 2026-11-01 Last Updated: 2026-11-01 Owner: .+\n.*Lovelace\n$/);

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
