import { ValidationError } from '../base/errors.js';
import { parseDate, type IsoDate } from '../base/text/dates.js';
import { slugFor } from '../base/text/slug.js';
import { displayWidth } from '../base/text/display-width.js';
import { markdownText } from '../base/text/markdown-text.js';
import { type Answers, LIMITS, type Milestone, type Phase } from './answers.js';
import { cleanSingleLine } from '../base/single-line-text.js';

/**
 * Answers as they arrive from one source (flags, answers file, prompts, plop),
 * before validation. Milestone dates may still be relative (`+2w`).
 */
export interface RawAnswers {
  name?: unknown;
  owner?: unknown;
  purpose?: unknown;
  requirements?: unknown;
  stories?: unknown;
  phases?: unknown;
  milestones?: unknown;
  supersedes?: unknown;
}

/**
 * Names a field the way the user gave it: `--phase` for a flag,
 * `phases[0].tasks[1]` for an answers-file key. `path` is the answers-file path.
 */
export type FieldNamer = (path: string) => string;

/* One validator per field, shared by every front end. Each returns the clean value or throws. */

/**
 * Text that lands on a line that cannot wrap (a heading, a table row) must fit
 * as written: Markdown escapes and wide characters take room too.
 */
function fitsOneLine(text: string, field: string, max: number): string {
  const width = displayWidth(markdownText(text));
  if (width > max) {
    throw new ValidationError(field, `takes ${width} columns once written as Markdown (punctuation such as * _ [ ] is escaped, wide characters count twice); at most ${max} fit: shorten it`);
  }
  return text;
}

export function validName(raw: unknown, field: string): string {
  const name = cleanSingleLine(raw, { field, maxLength: LIMITS.name, required: true });
  slugFor(name, field);
  return fitsOneLine(name, field, LIMITS.name);
}

export function validOwner(raw: unknown, field: string): string {
  return fitsOneLine(cleanSingleLine(raw, { field, maxLength: LIMITS.owner, required: true }), field, LIMITS.owner);
}

/** For defaults (git user name, OS user): usable as an owner as it is? */
export function isUsableOwner(name: string): boolean {
  try {
    return validOwner(name, 'owner') === name;
  } catch {
    return false;
  }
}

export function validPurpose(raw: unknown, field: string): string {
  return cleanSingleLine(raw, { field, maxLength: LIMITS.purpose });
}

export function validRequirement(raw: unknown, field: string): string {
  return cleanSingleLine(raw, { field, maxLength: LIMITS.requirement, required: true });
}

export function validStory(raw: unknown, field: string): string {
  return cleanSingleLine(raw, { field, maxLength: LIMITS.story, required: true });
}

export function validPhaseName(raw: unknown, field: string): string {
  return fitsOneLine(cleanSingleLine(raw, { field, maxLength: LIMITS.phaseName, required: true }), field, LIMITS.phaseName);
}

/** `Task 1`: what the template writes where a task is still to be named (lint's placeholder rule). */
const TASK_PLACEHOLDER = /^Task \d{1,3}$/;

export function validTask(raw: unknown, field: string): string {
  const task = cleanSingleLine(raw, { field, maxLength: LIMITS.task, required: true });
  if (TASK_PLACEHOLDER.test(task)) throw new ValidationError(field, `"${task}" is the template's placeholder for a task not yet named; say what the task does`);
  return task;
}

export function validMilestoneName(raw: unknown, field: string): string {
  return fitsOneLine(cleanSingleLine(raw, { field, maxLength: LIMITS.milestoneName, required: true }), field, LIMITS.milestoneName);
}

export function validMilestoneDate(raw: unknown, today: IsoDate, field: string): IsoDate {
  const text = cleanSingleLine(raw, { field, maxLength: 10, required: true });
  return parseDate(text, today, field);
}

function list(raw: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(raw)) throw new ValidationError(field, 'must be a list');
  if (raw.length > max) throw new ValidationError(field, `has ${raw.length} entries; at most ${max} are allowed`);
  return raw;
}

function record(raw: unknown, field: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValidationError(field, `must be an object with ${keys.map((k) => `"${k}"`).join(' and ')}`);
  }
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key)) throw new ValidationError(`${field}.${key}`, `is not a known key (expected ${keys.join(', ')})`);
  }
  return raw as Record<string, unknown>;
}

/** Names that differ only in case, accents or spacing count as the same name. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** Refuses two entries with the same nameKey. */
function refuseDuplicates(names: readonly string[], field: (i: number) => string): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const key = nameKey(name);
    const first = seen.get(key);
    if (first !== undefined) throw new ValidationError(field(i), `repeats "${names[first]}"; names must be unique`);
    seen.set(key, i);
  });
}

function validPhases(raw: unknown, named: FieldNamer): Phase[] {
  const phases = list(raw, named('phases'), LIMITS.phases).map((entry, i): Phase => {
    const at = `phases[${i}]`;
    const phase = record(entry, named(at), ['name', 'tasks']);
    const name = validPhaseName(phase.name, named(`${at}.name`));
    const tasks = list(phase.tasks ?? [], named(`${at}.tasks`), LIMITS.tasksPerPhase).map((task, j) =>
      validTask(task, named(`${at}.tasks[${j}]`)),
    );
    return { name, tasks };
  });
  refuseDuplicates(phases.map((p) => p.name), (i) => named(`phases[${i}].name`));
  return phases;
}

function validMilestones(raw: unknown, today: IsoDate, named: FieldNamer): Milestone[] {
  const milestones = list(raw, named('milestones'), LIMITS.milestones).map((entry, i): Milestone => {
    const at = `milestones[${i}]`;
    const milestone = record(entry, named(at), ['name', 'date']);
    return {
      name: validMilestoneName(milestone.name, named(`${at}.name`)),
      date: validMilestoneDate(milestone.date, today, named(`${at}.date`)),
    };
  });
  refuseDuplicates(milestones.map((m) => m.name), (i) => named(`milestones[${i}].name`));
  return milestones;
}

/**
 * Validates whatever keys one source gave. Keys it did not give stay absent,
 * so sources can be merged (flags over answers file) and prompts can ask for
 * only what is missing.
 */
export function validatePartial(raw: RawAnswers, today: IsoDate, named: FieldNamer): Partial<Answers> {
  const out: { -readonly [K in keyof Answers]?: Answers[K] } = {};
  if (raw.name !== undefined) out.name = validName(raw.name, named('name'));
  if (raw.owner !== undefined) out.owner = validOwner(raw.owner, named('owner'));
  if (raw.purpose !== undefined) out.purpose = validPurpose(raw.purpose, named('purpose'));
  if (raw.requirements !== undefined) {
    out.requirements = list(raw.requirements, named('requirements'), LIMITS.requirements).map((r, i) =>
      validRequirement(r, named(`requirements[${i}]`)),
    );
  }
  if (raw.stories !== undefined) {
    out.stories = list(raw.stories, named('stories'), LIMITS.stories).map((s, i) =>
      validStory(s, named(`stories[${i}]`)),
    );
  }
  if (raw.phases !== undefined) out.phases = validPhases(raw.phases, named);
  if (raw.milestones !== undefined) out.milestones = validMilestones(raw.milestones, today, named);
  if (raw.supersedes !== undefined) out.supersedes = cleanSingleLine(raw.supersedes, { field: named('supersedes'), maxLength: LIMITS.supersedes, required: true });
  return out;
}
