import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { detectCodeStyle } from '../../../src/detect/style/detect-code-style.js';
import { findPackage } from '../../../src/detect/find-package.js';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { projectWith } from '../../helpers/project-files.js';
import { removeTempDirs } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

const SINGLE_NO_SEMI_TEST = "import test from 'node:test'\n\ntest('a', () => {\n  x('b')\n})\n";

function detected(files: Record<string, string | object>) {
  const root = projectWith(files);
  const project = new ProjectFiles();
  const { findings } = detectCodeStyle(project, findPackage(project, root, root), root, () => '', { testsDir: path.join(root, 'test'), extension: 'js' });
  return Object.fromEntries(Object.entries(findings).map(([field, found]) => [field, `${JSON.stringify(found.value)} from ${found.evidence}`]));
}

describe('oxfmt: its own file, prettier\'s options, a width of 100 by default', () => {
  test('.oxfmtrc.json sets what it sets; oxfmt\'s defaults fill the rest', () => {
    expect(detected({ 'package.json': { devDependencies: { oxfmt: '0.80.0' } }, '.oxfmtrc.json': { singleQuote: true } })).toMatchObject({
      quotes: '"single" from .oxfmtrc.json singleQuote',
      width: "100 from oxfmt's default (.oxfmtrc.json does not set it)",
      semicolons: "true from oxfmt's default (.oxfmtrc.json does not set it)",
    });
  });

  test('oxfmt.config.ts is code: never run; the existing tests say, oxfmt\'s defaults fill the rest', () => {
    expect(detected({ 'package.json': {}, 'oxfmt.config.ts': 'export default { singleQuote: true }\n', 'test/a.test.js': SINGLE_NO_SEMI_TEST })).toMatchObject({
      quotes: expect.stringMatching(/^"single" from .*test\/.*; oxfmt\.config\.ts is code, which specwright does not run$/),
      semicolons: expect.stringMatching(/^false from /),
      width: "100 from oxfmt's default (oxfmt.config.ts is code, which specwright does not run)",
    });
  });

  test('a prettier config that is code gives way to a readable .oxfmtrc.json; a readable prettier config wins', () => {
    expect(detected({ 'package.json': {}, '.prettierrc.js': 'module.exports = {}\n', '.oxfmtrc.json': { semi: false } })).toMatchObject({ semicolons: 'false from .oxfmtrc.json semi' });
    expect(detected({ 'package.json': {}, '.prettierrc': '{ "semi": true }', '.oxfmtrc.json': { semi: false } })).toMatchObject({ semicolons: 'true from .prettierrc semi' });
  });

  test('oxfmt run by a script without a configuration: its defaults', () => {
    expect(detected({ 'package.json': { scripts: { lint: 'oxlint src && oxfmt --check src test' } } })).toMatchObject({ width: '100 from oxfmt\'s default (the "lint" script of package.json runs oxfmt, with no configuration)' });
  });
});
