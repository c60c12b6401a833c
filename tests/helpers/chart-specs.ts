/**
 * Folders of specs for the index's chart, as a team would have them: `count`
 * specs whose milestones spread over `spanDays` from 2026-11-02, with names
 * that Mermaid reads as syntax (`: # ; %`), CJK and Greek, very long and very
 * short ones, ticked, struck through and open milestones, and every fifth
 * spec deployed. Deterministic: the same arguments give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TITLES = [
  'Dark mode',
  'Offline: sync; queue #2',
  'Search across every workspace, project and archived conversation in one box',
  'CSV',
  '日本語の検索',
  'Audit log: 100% of writes',
  'Ελληνικά: έκδοση',
  'SSO #SAML; OIDC',
  'Rate limits',
  'Billing v2',
];
const MILESTONES = ['Design sign-off', 'GA', 'Beta: the one; #1', '5% rollout', 'X', 'マイルストーン', 'Public beta for every customer on the enterprise plan', 'Launch'];

/** The day `days` after 2026-11-02, as `YYYY-MM-DD`. */
function dayAfterStart(days: number): string {
  return new Date(Date.UTC(2026, 10, 2 + days)).toISOString().slice(0, 10);
}

/** One spec's Markdown, in the template's shape (the parts the index reads). */
function specText(at: number, count: number, spanDays: number): string {
  // A lone spec is the sixth of the pattern: a title with `:` and `%`, a CJK milestone and a ticked one.
  const i = count === 1 ? 5 : at;
  const title = TITLES[i % TITLES.length]!;
  const deployed = i % 5 === 4;
  const milestones = [0, 1, 2].slice(0, count === 1 ? 3 : 1 + (i % 3)).map((k) => {
    const day = count === 1 ? Math.round((k * spanDays) / 2) : Math.round(((i + k * 0.7) * spanDays) / (count - 1 + 1.4));
    const name = MILESTONES[(i + k * 3) % MILESTONES.length]!;
    const date = dayAfterStart(Math.min(spanDays, day));
    // The first of three is ticked, the second of two struck through, the rest open.
    if (k === 0 && i % 3 === 2) return `${k + 1}. [x] **${name}** - ${date}`;
    if (k === 1 && i % 3 === 1) return `${k + 1}. ~~**${name}** - ${date}~~`;
    return `${k + 1}. **${name}** - ${date}`;
  });
  const steps = ['Specification review', 'Design review', 'Implementation started', 'Code review', 'Testing complete', 'Documentation complete', 'Deployed to production'];
  const reached = deployed ? steps.length : i % 4;
  return [
    `# Feature Specification: ${title}`,
    '',
    '## Requirements',
    '',
    '### Functional Requirements',
    '',
    '1. **FR-1**: It works.',
    '2. **FR-2**: It is fast.',
    '',
    '## Implementation Plan',
    '',
    '### Phase 1: Build',
    '',
    ...[0, 1, 2].map((t) => `- [${t < i % 4 ? 'x' : ' '}] Task ${t + 1}`),
    '',
    '### Milestones',
    '',
    ...milestones,
    '',
    '## Status',
    '',
    ...steps.map((step, s) => `- [${s < reached ? 'x' : ' '}] ${step}`),
    '',
    '---',
    '',
    '- Created: 2026-11-01',
    '- Last Updated: 2026-11-01',
    `- Owner: Owner ${i + 1}`,
    '',
  ].join('\n');
}

/** Writes the specs into `<root>/docs/specs` and returns their file names. */
export function writeChartSpecs(root: string, count: number, spanDays: number): string[] {
  const folder = path.join(root, 'docs/specs');
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const name = `${String(i + 1).padStart(4, '0')}-spec-${i + 1}.md`;
    writeFileSync(path.join(folder, name), specText(i, count, spanDays));
    return name;
  });
}
