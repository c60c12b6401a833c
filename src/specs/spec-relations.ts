/**
 * Relations between specs, as the footer lists them: one list item per kind,
 * its targets links to the other specs' files, written in both specs:
 *
 *     - Supersedes: [0003](0003-old-auth.md)
 *     - Depends on: [0004](0004-x.md), [0007](0007-y.md)
 *
 * Pure. The reader (read-spec.ts) hands each footer list item here; the
 * links were read already (spec-links.ts), so this only names their kind.
 */
import { specFileName } from './spec-file-name.js';
import type { SpecLink } from './spec-links.js';

export type RelationKind = 'supersedes' | 'superseded-by' | 'depends-on' | 'depended-on-by' | 'relates-to';

export interface Relation {
  readonly kind: RelationKind;
  /** The link's target as written (`0003-old-auth.md`). */
  readonly target: string;
  /** The target's file name (its path's last part), and its id and number when that name is a spec's. */
  readonly file: string;
  readonly id: string | undefined;
  readonly number: string | undefined;
  readonly line: number;
}

/** Each kind's label in the footer, in the order a spec lists them. */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  supersedes: 'Supersedes',
  'superseded-by': 'Superseded by',
  'depends-on': 'Depends on',
  'depended-on-by': 'Depended on by',
  'relates-to': 'Relates to',
};

/**
 * What the other spec says of this one. Every kind is written in both specs,
 * `depends-on` too: the spec others need then says so (before it is withdrawn
 * or rewritten), and lint checks every relation from either end alike.
 */
export const INVERSE: Readonly<Record<RelationKind, RelationKind>> = {
  supersedes: 'superseded-by',
  'superseded-by': 'supersedes',
  'depends-on': 'depended-on-by',
  'depended-on-by': 'depends-on',
  'relates-to': 'relates-to',
};

/** `Superseded by:`, any case, spaces or hyphens between the words, in bold or not. */
const RELATION_KEY = /^(?:\*\*|__)?(supersedes|superseded[ \t-]+by|depends[ \t-]+on|depended[ \t-]+on[ \t-]+by|relates?[ \t-]+to)[ \t]*(?:\*\*|__)?[ \t]*:/i;

function kindOf(key: string): RelationKind {
  const words = key.toLowerCase().split(/[ \t-]+/);
  if (words[0] === 'supersedes') return 'supersedes';
  if (words[0] === 'superseded') return 'superseded-by';
  if (words[0] === 'depends') return 'depends-on';
  if (words[0] === 'depended') return 'depended-on-by';
  return 'relates-to';
}

/**
 * The relations a list item states, when its content (`data` from `start`)
 * starts with a relation key: every link on its lines (`links`: the links
 * read from `first` to `last`) is one. Undefined when the item is no relation.
 */
export function relationsOfItem(data: string, start: number, links: readonly SpecLink[]): Relation[] | undefined {
  const key = RELATION_KEY.exec(data.slice(start, start + 40));
  if (!key) return undefined;
  const kind = kindOf(key[1]!);
  return links
    .filter((link) => !link.image)
    .map((link) => {
      const file = link.target.slice(link.target.lastIndexOf('/') + 1).replace(/[?#].*$/, '');
      const named = specFileName(file);
      return { kind, target: link.target, file, id: named?.id, number: named?.number, line: link.line };
    });
}
