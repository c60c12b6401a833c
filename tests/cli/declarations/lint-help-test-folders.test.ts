/**
 * `specwright lint --help` names the folders whose scripts count as tests;
 * lint's walk decides which do. Both come from base/test-folders.ts: this
 * checks that what the help says is what lint does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { LINT_COMMAND } from '../../../src/cli/declarations/lint-declaration.js';
import { renderHelp } from '../../../src/cli/render-help.js';
import { findTestFiles } from '../../../src/lint/test-files.js';
import { removeTempDirs, tempDir } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

test('the test folders lint --help names are the ones whose scripts lint counts as tests', () => {
  const help = renderHelp(LINT_COMMAND).replace(/\s+/g, ' ');
  const named = /scripts under (.+?) folders/.exec(help)?.[1];
  expect(named).toBeDefined();
  const folders = [...named!.matchAll(/([^\s,]+)\//g)].map((match) => match[1]!);
  expect(folders.length).toBeGreaterThan(0);

  const root = tempDir();
  // spec/ holds code as often as tests: lint does not count it, and the help does not name it.
  for (const folder of [...folders, 'spec', 'src']) {
    mkdirSync(path.join(root, folder));
    writeFileSync(path.join(root, folder, 'setup.js'), '\n');
  }
  expect([...findTestFiles(root).files].sort()).toEqual(folders.map((folder) => `${folder}/setup.js`).sort());
});
