/**
 * What mocha runs, read from its config as mocha reads it and never run: the
 * "mocha" key, .mocharc.json/.jsonc (comments allowed), .mocharc.yml and
 * .mocharc.js/.cjs; spec, extension and recursive.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { readTestRun } from '../../src/detect/read-test-run.js';
import { findPackage } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { commandOf } from '../../src/detect/detect-framework.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

function reading(files: Record<string, string | object>, options: { prefix?: string; mocha?: object } = {}) {
  const manifest = { scripts: { test: 'mocha' }, ...(options.mocha ? { mocha: options.mocha } : {}) };
  const root = projectWith({ 'package.json': manifest, ...files });
  const project = new ProjectFiles();
  const pkg = findPackage(project, root, root);
  return readTestRun(project, pkg, 'mocha', commandOf(pkg.manifest), options.prefix ?? '');
}

const include = (read: ReturnType<typeof reading>) => read.run?.selections[0]?.include;

describe('the "mocha" key of package.json', () => {
  test('spec, extension and recursive, named with the package', () => {
    const read = reading({}, { mocha: { spec: ['spec', 'more/**/*.spec.js'], extension: ['ts'], recursive: true }, prefix: 'repo/' });
    expect(read).toEqual({
      run: { selections: [{ include: ['repo/spec/**/*.{js,cjs,mjs,ts}', 'repo/more/**/*.spec.js'], exclude: [] }], evidence: 'spec in the "mocha" key of repo/package.json' },
      unplaceable: undefined,
    });
  });

  test('recursive only when it is true', () => {
    expect(include(reading({}, { mocha: { spec: 'spec', recursive: 'yes' } }))).toEqual(['spec/*.{js,cjs,mjs}']);
  });

  test('the key wins over .mocharc.json', () => {
    expect(include(reading({ '.mocharc.json': { spec: 'file' } }, { mocha: { spec: 'key' } }))).toEqual(['key/*.{js,cjs,mjs}']);
  });

  test('a spec that is not strings is as unreadable as code', () => {
    expect(reading({}, { mocha: { spec: { unit: 'test' } } }).unplaceable).toBe('spec in the "mocha" key of package.json is computed by code ({"unit":"test"}), which specwright reads but never runs');
  });
});

describe('.mocharc.json and .mocharc.jsonc', () => {
  test('comment lines are allowed; an extension may start with a dot', () => {
    const text = '{\n  // the unit tests\n  "spec": "test/unit",\n  "extension": [".ts"],\n  "recursive": true\n}\n';
    const read = reading({ '.mocharc.jsonc': text });
    expect(include(read)).toEqual(['test/unit/**/*.{js,cjs,mjs,ts}']);
    expect(read.run?.evidence).toBe('spec in .mocharc.jsonc');
  });

  test('not recursive unless it says true', () => {
    expect(include(reading({ '.mocharc.json': { spec: 'test/unit', recursive: 'true' } }))).toEqual(['test/unit/*.{js,cjs,mjs}']);
  });

  test("a .mocharc.json that is not JSON leaves mocha's default spec", () => {
    const read = reading({ '.mocharc.json': '{ spec: test }\n' });
    expect(read.run).toEqual({ selections: [{ include: ['test/*.{js,cjs,mjs}'], exclude: [] }], evidence: "mocha's default spec (./test)" });
  });

  test('only the first config file mocha reads counts', () => {
    expect(include(reading({ '.mocharc.json': { spec: 'first' }, '.mocharc.yml': 'spec: second\n' }))).toEqual(['first/*.{js,cjs,mjs}']);
  });
});

describe('.mocharc.yml and .mocharc.yaml', () => {
  test('a list of specs, quoted or not, and recursive', () => {
    const read = reading({ '.mocharc.yml': "spec:\n  - 'test/a'\n  - test/b/**/*.js\nrecursive: true\n" }, { prefix: 'repo/' });
    expect(include(read)).toEqual(['repo/test/a/**/*.{js,cjs,mjs}', 'repo/test/b/**/*.js']);
    expect(read.run?.evidence).toBe('spec in repo/.mocharc.yml');
  });

  test('one spec on the line', () => {
    expect(include(reading({ '.mocharc.yaml': 'spec: "tests"\nrecursive: false\n' }))).toEqual(['tests/*.{js,cjs,mjs}']);
  });

  test('files alone: a new test file is never run', () => {
    expect(reading({ '.mocharc.yml': 'spec:\n  - test/a.js\n  - test/b.js\n' }).unplaceable).toBe('spec in .mocharc.yml gives mocha only these files: test/a.js, test/b.js; a new test file is never run');
  });

  test("without spec, mocha's default", () => {
    expect(reading({ '.mocharc.yml': 'timeout: 5000\n' }).run?.evidence).toBe("mocha's default spec (./test)");
  });
});

describe('.mocharc.js and .mocharc.cjs', () => {
  test('spec, extension and recursive of the exported object', () => {
    const read = reading({ '.mocharc.js': "module.exports = {\n  spec: ['unit'],\n  extension: ['ts'],\n  recursive: true,\n};\n" });
    expect(read.run).toEqual({ selections: [{ include: ['unit/**/*.{js,cjs,mjs,ts}'], exclude: [] }], evidence: 'spec in .mocharc.js' });
  });

  test('recursive only when it is the literal true', () => {
    expect(include(reading({ '.mocharc.cjs': "module.exports = { spec: 'unit', recursive: isCI };\n" }))).toEqual(['unit/*.{js,cjs,mjs}']);
  });

  test('a spec only code computes names the key', () => {
    expect(reading({ '.mocharc.js': 'module.exports = { spec: specs };\n' })).toEqual({
      run: undefined,
      unplaceable: 'spec in .mocharc.js is computed by code (specs), which specwright reads but never runs',
    });
  });

  test('a config only code computes, mentioning spec, names its file', () => {
    expect(reading({ '.mocharc.cjs': 'module.exports = build({ spec });\n' }).unplaceable).toBe('the config in .mocharc.cjs is computed by code, which specwright reads but never runs');
  });

  test("a config only code computes, never mentioning spec, leaves mocha's default", () => {
    expect(reading({ '.mocharc.cjs': "module.exports = require('./base.cjs');\n" })).toMatchObject({ run: { evidence: "mocha's default spec (./test)" }, unplaceable: undefined });
  });
});

describe('without a test script', () => {
  test("mocha's default spec, with the config's extensions", () => {
    const root = projectWith({ 'package.json': {}, '.mocharc.json': { extension: ['ts'] } });
    const project = new ProjectFiles();
    const read = readTestRun(project, findPackage(project, root, root), 'mocha', undefined, '');
    expect(read).toEqual({ run: { selections: [{ include: ['test/*.{js,cjs,mjs,ts}'], exclude: [] }], evidence: "mocha's default spec (./test)" }, unplaceable: undefined });
  });
});
