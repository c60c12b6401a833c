/**
 * The relation rules' finer points, one per test: the hint for each kind of
 * one-sided relation, a link that names no file, a spec with several
 * depends-on links, a cycle written only as "Depended on by", and which
 * cycle is named (from the first spec in the folder's order, following the
 * lowest-numbered link inside the cycle, without the specs that lead into it).
 */
import { describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import { relationFindings, type RelatedSpec } from '../../src/lint/relation-findings.js';

const spec = (id: string, ...footer: string[]): RelatedSpec => {
  const reading = readSpec(`${id}.md`, ['# Feature Specification: X', '', '---', '', '- Owner: Ada', ...footer, ''].join('\n'));
  return { path: `docs/specs/${id}.md`, id, number: id.slice(0, 4), relations: reading.relations };
};
const hints = (specs: RelatedSpec[]) => relationFindings(specs).filter((f) => f.rule === 'one-sided-relation').map((f) => f.hint);
const cycles = (specs: RelatedSpec[]) => relationFindings(specs).filter((f) => f.rule === 'dependency-cycle').map((f) => `${f.file}:${f.line} ${f.message}`);
const dependsOn = (id: string) => `- Depends on: [${id.slice(0, 4)}](${id}.md)`;

describe('the link that repairs a one-sided relation, for each kind', () => {
  test.each([
    ['- Supersedes: [0002](0002-b.md)', 'Write the other side: specwright link 0001-a 0002-b --supersedes'],
    ['- Superseded by: [0002](0002-b.md)', 'Write the other side: specwright link 0002-b 0001-a --supersedes'],
    ['- Depends on: [0002](0002-b.md)', 'Write the other side: specwright link 0001-a 0002-b --depends-on'],
    ['- Depended on by: [0002](0002-b.md)', 'Write the other side: specwright link 0002-b 0001-a --depends-on'],
    ['- Relates to: [0002](0002-b.md)', 'Write the other side: specwright link 0001-a 0002-b --relates'],
  ])('%s', (relation, hint) => {
    expect(hints([spec('0001-a', relation), spec('0002-b')])).toEqual([hint]);
  });
});

describe('broken relations', () => {
  test('a relation whose link stays within the page says it names no file', () => {
    const found = relationFindings([spec('0001-a', '- Relates to: [status](#status)')]);
    expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual(['broken-relation: "Relates to: #status" leads to no spec: the link names no file']);
  });
});

describe('depends-on cycles', () => {
  test('a spec that depends on two others keeps both links: the one in the cycle is found after the other', () => {
    expect(cycles([spec('0001-a', dependsOn('0002-b'), dependsOn('0003-c')), spec('0002-b', dependsOn('0001-a')), spec('0003-c')])).toEqual([
      'docs/specs/0001-a.md:6 the specs depend on each other in a cycle: 0001 → 0002 → 0001',
    ]);
  });

  test('a cycle written only as "Depended on by" is a cycle', () => {
    expect(cycles([spec('0001-a', '- Depended on by: [0002](0002-b.md)'), spec('0002-b', '- Depended on by: [0001](0001-a.md)')])).toEqual([
      'docs/specs/0001-a.md:0 the specs depend on each other in a cycle: 0001 → 0002 → 0001',
    ]);
  });

  test('named once, from the first spec in order, even when the search starts inside the cycle elsewhere', () => {
    // 0001's first relation makes 0003 the first spec with a link to follow.
    const found = cycles([spec('0001-a', '- Depended on by: [0003](0003-c.md)', dependsOn('0002-b')), spec('0002-b', dependsOn('0003-c')), spec('0003-c')]);
    expect(found).toEqual(['docs/specs/0001-a.md:7 the specs depend on each other in a cycle: 0001 → 0002 → 0003 → 0001']);
  });

  test('the walk follows the lowest-numbered link that stays inside the cycle, never one that leaves it', () => {
    // 0001 depends on 0002, which depends on nothing: 0002 is lower than 0003 but outside the cycle.
    const found = cycles([spec('0001-a', dependsOn('0002-b'), dependsOn('0003-c')), spec('0002-b'), spec('0003-c', dependsOn('0001-a'))]);
    expect(found).toEqual(['docs/specs/0001-a.md:6 the specs depend on each other in a cycle: 0001 → 0003 → 0001']);
  });

  test('the specs that lead into a cycle are not named as part of it', () => {
    // 0001 → 0002 → 0003 → 0002, and 0003 → 0004 → 0001: one component; the walk from 0001 meets 0002 again first.
    const found = cycles([
      spec('0001-a', dependsOn('0002-b')),
      spec('0002-b', dependsOn('0003-c')),
      spec('0003-c', dependsOn('0002-b'), dependsOn('0004-d')),
      spec('0004-d', dependsOn('0001-a')),
    ]);
    expect(found).toEqual(['docs/specs/0002-b.md:6 the specs depend on each other in a cycle: 0002 → 0003 → 0002']);
  });
});
