/**
 * The Status checklist of the team template: seven steps in order. Each has
 * a short name (for `list --status` and JSON) and the label the template
 * writes. Reading matches labels by their words, so an edited wording
 * ("Spec reviewed", "Deployed to prod") still counts as its step.
 */
export const STATUS_STEPS = [
  { name: 'review', label: 'Specification review' },
  { name: 'design', label: 'Design review' },
  { name: 'implementation', label: 'Implementation started' },
  { name: 'code-review', label: 'Code review' },
  { name: 'testing', label: 'Testing complete' },
  { name: 'docs', label: 'Documentation complete' },
  { name: 'deployed', label: 'Deployed to production' },
] as const;

export type StatusStep = (typeof STATUS_STEPS)[number]['name'];
/**
 * A spec's status: its end state when one is ticked, else the furthest step
 * ticked, or `draft` when none is. A name of the repository's lifecycle
 * (lifecycle.ts): a team's template may name its own steps.
 */
export type SpecStatus = string;

/** The built-in lifecycle's states: draft, the seven steps, the end states every lifecycle has (lifecycle.ts). */
export const STATUS_NAMES: readonly SpecStatus[] = ['draft', ...STATUS_STEPS.map((step) => step.name), 'rejected', 'withdrawn', 'superseded'];

/** Words of each step, checked in this order (a "Design review" is the design step, not the review). */
const WORDS: readonly (readonly [StatusStep, (label: string) => boolean])[] = [
  ['code-review', (l) => l.includes('code') && l.includes('review')],
  ['design', (l) => l.includes('design')],
  ['implementation', (l) => l.includes('implement')],
  ['testing', (l) => l.includes('test')],
  ['docs', (l) => l.includes('doc')],
  ['deployed', (l) => l.includes('deploy') || l.includes('production') || l.includes('release') || l.includes('shipped')],
  ['review', (l) => l.includes('spec') || l.includes('review')],
];

/** The step a checklist label stands for, or undefined for a label that names none. */
export function statusStepOf(label: string): StatusStep | undefined {
  const lower = label.toLowerCase();
  return WORDS.find(([, matches]) => matches(lower))?.[0];
}

/** The step's position in the checklist (0 to 6). */
export function stepIndex(step: StatusStep): number {
  return STATUS_STEPS.findIndex((s) => s.name === step);
}

export function isSpecStatus(name: string): name is SpecStatus {
  return (STATUS_NAMES as readonly string[]).includes(name);
}
