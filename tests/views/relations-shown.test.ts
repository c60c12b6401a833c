/**
 * Relations as list and index show them: the list table's STATUS says
 * "superseded by 0012" for a superseded spec (and is cut, not widened, on a
 * narrow terminal); the index gains a Relations section, a line per spec with
 * links to the specs, only when a spec has a relation, and stays clean for
 * markdownlint and prettier.
 */
import { describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import type { SpecFile } from '../../src/specs/read-specs-folder.js';
import { summarize } from '../../src/specs/spec-summary.js';
import { listTable } from '../../src/views/list-table.js';
import { renderIndex } from '../../src/views/spec-index.js';
import { markdownlintFindings, prettierFormat } from '../helpers/markdown-checks.js';

function spec(fileName: string, ...footer: string[]): SpecFile {
  const text = ['# Feature Specification: Auth', '', '## Status', '', '- [x] Specification review', '', '---', '', '- Created: 2026-11-01', '- Last Updated: 2026-11-01', '- Owner: Ada', ...footer, ''].join('\n');
  return { path: `docs/specs/${fileName}`, reading: readSpec(fileName, text), read: true };
}

const SPECS = [
  spec('0003-old-auth.md', '- Superseded by: [0012](0012-new-auth.md)', '- Depended on by: [0012](0012-new-auth.md)'),
  spec('0005-audit.md'),
  spec('0012-new-auth.md', '- Supersedes: [0003](0003-old-auth.md)', '- Depends on: [0003](0003-old-auth.md), [0009](0009-gone.md)'),
];

describe('relations in list and index', () => {
  test('list: a superseded spec\'s STATUS says by which; the others keep their status', () => {
    const table = listTable(SPECS.map((s) => summarize(s, '2026-12-01')), Number.POSITIVE_INFINITY).split('\n');
    expect(table[1]).toMatch(/^0003 +Auth +Ada +superseded by 0012 +-/);
    expect(table[2]).toMatch(/^0005 +Auth +Ada +review +-/);
    expect(table[3]).toMatch(/^0012 +Auth +Ada +review +-/);
  });

  test('index: a Relations section, a line per spec that has any, each kind once, links beside the index', async () => {
    const index = renderIndex(SPECS);
    const section = index.slice(index.indexOf('## Relations'), index.indexOf('## Milestones'));
    expect(section).toBe(
      [
        '## Relations',
        '',
        '- [0003](0003-old-auth.md): superseded by [0012](0012-new-auth.md); depended on by [0012](0012-new-auth.md)',
        '- [0012](0012-new-auth.md): supersedes [0003](0003-old-auth.md); depends on [0003](0003-old-auth.md), [0009](0009-gone.md)',
        '',
        '',
      ].join('\n'),
    );
    expect(markdownlintFindings(index)).toEqual([]);
    expect(await prettierFormat(index)).toBe(index);
  });

  test('index: no Relations section when no spec has a relation', () => {
    expect(renderIndex([spec('0005-audit.md')])).not.toContain('Relations');
  });
});
