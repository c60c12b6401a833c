/**
 * `specwright config` shows the module syntax the stub is written in: a
 * TypeScript stub imports (its compiler decides what it runs as), so it
 * says esm even in a package without "type": "module"; a JavaScript stub
 * follows the package (require without "type": "module").
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** The stub `new --dry-run` would write, and the module `config --json` shows. */
async function stubAndShown(files: Record<string, string | object>): Promise<{ stub: string; module: { value: string; evidence?: string } }> {
  const root = projectWith(files);
  const preview = await runBin(['new', 'Export', '--owner=Ada', '--requirement=Writes a header', '--dry-run'], { cwd: root });
  const stub = /=== create tests\/export\.test\.[jt]s \(\d+ bytes\)\n([\s\S]*?)(?:\n=== |$)/.exec(preview.stdout)?.[1] ?? '';
  const module = JSON.parse((await runBin(['config', '--json'], { cwd: root })).stdout).settings.module;
  return { stub, module };
}

describe('config shows the module syntax the stub uses', () => {
  test('TypeScript stub: written with import, shown as esm even without "type": "module"; JavaScript stub there: require, cjs', async () => {
    const ts = await stubAndShown({ 'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '30', 'ts-jest': '29', '@jest/globals': '30' } }, 'tsconfig.json': {} });
    expect(ts.stub).toMatch(/^import .* from "@jest\/globals";$/m);
    expect(ts.stub).not.toContain('require(');
    expect(ts.module).toEqual({ value: 'esm', source: 'detected', evidence: 'a TypeScript stub is written with import; the compiler decides what it runs as' });

    const js = await stubAndShown({ 'package.json': { scripts: { test: 'node --test' } } });
    expect(js.stub).toContain('require("node:test")');
    expect(js.module.value).toBe('cjs');
  });
});
