import { readTestCitations } from '../lint/lint-specs.js';
import { testCitations } from '../lint/test-citations.js';
import { isTestFilePath } from '../lint/test-files.js';
import { traceRequirements, type CoverageCounts, type TracedSpec } from '../lint/traceability.js';

/** A file this run is about to write, as it will be. */
export interface PendingFile {
  /** Relative to the root, forward slashes. */
  readonly path: string;
  readonly contents: string;
}

/**
 * Per spec, in the order given: how many of its requirements a real test
 * names, only a todo, or none (lint's traceability over every test file of
 * the repository). What `list` and the index show. Test files among `pending`
 * (a stub `new` writes, citations `renumber` rewrites) are traced as they
 * will be, so an index written in the same run matches the next `index`.
 */
export function requirementTests(root: string, specs: readonly TracedSpec[], pending: readonly PendingFile[] = []): readonly CoverageCounts[] {
  const written = new Map(pending.filter((file) => isTestFilePath(file.path)).map((file) => [file.path, file.contents]));
  const tests = readTestCitations(root).tests.map((test) => {
    const contents = written.get(test.file);
    written.delete(test.file);
    return contents === undefined ? test : { file: test.file, citations: testCitations(contents) };
  });
  for (const [file, contents] of written) tests.push({ file, citations: testCitations(contents) });
  return traceRequirements(specs, tests, () => true).counts;
}
