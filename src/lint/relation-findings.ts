/**
 * Relations between specs (specs/spec-relations.ts), checked across the
 * specs folder: each leads to a spec (`broken-relation`), is written in both
 * specs (`one-sided-relation`, repaired by `specwright link`), and no spec
 * depends on itself through others (`dependency-cycle`). Linear in the
 * relations: specs are found by path in a map, cycles by Tarjan's algorithm,
 * without recursion.
 */
import type { Relation, RelationKind } from '../specs/spec-relations.js';
import { INVERSE, RELATION_LABELS } from '../specs/spec-relations.js';
import type { SpecLink } from '../specs/spec-links.js';
import { linkedPath } from './broken-links.js';
import { finding, type Finding } from './lint-rules.js';

export interface RelatedSpec {
  /** Relative to the root. */
  readonly path: string;
  readonly id: string | undefined;
  readonly number: string | undefined;
  /** What the rules need of each relation (lint keeps these for every spec: no more than that). */
  readonly relations: readonly Pick<Relation, 'kind' | 'target' | 'line'>[];
}

/** The `link` that writes a relation of `kind` from `spec` to `other` (an inverse kind is written from the other end). */
function linkCommand(kind: RelationKind, spec: string, other: string): string {
  switch (kind) {
    case 'supersedes':
      return `specwright link ${spec} ${other} --supersedes`;
    case 'superseded-by':
      return `specwright link ${other} ${spec} --supersedes`;
    case 'depends-on':
      return `specwright link ${spec} ${other} --depends-on`;
    case 'depended-on-by':
      return `specwright link ${other} ${spec} --depends-on`;
    case 'relates-to':
      return `specwright link ${spec} ${other} --relates`;
  }
}

/** A spec's links that are its relations: checked by the rules here, not as plain links (one finding, not two). */
export function linksBesideRelations(links: readonly SpecLink[], relations: readonly Pick<Relation, 'target' | 'line'>[]): readonly SpecLink[] {
  if (relations.length === 0) return links;
  const related = new Set(relations.map((r) => `${r.line}\n${r.target}`));
  return links.filter((link) => !related.has(`${link.line}\n${link.target}`));
}

const nameOf = (spec: RelatedSpec): string => spec.id ?? spec.path;

/** Every relation's findings: broken, one-sided, and the cycles of depends-on. */
export function relationFindings(specs: readonly RelatedSpec[]): Finding[] {
  const byPath = new Map(specs.map((spec) => [spec.path, spec]));
  const found: Finding[] = [];
  /** Depends-on edges, from either end (a one-sided relation is still a dependency). */
  const needs = new Map<RelatedSpec, Set<RelatedSpec>>();
  const depends = (from: RelatedSpec, to: RelatedSpec): void => {
    const set = needs.get(from);
    if (set) set.add(to);
    else needs.set(from, new Set([to]));
  };
  /** The line of each spec's first depends-on relation to another: where a cycle is reported. */
  const dependsLine = new Map<string, number>();
  // Every relation as `from, kind, to` (paths): whether the other side is written is one lookup, whatever a spec's count of relations.
  const written = new Set<string>();
  /** Each relation's target path, resolved once. */
  const targets = specs.map((spec) =>
    spec.relations.map((relation) => {
      const target = linkedPath(spec.path, relation.target);
      written.add(`${spec.path}\n${relation.kind}\n${target ?? ''}`);
      return target;
    }),
  );
  for (const [s, spec] of specs.entries()) {
    for (const [r, relation] of spec.relations.entries()) {
      const label = RELATION_LABELS[relation.kind];
      const target = targets[s]![r];
      const other = target === undefined ? undefined : byPath.get(target);
      if (!other) {
        found.push(finding(spec.path, relation.line, 'broken-relation', `"${label}: ${relation.target}" leads to no spec: ${target === undefined ? 'the link names no file' : `there is no spec ${target}`}`));
        continue;
      }
      if (other === spec) {
        found.push(finding(spec.path, relation.line, 'broken-relation', `"${label}: ${relation.target}" names the spec itself`, 'Delete the link, or point it at the other spec.'));
        continue;
      }
      const inverse = INVERSE[relation.kind];
      if (!written.has(`${other.path}\n${inverse}\n${spec.path}`)) {
        found.push(
          finding(
            spec.path,
            relation.line,
            'one-sided-relation',
            `${nameOf(spec)} says "${label}" ${nameOf(other)}, but ${other.path} does not say "${RELATION_LABELS[inverse]}" ${nameOf(spec)}`,
            `Write the other side: ${linkCommand(relation.kind, nameOf(spec), nameOf(other))}`,
          ),
        );
      }
      if (relation.kind === 'depends-on') {
        depends(spec, other);
        if (!dependsLine.has(spec.path)) dependsLine.set(spec.path, relation.line);
      } else if (relation.kind === 'depended-on-by') depends(other, spec);
    }
  }
  for (const cycle of dependencyCycles(specs, needs)) {
    const first = cycle[0]!;
    const named = [...cycle, first].map((spec) => spec.number ?? nameOf(spec)).join(' → ');
    found.push(
      finding(first.path, dependsLine.get(first.path) ?? 0, 'dependency-cycle', `the specs depend on each other in a cycle: ${named}`, `Remove one "Depends on" link of the cycle (and its "Depended on by" in the other spec).`),
    );
  }
  return found;
}

/**
 * One cycle per strongly connected component of more than one spec, starting
 * at its first spec in `specs` order and following edges inside it until a
 * spec comes back (Tarjan's algorithm, with an explicit stack).
 */
function dependencyCycles(specs: readonly RelatedSpec[], needs: ReadonlyMap<RelatedSpec, ReadonlySet<RelatedSpec>>): RelatedSpec[][] {
  const order = new Map(specs.map((spec, i) => [spec, i]));
  const index = new Map<RelatedSpec, number>();
  const low = new Map<RelatedSpec, number>();
  const onStack = new Set<RelatedSpec>();
  const stack: RelatedSpec[] = [];
  const components: RelatedSpec[][] = [];
  let next = 0;
  for (const start of needs.keys()) {
    if (index.has(start)) continue;
    const frames: { spec: RelatedSpec; edges: Iterator<RelatedSpec> }[] = [];
    const enter = (spec: RelatedSpec): void => {
      index.set(spec, next);
      low.set(spec, next++);
      stack.push(spec);
      onStack.add(spec);
      frames.push({ spec, edges: (needs.get(spec) ?? new Set()).values() });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const step = frame.edges.next();
      if (!step.done) {
        const to = step.value;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.spec, Math.min(low.get(frame.spec)!, index.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.spec, Math.min(low.get(parent.spec)!, low.get(frame.spec)!));
      if (low.get(frame.spec) !== index.get(frame.spec)) continue;
      const component: RelatedSpec[] = [];
      let member: RelatedSpec;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.spec);
      if (component.length > 1) components.push(component);
    }
  }
  return components.map((component) => {
    const inside = new Set(component);
    let at = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    const path: RelatedSpec[] = [];
    const visited = new Map<RelatedSpec, number>();
    // Every spec of the component has an edge inside it: walking them (the first in `specs` order) comes back to a spec.
    while (!visited.has(at)) {
      visited.set(at, path.length);
      path.push(at);
      const edges = [...needs.get(at)!].filter((to) => inside.has(to));
      at = edges.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    }
    return path.slice(visited.get(at)!);
  });
}
