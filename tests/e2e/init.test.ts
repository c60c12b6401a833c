/**
 * `specwright init` through the built bin: the script is added in the
 * file's own formatting, the config holds what `config` shows with its
 * schema, nothing that exists is changed, and a second run changes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('specwright init', () => {
  test.each([
    ['tabs', '{\n\t"name": "x",\n\t"scripts": {\n\t\t"test": "jest"\n\t}\n}\n', '{\n\t"name": "x",\n\t"scripts": {\n\t\t"test": "jest",\n\t\t"new-spec": "specwright new"\n\t}\n}\n'],
    ['4 spaces', '{\n    "name": "x",\n    "scripts": {\n        "test": "jest"\n    }\n}\n', '{\n    "name": "x",\n    "scripts": {\n        "test": "jest",\n        "new-spec": "specwright new"\n    }\n}\n'],
    ['no final newline', '{\n  "name": "x",\n  "scripts": {\n    "test": "jest"\n  }\n}', '{\n  "name": "x",\n  "scripts": {\n    "test": "jest",\n    "new-spec": "specwright new"\n  }\n}'],
    ['no scripts yet', '{\n  "name": "x",\n  "devDependencies": {\n    "jest": "29.7.0"\n  }\n}\n', '{\n  "name": "x",\n  "devDependencies": {\n    "jest": "29.7.0"\n  },\n  "scripts": {\n    "new-spec": "specwright new"\n  }\n}\n'],
  ])('package.json with %s: the script is added in its own formatting; a second run changes nothing', async (_, before, after) => {
    const root = projectWith({ 'package.json': before });
    const first = await runBin(['init'], { cwd: root });
    expect(first.code).toBe(0);
    expect(read(root, 'package.json')).toBe(after);
    expect(first.stdout).toContain('added     "new-spec": "specwright new" to the scripts of package.json');
    expect(first.stdout).toContain('created   specwright.config.json');
    expect(first.stdout).toContain('Next: npm install --save-dev specwright, then npm run new-spec.');
    const snapshot = treeSnapshot(root);
    const second = await runBin(['init'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Nothing to change.');
    expect(treeSnapshot(root)).toEqual(snapshot);
  });

  test('the config it writes has the schema and the values in use, and validates', async () => {
    const root = projectWith({ 'package.json': { type: 'module', scripts: { test: 'vitest run' } }, 'tsconfig.json': {}, 'test/a.test.ts': '' });
    expect((await runBin(['init'], { cwd: root })).code).toBe(0);
    expect(JSON.parse(read(root, 'specwright.config.json'))).toEqual({
      $schema: './node_modules/specwright/schema/specwright.config.schema.json',
      specsDir: 'docs/specs', docsDir: 'docs/features', idStyle: 'sequence', testsDir: 'test', testFramework: 'vitest', language: 'ts',
    });
    const config = JSON.parse((await runBin(['config', '--json'], { cwd: root })).stdout);
    expect(config.settings.testFramework).toEqual({ value: 'vitest', source: 'config', file: 'specwright.config.json' });
  });

  test('a workspace root leaves framework, language and tests folder to each package', async () => {
    const root = projectWith({ 'package.json': { private: true }, 'pnpm-workspace.yaml': 'packages:\n  - packages/*\n', 'pnpm-lock.yaml': '' });
    const result = await runBin(['init'], { cwd: root });
    expect(JSON.parse(read(root, 'specwright.config.json'))).toEqual({ $schema: expect.any(String), specsDir: 'docs/specs', docsDir: 'docs/features', idStyle: 'sequence' });
    expect(result.stdout).toContain('Next: pnpm add --save-dev --workspace-root specwright, then pnpm run new-spec.');
  });

  test('a pnpm-workspace.yaml that only holds settings (no packages: list) is a single package: the detected keys are written', async () => {
    const root = projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'pnpm-workspace.yaml': 'onlyBuiltDependencies:\n  - esbuild\ncatalog:\n  vitest: ^4.0.0\n', 'pnpm-lock.yaml': '', 'test/a.test.js': '' });
    const result = await runBin(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(read(root, 'specwright.config.json'))).toMatchObject({ testsDir: 'test', testFramework: 'vitest', language: 'js' });
    expect(result.stdout).toContain('Next: pnpm add --save-dev specwright, then pnpm run new-spec.');
  });

  test('in a workspace package: folders as that file says them, the root\'s shared keys left to it, the schema found at the root', async () => {
    const root = projectWith({
      'package.json': { private: true, workspaces: ['packages/*'] },
      'specwright.config.json': { workspaceSpecs: 'package', specsDir: 'rfcs' },
      'packages/web/package.json': { name: 'web', type: 'module', scripts: { test: 'vitest run' } },
      'packages/web/test/a.test.js': '',
    });
    const cwd = path.join(root, 'packages/web');
    expect((await runBin(['init'], { cwd })).code).toBe(0);
    expect(JSON.parse(read(root, 'packages/web/specwright.config.json'))).toEqual({
      $schema: '../../node_modules/specwright/schema/specwright.config.schema.json',
      testsDir: 'test', testFramework: 'vitest', language: 'js',
    });
    const written = await runBin(['new', 'Dark mode', '--owner=Ada', '--json'], { cwd });
    expect(JSON.parse(written.stdout).files).toEqual(['packages/web/rfcs/0001-dark-mode.md', 'packages/web/test/dark-mode.test.js', 'packages/web/docs/features/dark-mode.md']);
  });

  test('in a workspace package of a root without a config: the shared keys too, relative to where specs go', async () => {
    const root = projectWith({ 'package.json': { workspaces: ['packages/*'] }, 'packages/web/package.json': { scripts: { test: 'jest' } } });
    expect((await runBin(['init'], { cwd: path.join(root, 'packages/web') })).code).toBe(0);
    expect(JSON.parse(read(root, 'packages/web/specwright.config.json'))).toMatchObject({ specsDir: 'docs/specs', docsDir: 'docs/features', workspaceSpecs: 'root', testsDir: 'tests' });
  });

  test('a new-spec script with another command and an existing config are kept, and said so', async () => {
    const root = projectWith({ 'package.json': { scripts: { 'new-spec': 'plop spec' } }, 'specwright.config.json': { specsDir: 'rfcs' } });
    const before = treeSnapshot(root);
    const result = await runBin(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: package.json already has a "new-spec" script (plop spec); it is left as it is.');
    expect(result.stdout).toContain('specwright.config.json already configures specwright; it is left as it is.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('without a package.json: exit 2, saying how to make one, nothing written', async () => {
    const root = projectWith({});
    const before = treeSnapshot(root);
    const result = await runBin(['init'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no package.json in');
    expect(result.stderr).toContain('npm init -y');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a package.json that is not JSON: exit 2 naming it, nothing written', async () => {
    const root = projectWith({ 'package.json': '{"name": "x",' });
    const before = treeSnapshot(root);
    const result = await runBin(['init'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('package.json is not valid JSON');
    expect(treeSnapshot(root)).toEqual(before);
  });
});
