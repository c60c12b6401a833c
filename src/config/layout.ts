import type { JournalPlaces } from '../commit/journal.js';
import type { IdStyle, TestExtension, TestStubStyle, TestSuffix } from './config-keys.js';

/**
 * Where a run's files go and how the test stub is written: resolved once per
 * run from defaults, detection, config files and flags (project/resolve-config.ts),
 * and the one source for the model's paths, the existing-spec scan, the
 * journal's allowed folders (crash recovery) and what `config` prints.
 * Folders are relative to the repository root, with forward slashes.
 */
export interface Layout {
  readonly specsDir: string;
  readonly docsDir: string;
  readonly testsDir: string;
  readonly testSuffix: TestSuffix;
  /** The stub's file extension: its language's, or `.mjs`/`.cjs`/`.mts`/`.cts` where the test command's pattern or the existing tests use one. */
  readonly testExtension: TestExtension;
  readonly testStub: TestStubStyle;
  /** true: no test stub is planned or written (`--no-test`, `"testFramework": "none"`); the spec and docs stub are. */
  readonly withoutTestStub?: boolean;
  readonly idStyle: IdStyle;
  readonly templatesDir: string;
  /** The package the run is in (`.` for the root): where its test command runs. */
  readonly packageDir: string;
}

/** The folders a run writes into: what the journal allows and recovery checks. */
export function writtenFolders(layout: Pick<Layout, 'specsDir' | 'docsDir' | 'testsDir'>): string[] {
  return [...new Set([layout.specsDir, layout.testsDir, layout.docsDir])];
}

/**
 * What a journal of this configuration may name, and what its recovery may
 * touch (commit/journal.ts); `testsFolders`: every workspace package's tests
 * folder too (project/tests-folders.ts), where a renumber run from the root edits.
 */
export function journalPlaces(layout: Layout, testsFolders: readonly string[] = []): JournalPlaces {
  const otherTestsTrees = testsFolders.filter((folder) => folder !== layout.testsDir);
  return {
    content: writtenFolders(layout),
    testsTree: layout.testsDir,
    ...(otherTestsTrees.length > 0 ? { otherTestsTrees } : {}),
    templates: layout.templatesDir,
    packages: [...new Set(['.', layout.packageDir])],
  };
}
