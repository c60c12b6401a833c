import { inFolder } from '../base/folder-rule.js';
import path from 'node:path';
import type { Answers, Milestone, Phase } from '../answers/answers.js';
import type { Language, TestFramework, TestStubStyle } from '../config/config-keys.js';
import type { Layout } from '../config/layout.js';
import type { IsoDate } from '../base/text/dates.js';
import { slugFor } from '../base/text/slug.js';

export type { TestFramework } from '../config/config-keys.js';
export type TestLanguage = Language;
export type { ModuleSystem, TestStubStyle } from '../config/config-keys.js';

/** Every framework a test stub can be written for; each has its template `test-<framework>`. */
export { TEST_FRAMEWORKS } from '../config/config-keys.js';


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
  readonly testStub: TestStubStyle;
  /** false with `--no-test` / `"testFramework": "none"`: no stub is written, and the spec names none (`paths.test` is where one would go). */
  readonly hasTestStub: boolean;
  readonly paths: SpecPaths;
  /** From the docs stub to the spec, for a link that resolves. */
  readonly specLinkFromDocs: string;
}

export interface ModelContext {
  readonly today: IsoDate;
  /** The id's prefix: the next free number (at least 4 digits), or today as YYYYMMDD. */
  readonly number: string;
  /** Where the files go and how the stub is written (config/layout.ts). */
  readonly layout: Pick<Layout, 'specsDir' | 'docsDir' | 'testsDir' | 'testSuffix' | 'testExtension' | 'testStub' | 'withoutTestStub'>;
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
  const { layout } = context;
  const paths: SpecPaths = {
    spec: inFolder(layout.specsDir, specFile),
    test: inFolder(layout.testsDir, `${slug}${layout.testSuffix}.${layout.testExtension}`),
    docs: inFolder(layout.docsDir, `${slug}.md`),
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
    testStub: layout.testStub,
    hasTestStub: layout.withoutTestStub !== true,
    paths,
    specLinkFromDocs: path.posix.relative(layout.docsDir, paths.spec),
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
