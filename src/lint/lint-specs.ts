import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IsoDate } from '../base/text/dates.js';
import { readBytes, specFiles } from '../specs/read-specs-folder.js';
import { SPEC_FILE_NAME_FORMS, SPECS_INDEX_FILE, specFileName } from '../specs/spec-file-name.js';
import { specsFolderNames } from '../specs/specs-folder-names.js';
import { listFolder } from '../base/list-folder.js';
import { brokenLinks, linkedPath, markdownLinks } from './broken-links.js';
import { duplicateNumbers, type NumberedSpec } from './duplicate-numbers.js';
import { finding, type Finding } from './lint-rules.js';
import { linksBesideRelations, relationFindings, type RelatedSpec } from './relation-findings.js';
import { specFindings } from './spec-findings.js';
import { emptyDocsStub, openAtState } from './open-at-state.js';
import { BUILT_IN_LIFECYCLE } from '../specs/lifecycle.js';
import { isCheckedState } from '../specs/open-items.js';
import { testCitations } from './test-citations.js';
import { findTestFiles } from './test-files.js';
import { testsNotRun, type RunOf } from './tests-not-run.js';
import { isBinary } from '../base/text/text-bytes.js';
import type { Lifecycle } from '../specs/lifecycle.js';
import { traceRequirements, type TracedSpec } from './traceability.js';

export interface LintPlaces {
  readonly root: string;
  readonly specsDir: string;
  readonly docsDir: string;
  /** What the test command of the package holding a file runs, when known: lint's test-not-run. */
  readonly runOf?: RunOf;
  /** The states the specs' Status items name (the team template's, else the built-in). */
  readonly lifecycle?: Lifecycle;
}

export interface LintResult {
  /** Every spec read, in number order. */
  readonly specs: readonly TracedSpec[];
  /** Sorted by file, then line. */
  readonly findings: readonly Finding[];
  /** The search for test files stopped early (a huge tree). */
  readonly testsTruncated: boolean;
  /** The files read besides the specs, relative to the root: what `lint <path>` outside the specs folder checks (lint-reach.ts). */
  readonly docsStubs: readonly string[];
  readonly testFiles: readonly string[];
}

const decoder = new TextDecoder('utf-8');

/**
 * The tests' citations of requirements, with the files they came from
 * (regular files under 1 MiB, never through a link; not a binary file, by
 * the rule renumber also follows: text-bytes.ts).
 */
export function readTestCitations(root: string): { tests: { file: string; citations: ReturnType<typeof testCitations> }[]; truncated: boolean } {
  const found = findTestFiles(root);
  const tests = found.files.flatMap((file) => {
    const bytes = readBytes(path.join(root, file));
    return typeof bytes === 'string' || isBinary(bytes) ? [] : [{ file, citations: testCitations(decoder.decode(bytes)) }];
  });
  return { tests, truncated: found.truncated };
}

/** Markdown files in the specs folder that no command reads, since their names are not a spec's (README.md, the index, aside). */
function misnamedSpecs(specsDir: string, names: readonly string[]): Finding[] {
  return names
    .filter((name) => /\.md$/i.test(name) && !name.startsWith('.') && name.toLowerCase() !== SPECS_INDEX_FILE.toLowerCase() && specFileName(name) === undefined)
    .map((name) => finding(path.posix.join(specsDir, name), 0, 'file-name', `${name} is in the specs folder, but its name is not a spec's (${SPEC_FILE_NAME_FORMS})`));
}

/**
 * The links of the docs stubs: the Markdown files of the docs folder that
 * link into the specs folder. Found by what they link to, not by name, so the
 * stub of a spec renamed by hand is still checked.
 */
function docsStubLinks(root: string, specsDir: string, docsDir: string, seen: Map<string, boolean>, stubs: string[]): Finding[] {
  const found: Finding[] = [];
  const specsPrefix = specsDir === '.' ? '' : `${specsDir}/`;
  for (const name of listFolder(path.join(root, docsDir))) {
    // Specs are checked as specs, where the docs folder is the specs folder.
    if (!/\.md$/i.test(name) || name.startsWith('.') || (docsDir === specsDir && specFileName(name))) continue;
    const file = path.posix.join(docsDir, name);
    const bytes = readBytes(path.join(root, file));
    if (typeof bytes === 'string' || isBinary(bytes)) continue;
    const links = markdownLinks(decoder.decode(bytes));
    if (!links.some((link) => linkedPath(file, link.target)?.startsWith(specsPrefix))) continue;
    stubs.push(file);
    found.push(...brokenLinks(root, file, links, seen));
  }
  return found;
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
  const related: RelatedSpec[] = [];
  // Specs at testing or later: what they still have open is known once the tests are traced.
  const checked: { at: number; path: string; line: number; state: string; slug: string | undefined; tasks: { done: number; total: number } }[] = [];
  const lifecycle = places.lifecycle ?? BUILT_IN_LIFECYCLE;
  for (const file of specFiles(root, specsDir, places.lifecycle)) {
    const { reading } = file;
    // Listed, so it exists: links to it (a docs stub's, most often) need no lstat.
    seen.set(file.path, true);
    findings.push(...specFindings(file, today), ...brokenLinks(root, file.path, linksBesideRelations(reading.links, reading.relations), seen));
    // Targets copied: a slice of the spec's text would keep the whole text alive until every spec is read.
    related.push({ path: file.path, id: reading.id, number: reading.number, relations: reading.relations.map((r) => ({ kind: r.kind, target: ` ${r.target}`.slice(1), line: r.line })) });
    const current = reading.currentStatus;
    if (file.read && isCheckedState(lifecycle, current)) {
      const tasks = { done: 0, total: 0 };
      for (const phase of reading.phases) {
        tasks.done += phase.done;
        tasks.total += phase.tasks.length;
      }
      checked.push({ at: specs.length, path: file.path, line: current!.line, state: current!.label, slug: reading.slug, tasks });
    }
    specs.push({ path: file.path, id: reading.id, number: reading.number, requirements: reading.requirements.map((r) => ({ id: r.id, line: r.line })), stopped: reading.currentStatus?.end === true });
  }
  const docsStubs: string[] = [];
  findings.push(...misnamedSpecs(specsDir, specsFolderNames(root, specsDir)), ...docsStubLinks(root, specsDir, docsDir, seen, docsStubs), ...duplicateNumbers(specs), ...relationFindings(related));
  const { tests, truncated } = readTestCitations(root);
  const traced = traceRequirements(specs, tests, (file) => existsSync(path.join(root, file)), specsDir);
  findings.push(...traced.findings, ...(places.runOf ? testsNotRun(tests, specs, places.runOf) : []));
  for (const spec of checked) findings.push(...openAtState(spec.path, spec.line, spec.state, { tasks: spec.tasks, tests: traced.counts[spec.at], emptyDocs: emptyDocsStub(root, docsDir, spec.slug) }));
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { specs, findings, testsTruncated: truncated, docsStubs, testFiles: tests.map((test) => test.file) };
}
