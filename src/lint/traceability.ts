import path from 'node:path';
import type { Requirement } from '../specs/read-spec.js';
import { finding, type Finding } from './lint-rules.js';
import { orphanStub } from './orphan-stubs.js';
import type { TestCitations } from './test-citations.js';
import { unknownRequirement } from './unknown-requirements.js';
import { bareCitation } from './ambiguous-citations.js';

/** How far a requirement is tested: a real test names it, only a todo does, or nothing does. */
export type Coverage = 'tested' | 'todo' | 'untested';

export interface TracedSpec {
  /** Relative to the root. */
  readonly path: string;
  readonly id: string | undefined;
  readonly number: string | undefined;
  readonly requirements: readonly Pick<Requirement, 'id' | 'line'>[];
  /** Stopped in an end state (rejected, superseded): its requirements will never be built, so none is reported untested. */
  readonly stopped?: boolean;
}

export interface CoverageCounts {
  readonly tested: number;
  readonly todo: number;
  readonly untested: number;
}

export interface Traceability {
  /** Per spec, in the order given: each requirement's coverage, by requirement id. */
  readonly coverage: readonly (readonly Coverage[])[];
  readonly counts: readonly CoverageCounts[];
  readonly findings: readonly Finding[];
}

const RANK: Readonly<Record<Coverage, number>> = { untested: 0, todo: 1, tested: 2 };

