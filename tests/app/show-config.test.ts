import { afterAll, describe, expect, test } from '@jest/globals';
import { showConfig } from '../../src/app/show-config.js';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('showConfig: what `specwright config` lists', () => {
  test('every setting once, in a fixed order: where files go, then how the stub is written, then the rest', () => {
    const root = projectWith({ 'package.json': { type: 'module', scripts: { test: 'vitest run' } } });
    const { settings } = showConfig({ root, config: resolveConfig(root, root) });
    expect(settings.map((setting) => setting.name)).toEqual([
      'specsDir', 'docsDir', 'testsDir', 'testFramework', 'language', 'module', 'testSuffix',
      'quotes', 'avoidEscape', 'semicolons', 'indent', 'tabWidth', 'width', 'trailingCommas', 'bracketSpacing', 'arrowParens', 'lintRules',
      'idStyle', 'templatesDir', 'workspaceSpecs', 'package', 'lint',
    ]);
  });

  test('with jest, how describe and test are reached (imported or globals) comes after the file naming', () => {
    const root = projectWith({ 'package.json': { scripts: { test: 'jest' } } });
    const names = showConfig({ root, config: resolveConfig(root, root) }).settings.map((setting) => setting.name);
    expect(names.slice(names.indexOf('testSuffix'), names.indexOf('testSuffix') + 3)).toEqual(['testSuffix', 'jestGlobals', 'quotes']);
  });

  test('each value with the source it came from: a flag, a detection, a default', () => {
    const root = projectWith({ 'package.json': { type: 'module', scripts: { test: 'vitest run' } } });
    const config = resolveConfig(root, root, { specsDir: 'design/specs' });
    const byName = Object.fromEntries(showConfig({ root, config }).settings.map((setting) => [setting.name, setting]));
    expect(byName.specsDir).toEqual({ name: 'specsDir', value: 'design/specs', source: { kind: 'flag', flag: '--specs-dir' } });
    expect(byName.testFramework).toEqual({ name: 'testFramework', ...config.settings.testFramework });
    expect(byName.testFramework?.source.kind).toBe('detected');
    expect(byName.docsDir?.source).toEqual({ kind: 'default' });
  });
});
