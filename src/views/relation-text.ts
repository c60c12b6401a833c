/**
 * Relations between specs as `list` and `index` show them: short, in the
 * order of RELATION_LABELS, one kind after another. Pure.
 */
import { RELATION_LABELS, type RelationKind } from '../specs/spec-relations.js';

export interface ShownRelation {
  readonly kind: RelationKind;
  readonly number: string | undefined;
  readonly id: string | undefined;
}

/** `superseded by 0012` (`0012, 0014` when more than one spec says so), or undefined when none does. */
export function supersededByText(relations: readonly ShownRelation[]): string | undefined {
  const by = relations.filter((r) => r.kind === 'superseded-by');
  return by.length === 0 ? undefined : `superseded by ${by.map((r) => r.number ?? r.id ?? '?').join(', ')}`;
}

/** `supersedes 0003; depends on 0004, 0007`: each kind once, its targets as `shown` writes them. */
export function relationsText<R extends ShownRelation>(relations: readonly R[], shown: (relation: R) => string): string {
  const kinds = Object.keys(RELATION_LABELS) as RelationKind[];
  return kinds
    .flatMap((kind) => {
      const of = relations.filter((r) => r.kind === kind);
      return of.length === 0 ? [] : [`${RELATION_LABELS[kind].toLowerCase()} ${of.map(shown).join(', ')}`];
    })
    .join('; ');
}
