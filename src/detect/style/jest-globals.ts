import path from 'node:path';
import type { Detected } from '../detect-framework.js';
import type { ProjectFiles } from '../project-files.js';
import type { SourceText } from './tests-style.js';
import { importingJestGlobals } from './tests-style.js';

/**
 * Whether a jest stub imports describe/test from @jest/globals instead of
 * using jest's globals, which a linter with only node's globals reports as
 * undefined (no-undef). Imported where the package declares @jest/globals,
 * or where the existing tests import it; the globals where the existing tests
 * use them (the repository's linter then declares them); with no tests to
 * follow, imported where @jest/globals resolves from node_modules (installed
 * with jest): plain eslint and neostandard then pass, where the globals fail
 * no-undef. (xo reports an undeclared import as extraneous and the globals as
 * undefined alike: only declaring @jest/globals satisfies it.)
 */
export function detectJestGlobals(files: ProjectFiles, declaredIn: string | undefined, sample: readonly SourceText[], testsShown: string, modulesDirs: readonly { readonly dir: string; readonly shown: string }[]): Detected<boolean> {
  if (declaredIn) return { value: true, evidence: `@jest/globals in the dependencies of ${declaredIn}` };
  const importer = importingJestGlobals(sample);
  if (importer) return { value: true, evidence: `${testsShown}${importer} imports @jest/globals` };
  if (sample.length > 0) return { value: false, evidence: `the existing tests in ${testsShown} use jest's globals` };
  const installed = modulesDirs.find(({ dir }) => files.exists(path.join(dir, 'node_modules', '@jest', 'globals', 'package.json')));
  if (installed) return { value: true, evidence: `${installed.shown}node_modules/@jest/globals is installed` };
  return { value: false, evidence: 'no @jest/globals declared, imported or installed' };
}