function requirementNumber(id: string): number {
  return Number(id.slice('FR-'.length));
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The specs a name stands for: a full id (`0007-dark-mode`); else a spec with
 * its slug (renumbered by hand: the slug stayed); else its number (renamed by
 * hand: the number stayed). A sequence number names every spec that has it
 * (two of them after a clash); a date (`20261127`) names a spec only when no
 * other spec has that day.
 */
class SpecNames {
  private readonly byId = new Map<string, number>();
  private readonly byNumber = new Map<number, number[]>();
  private readonly bySlug = new Map<string, number[]>();
  private readonly byPath = new Map<string, number>();

  constructor(specs: readonly TracedSpec[]) {
    specs.forEach((spec, index) => {
      this.byPath.set(spec.path, index);
      if (spec.id !== undefined) {
        this.byId.set(spec.id.toLowerCase(), index);
        const slug = spec.id.slice(spec.id.indexOf('-') + 1).toLowerCase();
        push(this.bySlug, slug, index);
      }
      if (spec.number !== undefined) push(this.byNumber, Number(spec.number), index);
    });
  }

  named(name: string): readonly number[] {
    const byId = this.byId.get(name);
    if (byId !== undefined) return [byId];
    const number = /^\d{4,8}/.exec(name)?.[0];
    if (number === undefined) return [];
    const slug = name.slice(number.length + 1);
    const bySlug = slug === '' ? undefined : this.bySlug.get(slug);
    if (bySlug?.length === 1) return bySlug;
    const byNumber = this.byNumber.get(Number(number)) ?? [];
    return number.length === 8 && byNumber.length > 1 ? [] : byNumber;
  }

  atPath(file: string): number | undefined {
    return this.byPath.get(file);
  }
}

/**
 * Which requirement of which spec the tests name. A test file belongs to the
 * specs its stub header names (without one, the specs whose full ids it
 * names); a spec renamed by hand keeps its tests through its slug or its
 * number (`0007-dark-mode.md` renamed `0008-dark-mode.md` or
 * `0007-night-mode.md`), and its header, then naming no file, is a broken
 * link of the test file.
 * `exists` tells whether a path (relative to the root) is a file; with
 * `specsDir`, a stub whose spec is gone is found too (orphan-stubs.ts).
 */
export function traceRequirements(specs: readonly TracedSpec[], tests: readonly { readonly file: string; readonly citations: TestCitations }[], exists: (file: string) => boolean, specsDir?: string): Traceability {
  const names = new SpecNames(specs);
  const coverage: Coverage[][] = specs.map((spec) => spec.requirements.map(() => 'untested'));
  const index = specs.map((spec) => new Map(spec.requirements.map((r, i) => [requirementNumber(r.id), i])));
  const findings: Finding[] = [];

  const credit = (spec: number, requirement: number, todo: boolean): void => {
    const at = index[spec]!.get(requirement);
    if (at === undefined) return;
    const now: Coverage = todo ? 'todo' : 'tested';
    if (RANK[now] > RANK[coverage[spec]![at]!]) coverage[spec]![at] = now;
  };

  for (const { file, citations } of tests) {
    const own = new Set<number>();
    for (const header of citations.headers) {
      const atPath = names.atPath(path.posix.normalize(header.path));
      if (atPath !== undefined) {
        own.add(atPath);
        continue;
      }
      const named = names.named((header.id ?? path.posix.basename(header.path, '.md')).toLowerCase());
      for (const spec of named) own.add(spec);
      if (named.length === 0 && specsDir !== undefined) findings.push(...orphanStub(file, header, specsDir, exists));
      // Only a header that names one of these specs is theirs to check: a nested example
      // project's stub names a spec of its own.
      if (named.length > 0 && !exists(header.path)) {
        const now = named.map((spec) => specs[spec]!.path).join(' or ');
        findings.push(finding(file, header.line, 'broken-link', `the test names its specification ${header.path}, which is now ${now}`, 'Write the spec\'s path as it is now (`specwright renumber` keeps it right).'));
      }
    }
    // Without a stub's header, the full ids a test names tie it to those specs (a header outranks a mere mention).
    if (citations.headers.length === 0) for (const id of citations.ids) for (const spec of names.named(id)) if (specs[spec]!.id?.toLowerCase() === id) own.add(spec);
    const unknown = new Map<string, number>();
    const missing = new Set<string>();
    const fileIds = new Set(citations.ids);
    const ambiguousLines = new Set<number>();
    for (const mention of citations.mentions) {
      let named = mention.spec === undefined ? undefined : names.named(mention.spec);
      // A number two specs share: the one whose full id the file names, else each of them, and a warning (ambiguous-citations.ts).
      if (named !== undefined && named.length > 1) {
        const bare = bareCitation(file, mention.line, mention.spec!, named, specs, fileIds);
        named = bare.specs;
        if (bare.finding && !ambiguousLines.has(mention.line)) findings.push(bare.finding);
        ambiguousLines.add(mention.line);
      }
      // `2026 FR-1` names no spec: then it is the file's own requirement, if it has a spec.
      const targets = named === undefined || named.length === 0 ? own : named;
      for (const spec of targets) credit(spec, mention.requirement, mention.todo);
      // A requirement none of the cited specs has; a bare `FR-9` only in a stub (its header says whose it is), once per file.
      const cited = named !== undefined && named.length > 0 ? mention.spec : undefined;
      const checked = cited !== undefined || citations.headers.length > 0 ? [...targets] : [];
      const key = `${cited ?? ''} FR-${mention.requirement}`;
      if (checked.length > 0 && !checked.some((spec) => index[spec]!.has(mention.requirement)) && !missing.has(key)) {
        missing.add(key);
        findings.push(unknownRequirement(file, mention.line, cited, mention.requirement, checked.map((spec) => specs[spec]!)));
      }
      if (named?.length === 0 && own.size === 0 && !unknown.has(mention.spec!)) unknown.set(mention.spec!, mention.line);
    }
    for (const [cited, line] of unknown) {
      findings.push(finding(file, line, 'unknown-spec', `the test cites ${cited}, but no spec has that ${/^\d+$/.test(cited) ? 'number' : 'id'}`));
    }
  }

  const counts = coverage.map((list) => ({
    tested: list.filter((c) => c === 'tested').length,
    todo: list.filter((c) => c === 'todo').length,
    untested: list.filter((c) => c === 'untested').length,
  }));
  specs.forEach((spec, s) => {
    if (spec.stopped) return;
    spec.requirements.forEach((requirement, r) => {
      if (coverage[s]![r] !== 'untested') return;
      // A date is shared by the specs of one day: cite the full id.
      const cite = spec.number === undefined ? requirement.id : `${spec.number.length === 8 ? spec.id : spec.number} ${requirement.id}`;
      findings.push(finding(spec.path, requirement.line, 'untested-requirement', `${requirement.id} is named by no test of ${spec.id ?? spec.path}`, `Name ${requirement.id} in the spec's test stub, or cite "${cite}" in any test.`));
    });
  });
  return { coverage, counts, findings };
}
