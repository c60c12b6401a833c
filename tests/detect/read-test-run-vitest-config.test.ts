/**
 * What vitest runs, read from its config's test block and the command line:
 * dir and root (the config's or vite's), --dir, a test block only code could
 * give, experimental.preParse, and how code is quoted in a message.
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

describe('the folder vitest looks in', () => {
  test('test.dir, said so, with the default include below it', () => {
    expect(reading({ 'vitest.config.ts': "export default { test: { dir: 'spec' } };\n" }, 'repo/')).toEqual({
      run: { selections: [{ include: [`repo/spec/${DEFAULT}`], exclude: ['repo/spec/**/node_modules/**', 'repo/spec/**/.git/**'] }], evidence: 'dir in repo/vitest.config.ts' },
      unplaceable: undefined,
      place: { pattern: `spec/${DEFAULT}`, evidence: 'dir in repo/vitest.config.ts' },
    });
  });

  test('test.root, when there is no dir', () => {
    const read = reading({ 'vitest.config.ts': "export default { test: { root: 'app' } };\n" });
    expect(read.run?.evidence).toBe('root in vitest.config.ts');
    expect(read.place?.pattern).toBe(`app/${DEFAULT}`);
  });

  test("vite's root at the top of the config, when the test block names none", () => {
    const read = reading({ 'vite.config.ts': "export default defineConfig({ root: 'web', test: { globals: true } });\n" });
    expect(read.run?.selections[0]?.include).toEqual([`web/${DEFAULT}`]);
    expect(read.run?.evidence).toBe('root in vite.config.ts');
  });

  test('dir before root', () => {
    expect(reading({ 'vitest.config.ts': "export default { test: { root: 'a', dir: 'b' } };\n" }).place?.pattern).toBe(`b/${DEFAULT}`);
  });

  test('--dir on the command line, without a config', () => {
    expect(reading({}, '', 'vitest run --dir src').run).toEqual({
      selections: [{ include: [`src/${DEFAULT}`], exclude: ['src/**/node_modules/**', 'src/**/.git/**'] }],
      evidence: `vitest's default include (${DEFAULT})`,
    });
  });

  test('a test block in a config whose export is code is still read', () => {
    const text = "const base = { test: { include: ['x/**/*.test.ts'] } };\nexport default mergeConfig(base, other);\n";
    expect(reading({ 'vitest.config.ts': text }).run).toEqual({ selections: [{ include: ['x/**/*.test.ts'], exclude: ['**/node_modules/**', '**/.git/**'] }], evidence: 'include in vitest.config.ts' });
  });

  test('a config without a test block: the defaults', () => {
    expect(reading({ 'vitest.config.mts': 'export default { plugins: [] };\n' }).run?.evidence).toBe(`vitest's default include (${DEFAULT})`);
  });
});

describe('what only code could say', () => {
  test('a test block that is not an object names its code', () => {
    expect(reading({ 'vitest.config.ts': 'export default defineConfig({ test: sharedTest });\n' })).toEqual({
      run: undefined,
      unplaceable: 'test in vitest.config.ts is computed by code (sharedTest), which specwright reads but never runs',
    });
  });

  test('long code is cut to its first 57 characters, then its runs of space folded', () => {
    const code = "makeIncludes(\n  'a-very-long-folder-name',\n  'another-very-long-folder-name',\n)";
    expect(reading({ 'vitest.config.ts': `export default { test: { include: ${code} } };\n` }).unplaceable).toBe(
      "test.include in vitest.config.ts is computed by code (makeIncludes( 'a-very-long-folder-name', 'another-ver...), which specwright reads but never runs",
    );
  });

  test('a test.root that is code', () => {
    expect(reading({ 'vitest.config.ts': 'export default { test: { root: here } };\n' }).unplaceable).toBe('test.root in vitest.config.ts is computed by code (here), which specwright reads but never runs');
  });
});

describe('experimental.preParse', () => {
  test('true leaves out a file of todos: no place for a stub', () => {
    expect(reading({ 'vitest.config.ts': 'export default { test: { experimental: { preParse: true } } };\n' }, 'repo/')).toEqual({
      run: undefined,
      unplaceable: "experimental.preParse in repo/vitest.config.ts leaves out every test file whose tests are all todo, as a new stub's are: vitest would never run it",
    });
  });

  test('false, or options that are code, leave the run as it is', () => {
    expect(reading({ 'vitest.config.ts': 'export default { test: { experimental: { preParse: false } } };\n' }).unplaceable).toBeUndefined();
    expect(reading({ 'vitest.config.ts': 'export default { test: { experimental: options } };\n' }).unplaceable).toBeUndefined();
  });
});
