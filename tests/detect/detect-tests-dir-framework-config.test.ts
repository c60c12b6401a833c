/**
 * Where tests go, as jest's and mocha's own configuration says (the key in
 * package.json, jest.config.*, .mocharc.*), read as text and never run; and a
 * configured folder standing for the folder while the pattern names the files.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectTestsPlace } from '../../src/detect/detect-tests-dir.js';
import type { PackageInfo } from '../../src/detect/find-package.js';
import { ProjectFiles } from '../../src/detect/project-files.js';
import { packageWith as pkg } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const inPackages = () => 'packages/a/';
const place = (info: PackageInfo, framework: 'jest' | 'mocha', configuredDir?: string) => detectTestsPlace(new ProjectFiles(), info, framework, undefined, inPackages, configuredDir);

describe('jest', () => {
  test('testMatch in the "jest" key: the folder, the suffix and the language', () => {
    const found = place(pkg({}, { jest: { testMatch: ['<rootDir>/spec/**/*.spec.ts'] } }), 'jest');
    const evidence = 'testMatch in packages/a/package.json';
    expect(found.dir).toEqual({ value: 'spec', evidence });
    expect(found.suffix).toEqual({ value: '.spec', evidence });
    expect(found.pattern).toEqual({ language: 'ts', extension: 'ts', evidence });
  });

  test('one testMatch string in the "jest" key', () => {
    expect(place(pkg({}, { jest: { testMatch: 'checks/**/*.test.js' } }), 'jest').dir).toEqual({ value: 'checks', evidence: 'testMatch in packages/a/package.json' });
  });

  test('testMatch found anywhere below roots: the folder below the root', () => {
    const found = place(pkg({}, { jest: { roots: ['<rootDir>/src'], testMatch: ['**/__tests__/**/*.js'] } }), 'jest');
    expect(found.dir).toEqual({ value: 'src/__tests__', evidence: 'testMatch and roots in packages/a/package.json' });
  });

  test('roots alone', () => {
    expect(place(pkg({}, { jest: { roots: ['<rootDir>/lib'] } }), 'jest').dir).toEqual({ value: 'lib', evidence: 'roots in packages/a/package.json' });
  });

  test('a "jest" key that says neither leaves it to jest.config.js', () => {
    const found = place(pkg({ 'jest.config.js': "module.exports = { testMatch: ['<rootDir>/unit/**/*.test.js'] };\n" }, { jest: { verbose: true, testMatch: [1] } }), 'jest');
    expect(found.dir).toEqual({ value: 'unit', evidence: 'testMatch in packages/a/jest.config.js' });
  });

  test('roots in jest.config.ts, read as text', () => {
    const found = place(pkg({ 'jest.config.ts': "export default {\n  roots: [\n    '<rootDir>/source',\n  ],\n};\n" }), 'jest');
    expect(found.dir).toEqual({ value: 'source', evidence: 'roots in packages/a/jest.config.ts' });
  });

  test('a quoted key in jest.config.json', () => {
    const found = place(pkg({ 'jest.config.json': '{ "testMatch": ["<rootDir>/t/**/*.spec.mjs"] }\n' }), 'jest');
    expect(found.dir).toEqual({ value: 't', evidence: 'testMatch in packages/a/jest.config.json' });
    expect(found.pattern).toEqual({ language: 'js', extension: 'mjs', evidence: 'testMatch in packages/a/jest.config.json' });
  });

  test('a config file that names neither says nothing', () => {
    expect(place(pkg({ 'jest.config.js': "module.exports = { testEnvironment: 'node' };\n" }), 'jest').dir).toBeUndefined();
  });
});

describe('mocha', () => {
  test('spec in the "mocha" key', () => {
    expect(place(pkg({}, { mocha: { spec: 'spec/**/*.spec.js' } }), 'mocha').dir).toEqual({ value: 'spec', evidence: 'spec in packages/a/package.json' });
  });

  test('the first spec of a list in the "mocha" key', () => {
    expect(place(pkg({}, { mocha: { spec: ['checks/**/*.js', 'more/**/*.js'] } }), 'mocha').dir).toEqual({ value: 'checks', evidence: 'spec in packages/a/package.json' });
  });

  test('a "mocha" key without spec leaves it to .mocharc', () => {
    const found = place(pkg({ '.mocharc.js': "module.exports = { spec: ['tests/unit/**/*.test.js'] };\n" }, { mocha: { timeout: 5000 } }), 'mocha');
    expect(found.dir).toEqual({ value: 'tests/unit', evidence: 'spec in packages/a/.mocharc.js' });
  });

  test('the first item of a YAML list', () => {
    expect(place(pkg({ '.mocharc.yml': "spec:\n  - 'e2e/**/*.js'\n  - other/**/*.js\n" }), 'mocha').dir).toEqual({ value: 'e2e', evidence: 'spec in packages/a/.mocharc.yml' });
  });

  test('an unquoted YAML value', () => {
    expect(place(pkg({ '.mocharc.yaml': 'spec: test/integration\n' }), 'mocha').dir).toEqual({ value: 'test/integration', evidence: 'spec in packages/a/.mocharc.yaml' });
  });

  test('a .mocharc without spec says nothing', () => {
    expect(place(pkg({ '.mocharc.json': '{ "timeout": 5000 }\n' }), 'mocha').dir).toBeUndefined();
  });
});

describe('a configured folder', () => {
  test('stands for the folder: the tests counted are its own, the pattern still names the files', () => {
    const found = place(pkg({ 'test/a.spec.ts': '', 'test/b.spec.ts': '', 'spec/c.spec.ts': '' }, { jest: { testMatch: ['<rootDir>/spec/**/*.spec.ts'] } }), 'jest', 'test');
    expect(found.dir).toBeUndefined();
    expect(found.existing).toEqual({ count: 2, language: 'ts', extension: 'ts', evidence: '2 test file(s) in packages/a/test/' });
    expect(found.suffix).toEqual({ value: '.spec', evidence: 'testMatch in packages/a/package.json' });
  });
});
