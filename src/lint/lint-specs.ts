import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IsoDate } from '../text/dates.js';
import { readBytes, specFiles } from '../specs/read-specs-folder.js';
import { brokenLinks, markdownLinks } from './broken-links.js';
import { duplicateNumbers, type NumberedSpec } from './duplicate-numbers.js';
import type { Finding } from './lint-rules.js';
import { specFindings } from './spec-findings.js';
import { testCitations } from './test-citations.js';
import { findTestFiles } from './test-files.js';
import { traceRequirements, type CoverageCounts, type TracedSpec } from './traceability.js';

export interface LintPlaces {
  readonly root: string;
  readonly specsDir: string;
  readonly docsDir: string;
}

export interface LintResult {
  /** Every spec read, in number order. */
  readonly specs: readonly TracedSpec[];
  /** Per spec (same order): how many of its requirements have a test, a todo, nothing. */
  readonly coverage: readonly CoverageCounts[];
  /** Sorted by file, then line. */
  readonly findings: readonly Finding[];
  readonly testFiles: number;
  /** The search for test files stopped early (a huge tree). */
  readonly testsTruncated: boolean;
}

const decoder = new TextDecoder('utf-8');

/** The tests' citations of requirements, with the files they came from (regular files under 1 MiB, never through a link). */
export function readTestCitations(root: string): { tests: { file: string; citations: ReturnType<typeof testCitations> }[]; truncated: boolean } {
  const found = findTestFiles(root);
  const tests = found.files.flatMap((file) => {
    const bytes = readBytes(path.join(root, file));
    return typeof bytes === 'string' ? [] : [{ file, citations: testCitations(decoder.decode(bytes)) }];
  });
  return { tests, truncated: found.truncated };
}

/**
 * Every rule over every spec of the specs folder: each spec read once (only
 * what the rules across specs need is kept), its docs stub's links checked,
 * then the numbers compared and the requirements traced to the tests.
 */
export function lintSpecs(places: LintPlaces, today: IsoDate): LintResult {
  const { root, specsDir, docsDir } = places;
  const findings: Finding[] = [];
  const specs: (TracedSpec & NumberedSpec)[] = [];
  const seen = new Map<string, boolean>();
  const docsRead = new Set<string>();
  for (const file of specFiles(root, specsDir)) {
    const { reading } = file;
    // Listed, so it exists: links to it (a docs stub's, most often) need no lstat.
    seen.set(file.path, true);
    findings.push(...specFindings(file, today), ...brokenLinks(root, file.path, reading.links, seen));
    specs.push({ path: file.path, id: reading.id, number: reading.number, requirements: reading.requirements.map((r) => ({ id: r.id, line: r.line })) });
    if (reading.slug !== undefined) {
      const docs = path.posix.join(docsDir, `${reading.slug}.md`);
      if (docsRead.has(docs)) continue;
      docsRead.add(docs);
      const bytes = readBytes(path.join(root, docs));
      if (typeof bytes !== 'string') findings.push(...brokenLinks(root, docs, markdownLinks(decoder.decode(bytes)), seen));
    }
  }
  findings.push(...duplicateNumbers(specs));
  const { tests, truncated } = readTestCitations(root);
  const traced = traceRequirements(specs, tests, (file) => existsSync(path.join(root, file)));
  findings.push(...traced.findings);
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { specs, coverage: traced.counts, findings, testFiles: tests.length, testsTruncated: truncated };
}
