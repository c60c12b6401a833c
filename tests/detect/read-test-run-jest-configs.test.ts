/**
 * What jest runs, read from where jest reads its config (--config, the "jest"
 * key, jest.config.*) and never run: rootDir, roots, testMatch, projects,
 * and what only code could say.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { readTestRun } from '../../src/detect/read-test-run.js';
import { findPackage } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { commandOf } from '../../src/detect/detect-framework.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const JEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];

function reading(files: Record<string, string | object>, options: { prefix?: string; test?: string; jest?: object } = {}) {
  const manifest = { scripts: { test: options.test ?? 'jest' }, ...(options.jest ? { jest: options.jest } : {}) };
  const root = projectWith({ 'package.json': manifest, ...files });
  const project = new ProjectFiles();
  const pkg = findPackage(project, root, root);
  return readTestRun(project, pkg, 'jest', commandOf(pkg.manifest), options.prefix ?? '');
}

describe('a config named by --config', () => {
  test('a JSON config in a folder: <rootDir> is that folder', () => {
    const read = reading({ 'config/jest.json': { testMatch: ['<rootDir>/unit/**/*.test.js'] } }, { test: 'jest --config ./config/jest.json' });
    expect(read).toEqual({
      run: { selections: [{ include: ['config/unit/**/*.test.js'], exclude: ['**/node_modules/**'], within: ['config'] }], evidence: 'testMatch in config/jest.json' },
      unplaceable: undefined,
    });
  });

  test('-c names it too, in the package folder', () => {
    const read = reading({ 'jest.unit.json': { roots: ['<rootDir>/src'] } }, { test: 'jest -c jest.unit.json', prefix: 'repo/' });
    expect(read.run).toEqual({ selections: [{ include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['repo/src'] }], evidence: 'roots in repo/jest.unit.json' });
  });

  test('a config that is not there gives no verdict either way', () => {
    expect(reading({}, { test: 'jest --config jest.ci.js' })).toEqual({ run: undefined, unplaceable: undefined });
  });

  test('a JSON config that is not an object leaves jest defaults', () => {
    expect(reading({ 'jest.ci.json': '[]\n' }, { test: 'jest --config jest.ci.json' }).run?.evidence).toBe("jest's default testMatch");
  });

  test('a JSON config that is not JSON leaves jest defaults', () => {
    expect(reading({ 'jest.ci.json': '{ testMatch: [] }\n' }, { test: 'jest --config jest.ci.json' }).run?.evidence).toBe("jest's default testMatch");
  });

  test('a code config that only running could read names its file', () => {
    expect(reading({ 'jest.ci.js': 'module.exports = makeConfig({ testMatch });\n' }, { test: 'jest --config jest.ci.js' })).toEqual({
      run: undefined,
      unplaceable: 'the config in jest.ci.js is computed by code, which specwright reads but never runs',
    });
  });

  test('the config named wins over the "jest" key', () => {
    const read = reading({ 'jest.ci.json': { testMatch: ['<rootDir>/ci/*.test.js'] } }, { test: 'jest --config=jest.ci.json', jest: { testMatch: ['<rootDir>/key/*.test.js'] } });
    expect(read.run?.selections[0]?.include).toEqual(['ci/*.test.js']);
  });
});

describe('the "jest" key of package.json', () => {
  test('roots under rootDir, named with the package', () => {
    const read = reading({}, { jest: { rootDir: 'lib', roots: ['<rootDir>/src', '<rootDir>/test'] }, prefix: 'repo/' });
    expect(read.run).toEqual({ selections: [{ include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['repo/lib/src', 'repo/lib/test'] }], evidence: 'roots in the "jest" key of repo/package.json' });
  });

  test('testMatch: <rootDir> and plain patterns are under rootDir, a pattern starting with **/ is anywhere', () => {
    const read = reading({}, { jest: { rootDir: 'lib', testMatch: ['<rootDir>/a/*.test.js', 'b/*.test.js', '**/c/*.test.js'] } });
    expect(read.run?.selections[0]?.include).toEqual(['lib/a/*.test.js', 'lib/b/*.test.js', '**/c/*.test.js']);
    expect(read.run?.selections[0]?.within).toEqual(['lib']);
  });

  test('one string is read as a list of one', () => {
    expect(reading({}, { jest: { testMatch: '<rootDir>/only/*.test.js' } }).run?.selections[0]?.include).toEqual(['only/*.test.js']);
  });

  test('a value that is not strings is as unreadable as code, named with its JSON', () => {
    expect(reading({}, { jest: { roots: ['src', 1] } }).unplaceable).toBe('roots in the "jest" key of package.json is computed by code (["src",1]), which specwright reads but never runs');
  });

  test('testRegex gives no verdict either way', () => {
    expect(reading({}, { jest: { testRegex: '/test/.*\\.js$' } })).toEqual({ run: undefined, unplaceable: undefined });
  });

  test('the key wins over jest.config.js', () => {
    const read = reading({ 'jest.config.js': "module.exports = { testMatch: ['<rootDir>/file/*.test.js'] };\n" }, { jest: { testMatch: ['<rootDir>/key/*.test.js'] } });
    expect(read.run?.evidence).toBe('testMatch in the "jest" key of package.json');
  });
});

