import type { Answers, Milestone, Phase } from '../answers/answers.js';
import { SPECS_DIR } from '../repo/existing-specs.js';
import type { IsoDate } from './dates.js';
import { slugFor } from './slug.js';

export type TestLanguage = 'ts' | 'js';

export interface SpecPaths {
  /** Repository-relative, forward slashes. */
  readonly spec: string;
  readonly test: string;
  readonly docs: string;
}

export interface SpecModel {
  readonly name: string;
  readonly slug: string;
  /** `0007-dark-mode`: the spec's stable id and file stem. */
  readonly id: string;
  readonly number: string;
  readonly owner: string;
  readonly purpose: string;
  readonly today: IsoDate;
  readonly requirements: readonly { readonly id: string; readonly text: string }[];
  readonly stories: readonly string[];
  readonly phases: readonly (Phase & { readonly number: number })[];
  /** In date order; equal dates keep the order they were given in. */
  readonly milestones: readonly Milestone[];
  readonly testLanguage: TestLanguage;
  readonly paths: SpecPaths;
  /** From the docs stub to the spec, for a link that resolves. */
  readonly specLinkFromDocs: string;
}

export interface ModelContext {
  readonly today: IsoDate;
  /** The spec number: the next free one, at least 4 digits. */
  readonly number: string;
  readonly testLanguage: TestLanguage;
  /**
   * This feature's existing spec file (`0001-Dark-Mode.MD`) and its stem, kept
   * as they are, so a spec named in another case is the same file, not a second one.
   */
  readonly existing?: { readonly id: string; readonly file: string };
}

/** Everything the templates need, derived purely from answers and context. */
export function buildModel(answers: Answers, context: ModelContext): SpecModel {
  const slug = slugFor(answers.name, 'name');
  const id = context.existing?.id ?? `${context.number}-${slug}`;
  const specFile = context.existing?.file ?? `${id}.md`;
  const paths: SpecPaths = {
    spec: `${SPECS_DIR}/${specFile}`,
    test: `tests/${slug}.test.${context.testLanguage}`,
    docs: `docs/features/${slug}.md`,
  };
  return {
    name: answers.name,
    slug,
    id,
    number: context.number,
    owner: answers.owner,
    purpose: answers.purpose,
    today: context.today,
    requirements: answers.requirements.map((text, i) => ({ id: `FR-${i + 1}`, text })),
    stories: [...answers.stories],
    phases: answers.phases.map((phase, i) => ({ ...phase, number: i + 1 })),
    // ISO dates sort as strings; Array.prototype.sort is stable.
    milestones: [...answers.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    testLanguage: context.testLanguage,
    paths,
    specLinkFromDocs: `../specs/${specFile}`,
  };
}

/** What to point out about one milestone: a date in the past, or one before the milestone given before it. */
export function milestoneNotice(milestone: Milestone, previous: Milestone | undefined, today: IsoDate): string[] {
  const notices: string[] = [];
  if (milestone.date < today) notices.push(`milestone "${milestone.name}" is dated ${milestone.date}, before today (${today})`);
  if (previous && milestone.date < previous.date) {
    notices.push(`milestone "${milestone.name}" (${milestone.date}) comes before "${previous.name}" (${previous.date}); the spec lists milestones by date`);
  }
  return notices;
}

/** Notices for every milestone, in the order given. */
export function milestoneNotices(milestones: readonly Milestone[], today: IsoDate): string[] {
  return milestones.flatMap((m, i) => milestoneNotice(m, milestones[i - 1], today));
}
