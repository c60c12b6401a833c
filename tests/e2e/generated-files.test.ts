import { execFile } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from '@jest/globals';
import { markdownlintFindings, nodesOfType, parseCommonMark, prettierFormat, textOf } from '../helpers/markdown-checks.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const run = promisify(execFile);
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const JEST = path.join(PROJECT, 'node_modules/jest/bin/jest.js');
const TSC = path.join(PROJECT, 'node_modules/typescript/bin/tsc');

const ANSWERS = [
  '--name', 'Users & Groups', '--owner', 'Zoë Ångström', '--purpose', 'Group users; share <b>access</b> & roles.',
  '--requirement', 'Admins create *groups*', '--requirement', 'A user | many groups',
  '--story', 'As an admin, I want groups so that I grant access once',
  '--phase', 'Model: schema; migration', '--phase', 'UI: group page',
  '--milestone', 'Alpha@+1w',
];

/** A generated repository whose node_modules is ours, so jest and tsc resolve as in a real project. */
async function generated(typescript: boolean): Promise<string> {
  const root = tempDir({ git: true });
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'));
  if (typescript) {
    // A TypeScript repository (jest runs .ts through @swc/jest) that declares @jest/globals: the stub imports describe and test from it.
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ type: 'module', scripts: { test: 'jest' }, devDependencies: { jest: '30.5.2', '@swc/jest': '0.2.39', '@jest/globals': '30.5.2' } }));
    writeFileSync(
      path.join(root, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', types: ['node'], skipLibCheck: true, noEmit: true } }),
    );
  }
  const result = await runBin(['new', ...ANSWERS], { cwd: root });
  expect(result.code).toBe(0);
  return root;
}

interface JestJson {
  numFailedTests: number;
  numPassedTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults: { name: string }[];
}

async function jestJson(root: string, config: object): Promise<JestJson> {
  writeFileSync(path.join(root, 'jest.config.json'), JSON.stringify({ rootDir: root, ...config }));
  const { stdout } = await run(process.execPath, [JEST, '--ci', '--json', '--config', path.join(root, 'jest.config.json')], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' },
  });
  return JSON.parse(stdout) as JestJson;
}

// 2 requirements + 1 story + 3 tasks.
const TODOS = 6;

describe('the generated files, checked by the tools that will read them', () => {
  test('jest runs the TypeScript stub: only todos, no failures; tsc type-checks it', async () => {
    const root = await generated(true);
    const report = await jestJson(root, {
      extensionsToTreatAsEsm: ['.ts'],
      transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }] },
    });
    expect(report.testResults.map((r) => path.relative(root, r.name))).toEqual(['tests/users-groups.test.ts']);
    expect(report).toMatchObject({ numFailedTests: 0, numFailedTestSuites: 0, numPassedTests: 0, numTodoTests: TODOS });
    await expect(run(process.execPath, [TSC, '-p', root], { cwd: root })).resolves.toBeDefined();
  });

  test('jest runs the JavaScript stub of a repository without tsconfig.json', async () => {
    const root = await generated(false);
    const report = await jestJson(root, {});
    expect(report.testResults.map((r) => path.relative(root, r.name))).toEqual(['tests/users-groups.test.js']);
    expect(report).toMatchObject({ numFailedTests: 0, numFailedTestSuites: 0, numTodoTests: TODOS });
  });

  test('the spec and docs stub pass markdownlint, are prettier-clean, and show the title as plain text', async () => {
    const root = await generated(false);
    const spec = readFileSync(path.join(root, 'docs/specs/0001-users-groups.md'), 'utf8');
    const docs = readFileSync(path.join(root, 'docs/features/users-groups.md'), 'utf8');
    for (const markdown of [spec, docs]) {
      expect(markdownlintFindings(markdown)).toEqual([]);
      await expect(prettierFormat(markdown)).resolves.toBe(markdown);
    }
    const tree = parseCommonMark(spec);
    expect(textOf(nodesOfType(tree, 'heading')[0]!)).toBe('Feature Specification: Users & Groups');
    expect(nodesOfType(tree, 'html_inline')).toEqual([]);
    expect(spec).not.toMatch(/&amp;|&#x27;|&lt;/);
    const table = spec.split('\n').filter((l) => l.startsWith('| 20'));
    expect(table).toEqual(['| 2026-11-26 | Zoë Ångström | Initial draft |']);
  });
});