describe('jest.config files', () => {
  test('jest.config.json is read as JSON', () => {
    const read = reading({ 'jest.config.json': { testMatch: ['<rootDir>/json/*.test.js'] } });
    expect(read.run?.selections[0]?.include).toEqual(['json/*.test.js']);
    expect(read.run?.evidence).toBe('testMatch in jest.config.json');
  });

  test('a code config that says nothing of where tests are leaves jest defaults', () => {
    expect(reading({ 'jest.config.js': "module.exports = require('./jest.base.js');\n" }).run).toEqual({
      selections: [{ include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['.'] }],
      evidence: "jest's default testMatch",
    });
  });

  test('a code config that computes where tests are names its file', () => {
    expect(reading({ 'jest.config.mjs': 'export default await makeConfig({ roots: dirs });\n' }).unplaceable).toBe(
      'the config in jest.config.mjs is computed by code, which specwright reads but never runs',
    );
  });

  test('a code config that computes only rootDir names its file', () => {
    expect(reading({ 'jest.config.js': 'module.exports = makeConfig({ rootDir: dir });\n' }).unplaceable).toBe(
      'the config in jest.config.js is computed by code, which specwright reads but never runs',
    );
  });

  test('an object without a spread and without the keys leaves jest defaults', () => {
    expect(reading({ 'jest.config.js': 'module.exports = { verbose: true };\n' })).toMatchObject({ run: { evidence: "jest's default testMatch" }, unplaceable: undefined });
  });

  test('a spread that may bring the keys names its file', () => {
    expect(reading({ 'jest.config.js': "module.exports = { ...base, verbose: true };\n" }).unplaceable).toBe(
      'the config in jest.config.js takes settings from code (a spread), which specwright reads but never runs',
    );
  });

  test('a spread beside testMatch: testMatch is read', () => {
    expect(reading({ 'jest.config.js': "module.exports = { ...base, testMatch: ['<rootDir>/t/*.test.js'] };\n" }).run?.selections[0]?.include).toEqual(['t/*.test.js']);
  });
});

describe('jest projects', () => {
  test('folders in the "jest" key, <rootDir> or plain, each with jest defaults', () => {
    const read = reading({}, { jest: { projects: ['<rootDir>/packages/a', 'packages/b'] }, prefix: 'repo/' });
    expect(read).toEqual({
      run: {
        selections: [
          { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['repo/packages/a'] },
          { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['repo/packages/b'] },
        ],
        evidence: 'the projects in the "jest" key of repo/package.json',
      },
      unplaceable: undefined,
    });
  });

  test('objects and folders in JSON', () => {
    const read = reading({}, { jest: { projects: [{ testMatch: ['<rootDir>/unit/*.test.js'] }, '<rootDir>/e2e'] } });
    expect(read.run?.selections).toEqual([
      { include: ['unit/*.test.js'], exclude: ['**/node_modules/**'], within: ['.'] },
      { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['e2e'] },
    ]);
    expect(read.run?.evidence).toBe('the projects in the "jest" key of package.json');
  });

  test('objects and folders in a code config: <rootDir> is the config folder, a plain folder is the package folder', () => {
    const config = "module.exports = {\n  projects: [\n    { displayName: 'unit', roots: ['<rootDir>/unit'] },\n    '<rootDir>/e2e',\n    'more',\n  ],\n};\n";
    const read = reading({ 'jest/config.js': config }, { test: 'jest --config jest/config.js' });
    expect(read.run?.selections).toEqual([
      { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['jest/unit'] },
      { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['jest/e2e'] },
      { include: JEST_MATCH, exclude: ['**/node_modules/**'], within: ['more'] },
    ]);
    expect(read.run?.evidence).toBe('the projects in jest/config.js');
  });

  test('a JSON folder name with a quote in it, beside an object', () => {
    const read = reading({}, { jest: { projects: ["<rootDir>/it's", { roots: ['<rootDir>/unit'] }] } });
    expect(read.run?.selections.map((s) => s.within)).toEqual([["it's"], ['unit']]);
  });

  test('projects computed by code', () => {
    expect(reading({ 'jest.config.js': 'module.exports = { projects: getProjects() };\n' })).toEqual({
      run: undefined,
      unplaceable: 'projects in jest.config.js is computed by code (getProjects()), which specwright reads but never runs',
    });
  });

  test('a project computed by code names it', () => {
    expect(reading({ 'jest.config.js': "module.exports = { projects: ['a', makeProject('b')] };\n" }).unplaceable).toBe(
      "a project in jest.config.js (makeProject('b')) is computed by code, which specwright reads but never runs",
    );
  });

  test('a project whose testMatch is code names the key', () => {
    expect(reading({ 'jest.config.js': "module.exports = { projects: ['a', { testMatch: patterns }] };\n" }).unplaceable).toBe(
      'testMatch in jest.config.js is computed by code (patterns), which specwright reads but never runs',
    );
  });

  test('a project with testRegex gives no verdict either way', () => {
    expect(reading({}, { jest: { projects: [{ testRegex: 'spec' }] } })).toEqual({ run: undefined, unplaceable: undefined });
  });
});
