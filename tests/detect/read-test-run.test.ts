import { afterAll, describe, expect, test } from '@jest/globals';
import { readTestRun } from '../../src/detect/read-test-run.js';
import { findPackage } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { commandOf } from '../../src/detect/detect-framework.js';
import type { TestFramework } from '../../src/config/config-keys.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function reading(framework: TestFramework, files: Record<string, string | object>, byTestImports = false) {
  const root = projectWith(files);
  const project = new ProjectFiles();
  const pkg = findPackage(project, root, root);
  return readTestRun(project, pkg, framework, commandOf(pkg.manifest), '', byTestImports);
}

describe('where no new test file can be placed where the command runs it, and why', () => {
  test('a config only code can compute names its file and key', () => {
    expect(reading('vitest', { 'package.json': { scripts: { test: 'vitest run' } }, 'vitest.config.ts': 'export default defineConfig({ test: { include: getIncludes() } });\n' })).toEqual({
      run: undefined,
      unplaceable: 'test.include in vitest.config.ts is computed by code (getIncludes()), which specwright reads but never runs',
    });
    expect(reading('jest', { 'package.json': { scripts: { test: 'jest' } }, 'jest.config.js': 'module.exports = { testMatch: [...base.testMatch] };\n' }).unplaceable).toBe(
      'testMatch in jest.config.js is computed by code ([...base.testMatch]), which specwright reads but never runs',
    );
    expect(reading('vitest', { 'package.json': { scripts: { test: 'vitest run' } }, 'vitest.config.ts': 'export default defineConfig({ test: { ...shared } });\n' }).unplaceable).toBe(
      'the test block of vitest.config.ts takes settings from code (a spread), which specwright reads but never runs',
    );
  });

  test('a test script giving only files names the script and the files', () => {
    expect(reading('mocha', { 'package.json': { scripts: { test: 'mocha test.js test.node.js' } } }).unplaceable).toBe('the test script of package.json gives mocha only these files: test.js, test.node.js; a new test file is never run');
    expect(reading('node', { 'package.json': { scripts: { test: 'node --test test/a.test.js' } } }).unplaceable).toBe('the test script of package.json gives node --test only these files: test/a.test.js; a new test file is never run');
  });

  test('a test script that runs no runner specwright knows', () => {
    expect(reading('jest', { 'package.json': { scripts: { test: 'xo && lab' }, devDependencies: { jest: '1' } } }).unplaceable).toBe('the test script of package.json ("xo && lab") runs no test runner specwright knows (jest, vitest, mocha, node --test and its wrappers borp and bnt, ava, tap)');
    // A script of the project's own whose tests import the framework runs it its own way: the framework's defaults say where.
    const own = { 'package.json': { scripts: { test: 'node scripts/run-tests.js' } } };
    expect(reading('vitest', own).unplaceable).toMatch(/runs no test runner specwright knows/);
    expect(reading('vitest', own, true)).toMatchObject({ unplaceable: undefined, run: { evidence: "vitest's default include (**/*.{test,spec}.?(c|m)[jt]s?(x))" } });
    // npm's placeholder chooses no runner: nothing to refuse.
    expect(reading('jest', { 'package.json': { scripts: { test: 'echo "Error: no test specified" && exit 1' } } }).unplaceable).toBeUndefined();
  });
});

describe('what runs, read as the runner reads it', () => {
  test("vitest: include relative to test.dir; vitest's default include without one", () => {
    expect(reading('vitest', { 'package.json': { scripts: { test: 'vitest run' } }, 'vitest.config.ts': "export default { test: { dir: 'tests', include: ['unit/**/*.test.ts'] } };\n" })).toMatchObject({
      run: { selections: [{ include: ['tests/unit/**/*.test.ts'] }], evidence: 'include in vitest.config.ts' },
      place: { pattern: 'tests/unit/**/*.test.ts' },
      unplaceable: undefined,
    });
    expect(reading('vitest', { 'package.json': { scripts: { test: 'vitest run' } } }).run?.selections[0]?.include).toEqual(['**/*.{test,spec}.?(c|m)[jt]s?(x)']);
  });

  test('mocha given folders and files: the folders, not recursive; --recursive goes down', () => {
    expect(reading('mocha', { 'package.json': { scripts: { test: 'mocha --check-leaks test/ test/acceptance/ extra.js' } } }).run?.selections[0]?.include).toEqual(['test/*.{js,cjs,mjs}', 'test/acceptance/*.{js,cjs,mjs}', 'extra.js']);
    expect(reading('mocha', { 'package.json': { scripts: { test: 'mocha --recursive' } } }).run?.selections[0]?.include).toEqual(['test/**/*.{js,cjs,mjs}']);
  });

  test('a jest.config.ts that exports a typed object by its name is data', () => {
    const read = reading('jest', { 'package.json': { scripts: { test: 'jest' } }, 'jest.config.ts': "import type { Config } from 'jest';\n\nconst config: Config = {\n  testMatch: ['<rootDir>/spec/**/*.spec.ts'],\n};\n\nexport default config;\n" });
    expect(read).toMatchObject({ run: { selections: [{ include: ['spec/**/*.spec.ts'] }], evidence: 'testMatch in jest.config.ts' }, unplaceable: undefined });
  });

  test('jest given paths runs only the files under them', () => {
    const read = reading('jest', { 'package.json': { scripts: { test: 'jest test/unit' } } });
    expect(read.run?.selections[0]?.filters).toEqual(['test/unit']);
    expect(read.run?.evidence).toBe("jest's default testMatch and the test script of package.json");
  });

  test('a vitest workspace file of plain strings', () => {
    const read = reading('vitest', { 'package.json': { scripts: { test: 'vitest run' } }, 'vitest.workspace.ts': "export default ['packages/*'];\n" });
    expect(read.run?.selections.map((s) => s.include)).toEqual([['packages/*/**/*.{test,spec}.?(c|m)[jt]s?(x)']]);
  });
});
