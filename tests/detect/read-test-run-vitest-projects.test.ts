/**
 * vitest projects, read as vitest reads them and never run: `test.projects`
 * (or `test.workspace`) in a config, and a workspace file (code or JSON);
 * folders, config files and inline objects, and what only code could say.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { readTestRun } from '../../src/detect/read-test-run.js';
import { findPackage } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { commandOf } from '../../src/detect/detect-framework.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const DEFAULT = '**/*.{test,spec}.?(c|m)[jt]s?(x)';

function reading(files: Record<string, string | object>, prefix = '', test = 'vitest run') {
  const root = projectWith({ 'package.json': { scripts: { test } }, ...files });
  const project = new ProjectFiles();
  const pkg = findPackage(project, root, root);
  return readTestRun(project, pkg, 'vitest', commandOf(pkg.manifest), prefix);
}

describe('test.projects in a vitest config', () => {
  test('a folder glob and a config file each make one project with vitest defaults, in the package folder', () => {
    const read = reading({ 'vitest.config.ts': "export default defineConfig({ test: { projects: ['packages/*', 'apps/web/vitest.config.ts'] } });\n" }, 'repo/');
    expect(read.run?.selections).toEqual([
      { include: [`repo/packages/*/${DEFAULT}`], exclude: ['repo/packages/*/**/node_modules/**', 'repo/packages/*/**/.git/**'] },
      { include: [`repo/apps/web/${DEFAULT}`], exclude: ['repo/apps/web/**/node_modules/**', 'repo/apps/web/**/.git/**'] },
    ]);
    expect(read.run?.evidence).toBe('the projects in repo/vitest.config.ts');
    expect(read.unplaceable).toBeUndefined();
  });

  test('a JSON config file names its folder too', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { projects: ['e2e/project.json'] } };\n" });
    expect(read.run?.selections[0]?.include).toEqual([`e2e/${DEFAULT}`]);
  });

  test('the older key "workspace" is read as projects', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { workspace: ['lib'] } };\n" });
    expect(read.run?.selections[0]?.include).toEqual([`lib/${DEFAULT}`]);
    expect(read.run?.evidence).toBe('the projects in vitest.config.ts');
  });

  test('an inline project reads its own test block', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { projects: [{ test: { name: 'unit', dir: 'spec', include: ['**/*.unit.ts'], exclude: ['slow/**'] } }] } };\n" });
    expect(read.run?.selections).toEqual([{ include: ['spec/**/*.unit.ts'], exclude: ['spec/slow/**'] }]);
  });

  test('an inline project without a test block takes vitest defaults', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { projects: [{ plugins: [] }] } };\n" });
    expect(read.run?.selections).toEqual([{ include: [DEFAULT], exclude: ['**/node_modules/**', '**/.git/**'] }]);
  });

  test('the paths of the test script filter every project', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { projects: ['a', 'b'] } };\n" }, '', 'vitest run test/unit');
    expect(read.run?.selections.map((s) => s.filters)).toEqual([['test/unit'], ['test/unit']]);
  });

  test('projects computed by code', () => {
    expect(reading({ 'vitest.config.ts': 'export default { test: { projects: listProjects() } };\n' })).toEqual({
      run: undefined,
      unplaceable: 'the projects in vitest.config.ts are computed by code, which specwright reads but never runs',
    });
  });

  test('a project computed by code names it', () => {
    expect(reading({ 'vitest.config.ts': "export default { test: { projects: ['a', makeProject('b')] } };\n" }).unplaceable).toBe(
      "a project in vitest.config.ts (makeProject('b')) is computed by code, which specwright reads but never runs",
    );
  });

  test('a project whose test block is code names it', () => {
    expect(reading({ 'vitest.config.ts': 'export default { test: { projects: [{ test: shared }] } };\n' }).unplaceable).toBe(
      "a project's test in vitest.config.ts is computed by code (shared), which specwright reads but never runs",
    );
  });

  test('a project whose include is code names the key', () => {
    expect(reading({ 'vitest.config.ts': 'export default { test: { projects: [{ test: { include: patterns } }] } };\n' }).unplaceable).toBe(
      'test.include in vitest.config.ts is computed by code (patterns), which specwright reads but never runs',
    );
  });
});

describe('a vitest workspace file', () => {
  test('vitest.workspace.json: a folder and an inline project', () => {
    const read = reading({ 'vitest.workspace.json': '["packages/*", { "test": { "include": ["tests/**/*.test.ts"] } }]\n' }, 'repo/');
    expect(read.run?.selections).toEqual([
      { include: [`repo/packages/*/${DEFAULT}`], exclude: ['repo/packages/*/**/node_modules/**', 'repo/packages/*/**/.git/**'] },
      { include: ['repo/tests/**/*.test.ts'], exclude: ['repo/**/node_modules/**', 'repo/**/.git/**'] },
    ]);
    expect(read.run?.evidence).toBe('the projects in repo/vitest.workspace.json');
  });

  test('vitest.workspace.json that is not JSON is as unreadable as code', () => {
    expect(reading({ 'vitest.workspace.json': '["packages/*",]\n' }).unplaceable).toBe('the projects in vitest.workspace.json are computed by code, which specwright reads but never runs');
  });

  test('vitest.workspace.json that is not a list', () => {
    expect(reading({ 'vitest.workspace.json': '{ "projects": ["a"] }\n' }).unplaceable).toBe('the projects in vitest.workspace.json are computed by code, which specwright reads but never runs');
  });

  test('defineWorkspace([...]) in vitest.workspace.ts, the list alone', () => {
    const read = reading({ 'vitest.workspace.ts': "export default defineWorkspace(['lib', 'app']);\n" });
    expect(read.run?.selections.map((s) => s.include)).toEqual([[`lib/${DEFAULT}`], [`app/${DEFAULT}`]]);
  });

  test('a workspace file that exports no list', () => {
    expect(reading({ 'vitest.workspace.ts': 'export default projects;\n' }).unplaceable).toBe('the projects in vitest.workspace.ts are computed by code, which specwright reads but never runs');
  });

  test('a config file before a workspace file: the config decides', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { include: ['only/**/*.test.ts'] } };\n", 'vitest.workspace.json': '["packages/*"]\n' });
    expect(read.run?.evidence).toBe('include in vitest.config.ts');
  });
});
