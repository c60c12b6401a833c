import path from 'node:path';
import type { Requirement } from '../specs/read-spec.js';
import { finding, type Finding } from './lint-rules.js';
import type { TestCitations } from './test-citations.js';

/** How far a requirement is tested: a real test names it, only a todo does, or nothing does. */
export type Coverage = 'tested' | 'todo' | 'untested';

export interface TracedSpec {
  /** Relative to the root. */
  readonly path: string;
  readonly id: string | undefined;
  readonly number: string | undefined;
  readonly requirements: readonly Pick<Requirement, 'id' | 'line'>[];
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

/** The specs a name stands for: a full id (`0007-dark-mode`) or a number (`0007`, `7` is not one: numbers are written whole). */
class SpecNames {
  private readonly byId = new Map<string, number>();
  private readonly byNumber = new Map<number, number[]>();
  private readonly byPath = new Map<string, number>();

  constructor(specs: readonly TracedSpec[]) {
    specs.forEach((spec, index) => {
      if (spec.id !== undefined) this.byId.set(spec.id.toLowerCase(), index);
      this.byPath.set(spec.path, index);
      if (spec.number === undefined) return;
      const same = this.byNumber.get(Number(spec.number));
      if (same) same.push(index);
      else this.byNumber.set(Number(spec.number), [index]);
    });
  }

  named(name: string): readonly number[] {
    const byId = this.byId.get(name);
    if (byId !== undefined) return [byId];
    const number = /^\d{4,8}/.exec(name)?.[0];
    return number === undefined ? [] : (this.byNumber.get(Number(number)) ?? []);
  }

  atPath(file: string): number | undefined {
    return this.byPath.get(file);
  }
}

/**
 * Which requirement of which spec the tests name. A test file belongs to the
 * specs its stub header or its full ids name; a renamed spec keeps its tests
 * through its number (`0007-dark-mode.md` renamed `0007-night-mode.md`), and
 * its header, then naming no file, is a broken link of the test file.
 * `exists` tells whether a path (relative to the root) is a file.
 */
export function traceRequirements(specs: readonly TracedSpec[], tests: readonly { readonly file: string; readonly citations: TestCitations }[], exists: (file: string) => boolean): Traceability {
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
      // Only a header that names one of these specs is theirs to check: a nested example
      // project's stub names a spec of its own.
      if (named.length > 0 && !exists(header.path)) {
        const now = named.map((spec) => specs[spec]!.path).join(' or ');
        findings.push(finding(file, header.line, 'broken-link', `the test names its specification ${header.path}, which is now ${now}`, 'Write the spec\'s path as it is now (`specwright renumber` keeps it right).'));
      }
    }
    for (const id of citations.ids) for (const spec of names.named(id)) if (specs[spec]!.id?.toLowerCase() === id) own.add(spec);
    for (const mention of citations.mentions) {
      const targets = mention.spec === undefined ? own : names.named(mention.spec);
      // `2026 FR-1` names no spec: then it is the file's own requirement.
      for (const spec of mention.spec !== undefined && names.named(mention.spec).length === 0 ? own : targets) credit(spec, mention.requirement, mention.todo);
    }
  }

  const counts = coverage.map((list) => ({
    tested: list.filter((c) => c === 'tested').length,
    todo: list.filter((c) => c === 'todo').length,
    untested: list.filter((c) => c === 'untested').length,
  }));
  specs.forEach((spec, s) => {
    spec.requirements.forEach((requirement, r) => {
      if (coverage[s]![r] !== 'untested') return;
      const cite = spec.number === undefined ? requirement.id : `${spec.number} ${requirement.id}`;
      findings.push(finding(spec.path, requirement.line, 'untested-requirement', `${requirement.id} is named by no test of ${spec.id ?? spec.path}`, `Name ${requirement.id} in the spec's test stub, or cite "${cite}" in any test.`));
    });
  });
  return { coverage, counts, findings };
}
