import { finding, type Finding } from './lint-rules.js';

/** What the finding needs of a spec (traceability.ts's TracedSpec fits). */
export interface CitedSpec {
  readonly path: string;
  readonly id: string | undefined;
  readonly requirements: readonly { readonly id: string }[];
}

/** Past this many, a spec's requirements are shown as the first few and a count: the message stays one line. */
const SHOWN = 6;

function requirementsOf(spec: CitedSpec): string {
  const ids = spec.requirements.map((r) => r.id);
  const name = spec.id ?? spec.path;
  if (ids.length === 0) return `${name} has no requirements`;
  if (ids.length === 1) return `${name} has only ${ids[0]}`;
  if (ids.length > SHOWN) return `${name} has ${ids.slice(0, SHOWN).join(', ')}, … (${ids.length} in all)`;
  return `${name} has ${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/**
 * A test cites a requirement its spec does not have (`0007 FR-9` where 0007
 * has FR-1 and FR-2): a typo, or a requirement deleted or renumbered in the
 * spec, and the test no longer proves what it claims. Names the spec(s) the
 * citation reached and the requirements they do have, so the fix is a glance.
 * `cited` is the spec as the test wrote it; undefined for a bare `FR-9` of the stub's own spec.
 */
export function unknownRequirement(file: string, line: number, cited: string | undefined, requirement: number, specs: readonly CitedSpec[]): Finding {
  const citation = `${cited === undefined ? '' : `${cited} `}FR-${requirement}`;
  return finding(file, line, 'unknown-requirement', `the test cites ${citation}, which no spec has: ${specs.map(requirementsOf).join('; ')}`);
}
