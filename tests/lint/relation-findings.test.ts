/**
 * The relation rules over specs as read: a relation to no spec is an error,
 * one written on one side only a warning whose hint is the `link` that
 * repairs it, and a depends-on cycle an error naming it; two sides written
 * find nothing; no plain broken-link beside a broken relation.
 */
import { describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import { linksBesideRelations, relationFindings, type RelatedSpec } from '../../src/lint/relation-findings.js';

const spec = (id: string, ...footer: string[]): RelatedSpec => {
  const reading = readSpec(`${id}.md`, ['# Feature Specification: X', '', '---', '', '- Owner: Ada', ...footer, ''].join('\n'));
  return { path: `docs/specs/${id}.md`, id, number: id.slice(0, 4), relations: reading.relations };
};
const brief = (specs: RelatedSpec[]) => relationFindings(specs).map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}: ${f.message} | ${f.hint}`);

describe('relation rules', () => {
  test('both sides written, every kind: no finding', () => {
    expect(brief([
      spec('0003-old-auth', '- Superseded by: [0012](0012-new-auth.md)', '- Depended on by: [0012](0012-new-auth.md)'),
      spec('0012-new-auth', '- Supersedes: [0003](0003-old-auth.md)', '- Depends on: [0003](0003-old-auth.md)', '- Relates to: [0005](0005-z.md)'),
      spec('0005-z', '- Relates to: [0012](0012-new-auth.md)'),
    ])).toEqual([]);
  });

  test('a relation to a spec that is not there, and one to the spec itself: errors', () => {
    expect(brief([spec('0012-new-auth', '- Supersedes: [0003](0003-old-auth.md)', '- Relates to: [0012](0012-new-auth.md)')])).toEqual([
      'docs/specs/0012-new-auth.md:6 broken-relation error: "Supersedes: 0003-old-auth.md" leads to no spec: there is no spec docs/specs/0003-old-auth.md | Point the link at the spec as it is named now (`specwright list`), or delete it.',
      'docs/specs/0012-new-auth.md:7 broken-relation error: "Relates to: 0012-new-auth.md" names the spec itself | Delete the link, or point it at the other spec.',
    ]);
  });

  test('one side only: a warning whose hint is the link that writes the other side', () => {
    expect(brief([spec('0003-old-auth', '- Superseded by: [0012](0012-new-auth.md)'), spec('0012-new-auth')])).toEqual([
      'docs/specs/0003-old-auth.md:6 one-sided-relation warning: 0003-old-auth says "Superseded by" 0012-new-auth, but docs/specs/0012-new-auth.md does not say "Supersedes" 0003-old-auth | Write the other side: specwright link 0012-new-auth 0003-old-auth --supersedes',
    ]);
  });

  test('a depends-on cycle is named once, from either end of the links', () => {
    const found = brief([
      spec('0003-a', '- Depends on: [0005](0005-b.md)', '- Depended on by: [0007](0007-c.md)'),
      spec('0005-b', '- Depends on: [0007](0007-c.md)', '- Depended on by: [0003](0003-a.md)'),
      spec('0007-c', '- Depended on by: [0005](0005-b.md)', '- Depends on: [0003](0003-a.md)'),
      spec('0009-d', '- Depends on: [0003](0003-a.md)'),
    ]).filter((f) => f.includes('dependency-cycle'));
    expect(found).toEqual(['docs/specs/0003-a.md:6 dependency-cycle error: the specs depend on each other in a cycle: 0003 → 0005 → 0007 → 0003 | Remove one "Depends on" link of the cycle (and its "Depended on by" in the other spec).']);
  });

  test('a two-spec cycle written on one side each is still a cycle', () => {
    const found = brief([spec('0003-a', '- Depends on: [0005](0005-b.md)'), spec('0005-b', '- Depended on by: [0003](0003-a.md)', '- Depends on: [0003](0003-a.md)')]).filter((f) => f.includes('dependency-cycle'));
    expect(found).toEqual([expect.stringContaining('0003 → 0005 → 0003')]);
  });

  test('a relation\'s link is left to the relation rules, other links to broken-link', () => {
    const reading = readSpec('0012-x.md', ['# Feature Specification: X', '', 'See [the guide](guide.md).', '', '---', '', '- Owner: Ada', '- Relates to: [0005](0005-z.md)', ''].join('\n'));
    expect(linksBesideRelations(reading.links, reading.relations).map((l) => l.target)).toEqual(['guide.md']);
  });
});
