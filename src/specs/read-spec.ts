/**
 * The one reader of the spec format (templates/spec.md.hbs). Pure: a file
 * name and its text in, every fact the spec states out, each with the line
 * it came from. It reads what people do to specs: sections reordered, added
 * or left out, headings at other levels, wording edited, CRLF or CR line
 * endings, tabs, trailing blanks, `[x]` or `[X]`, a spec written by hand in
 * the same shape. What it cannot read becomes a problem with a line; it never
 * throws, and it is linear in the size of the text.
 */
import { dateProblem, isCalendarDay } from './calendar.js';
import { isPlaceholder, plainText } from './inline-text.js';
import { eachMarkdownLine, type MarkdownLine } from './markdown-lines.js';
import { conflictText, mergeConflicts } from './merge-conflicts.js';
import { SPEC_FILE_NAME_FORMS, specFileName } from './spec-file-name.js';
import { linksOf, type SpecLink } from './spec-links.js';
import { relationsOfItem, type Relation } from './spec-relations.js';
import { BUILT_IN_LIFECYCLE, endStateOf, stepOf, stepPosition, type Lifecycle } from './lifecycle.js';

export type { SpecLink } from './spec-links.js';
export type { Relation, RelationKind } from './spec-relations.js';

/** A fact and the 1-based line it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

/**
 * Which rule of the format a problem breaks (lint's rule ids; README, "Lint rules"):
 * `unreadable` the file as a whole, `file-name`, `encoding`, `unclosed` (a code
 * block or comment never closed), `title`, `owner`, `dates`, `required-section`,
 * `status-item`, `milestone-date`, `requirement`, `merge-conflict` (git's
 * markers of an unresolved merge: the file holds two versions at once).
 */
export type ReaderRule =
  | 'merge-conflict'
  | 'unreadable'
  | 'file-name'
  | 'encoding'
  | 'unclosed'
  | 'title'
  | 'owner'
  | 'dates'
  | 'required-section'
  | 'status-item'
  | 'milestone-date'
  | 'requirement';

/** What could not be read. `line` 0: the file as a whole (its name, its size, its type). */
export interface SpecProblem {
  readonly line: number;
  readonly message: string;
  readonly rule: ReaderRule;
}

/** A heading as written, `#`s and closing `#`s taken off (escapes and inline code kept). */
export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

export interface StatusItem {
  /** The state's name in the lifecycle read with (`testing`, `qa-sign-off`, `rejected`). */
  readonly step: string;
  /** An end state (`- [x] Rejected`): it wins over the steps. */
  readonly end: boolean;
  /** An end state or the last step: the spec's milestones are history, none is overdue. */
  readonly final: boolean;
  /** The label as written. */
  readonly label: string;
  readonly done: boolean;
  readonly line: number;
}

export interface Milestone {
  readonly name: string;
  /** A real day, `YYYY-MM-DD` (milestones with other dates are problems, not milestones). */
  readonly date: string;
  /** Ticked (`1. [x] **Beta** - …`) or struck through (`~~…~~`). */
  readonly done: boolean;
  readonly line: number;
}

export interface Task {
  readonly text: string;
  readonly done: boolean;
  readonly line: number;
}

export interface Phase {
  /** `Phase 2: Build` → 2; undefined when the heading has no number. */
  readonly number: number | undefined;
  readonly name: string;
  readonly line: number;
  readonly tasks: readonly Task[];
  /** How many of `tasks` are ticked. */
  readonly done: number;
}

export interface Requirement {
  /** `FR-1`, upper case, as numbered in the file (`FR-001` stays `FR-001`). */
  readonly id: string;
  readonly text: string;
  readonly line: number;
}

export interface SpecReading {
  /** The file name given (`0007-dark-mode.md`). */
  readonly fileName: string;
  /** From the file name: `0007-dark-mode`, its number (`0007`, or `20261127` for a dated id) and slug; undefined when the name is not a spec's. */
  readonly id: string | undefined;
  readonly number: string | undefined;
  readonly slug: string | undefined;
  /** The H1: the text after `Feature Specification:`, or the whole heading of a spec written without it. */
  readonly title: Located<string> | undefined;
  readonly owner: Located<string> | undefined;
  readonly created: Located<string> | undefined;
  readonly lastUpdated: Located<string> | undefined;
  /** The Status checklist items found, in file order. */
  readonly status: readonly StatusItem[];
  /** The end state ticked, else the furthest step ticked (in the checklist's order, wherever it is in the file); undefined: a draft. */
  readonly currentStatus: StatusItem | undefined;
  readonly milestones: readonly Milestone[];
  /** Phases as headed (`### Phase 1: Design`), with their checkbox tasks; the template's `[Phase Name]` placeholders are left out. */
  readonly phases: readonly Phase[];
  readonly requirements: readonly Requirement[];
  readonly links: readonly SpecLink[];
  /** The footer's relations to other specs (`- Supersedes: [0003](0003-old-auth.md)`), one per link, in file order. */
  readonly relations: readonly Relation[];
  readonly headings: readonly Heading[];
  /** What the template asks a person to fill in, left as it was: `[Date]`, `Task 1`, an empty list item (never in code or comments). */
  readonly placeholders: readonly Located<string>[];
  readonly problems: readonly SpecProblem[];
}

const TITLE_PREFIX = /^feature\s+spec(?:ification)?\s*[:\-–—]\s*/i;
const PHASE = /^phase\b[ \t]*(\d{1,6})?[ \t]*[:.)\-–—]?[ \t]*/i;
const FOOTER_KEY = /^(created|last[ \t-]?updated|updated|owner)\b/i;
/** A footer key later in a line, after a blank: the footer's three lines joined into one paragraph (`prettier --prose-wrap always` does that). */
const JOINED_FOOTER_KEY = /[ \t](?:\*\*|__)?(?:created|last[ \t-]?updated|updated|owner)[ \t]*(?:\*\*|__)?[ \t]*:/gi;
const REQUIREMENT_ID = /^FR-(\d{1,6})\b/i;
const SEPARATORS = ' \t:-–—@';
/** Numbering, emoji and other marks before a heading's first letter. */
const LEADING_MARKS = /^[^\p{L}]+/u;
/** Longer than this, a line's text is cut in what the reader keeps (a title, a task): 1 MiB of one line is not a title. */
const MAX_TEXT = 2000;

type SectionKind = 'status' | 'milestones' | 'phase' | 'requirements' | 'other-requirements' | 'other';

interface OpenHeading {
  readonly level: number;
  readonly kind: SectionKind;
  readonly phase: PhaseBuilder | undefined;
}

interface PhaseBuilder {
  readonly number: number | undefined;
  readonly name: string;
  readonly line: number;
  readonly tasks: Task[];
}

/** A list item: its marker line, and the lines that continue its first paragraph. */
interface Item {
  readonly line: MarkdownLine;
  /** Where the item's content starts on its first line. */
  readonly start: number;
  /** The column of its marker (a tab counts to the next multiple of 4): nested items are further right. */
  readonly indent: number;
  readonly continued: MarkdownLine[];
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Plain text of `line` from `from` to `to`, continuation lines joined with a space. */
function itemText(line: MarkdownLine, from: number, to: number, continued: readonly MarkdownLine[] = []): string {
  const parts = [line.text.slice(from, to), ...continued.map((l) => l.text)];
  return clip(plainText(parts.join(' ')));
}

function skip(data: string, from: number, chars: string): number {
  let i = from;
  while (i < data.length && chars.includes(data[i]!)) i++;
  return i;
}

function countDone(tasks: readonly Task[]): number {
  let done = 0;
  for (const task of tasks) if (task.done) done++;
  return done;
}

function skipBlanks(data: string, from: number): number {
  let i = from;
  for (let c = data.charCodeAt(i); c === 32 || c === 9; c = data.charCodeAt(++i));
  return i;
}

function skipBack(data: string, to: number, chars: string): number {
  let i = to;
  while (i > 0 && chars.includes(data[i - 1]!)) i--;
  return i;
}

/** The end of a bold run opened at `from` (`**` or `__`), or -1. */
function boldEnd(data: string, from: number): number {
  const marker = data.slice(from, from + 2);
  if (marker !== '**' && marker !== '__') return -1;
  return data.indexOf(marker, from + 2);
}

function headingKind(text: string): SectionKind {
  const first = text.charCodeAt(0) | 0x20;
  // Only headings starting with s, m or p, or naming requirements, are read (a cheap test first).
  if (first !== 0x73 && first !== 0x6d && first !== 0x70 && !/equirement/i.test(text)) return 'other';
  const lower = text.toLowerCase();
  if (lower.startsWith('status')) return 'status';
  if (/^milestones?\b/.test(lower)) return 'milestones';
  if (/^phase\b/.test(lower)) return 'phase';
  if (lower.includes('non-functional') || lower.includes('nonfunctional') || lower.includes('non functional')) return 'other-requirements';
  if (lower.includes('requirement')) return 'requirements';
  return 'other';
}

/** A spec file that could not be read at all (a link, a FIFO, too large): only what its name says, and why. */
export function unreadSpec(fileName: string, why: string, rule: ReaderRule = 'unreadable'): SpecReading {
  const named = specFileName(fileName);
  return {
    fileName,
    id: named?.id,
    number: named?.number,
    slug: named?.slug,
    title: undefined,
    owner: undefined,
    created: undefined,
    lastUpdated: undefined,
    status: [],
    currentStatus: undefined,
    milestones: [],
    phases: [],
    requirements: [],
    links: [],
    relations: [],
    headings: [],
    placeholders: [],
    problems: [{ line: 0, message: why, rule }],
  };
}

/** Reads one spec. `fileName` is its name (a path's last part is taken); `text` its contents; `lifecycle` the states its Status items name. */
export function readSpec(fileName: string, text: string, lifecycle: Lifecycle = BUILT_IN_LIFECYCLE): SpecReading {
  return readWith(fileName, text, lifecycle).reading;
}

/**
 * The lifecycle a spec is read with: the repository's, or the built-in one
 * for a spec written from the built-in template before the team had its own.
 */
export function specLifecycle(fileName: string, text: string, lifecycle: Lifecycle): Lifecycle {
  return readWith(fileName, text, lifecycle).lifecycle;
}

function readWith(fileName: string, text: string, lifecycle: Lifecycle): { reading: SpecReading; lifecycle: Lifecycle } {
  const reading = new SpecReader(fileName, lifecycle).read(text);
  if (lifecycle.byWords || reading.status.some((item) => !item.end) || !reading.problems.some((p) => p.rule === 'status-item')) return { reading, lifecycle };
  // No step of the team's lifecycle, and items it does not know: a spec written from the built-in
  // template before the team had its own is read with the seven steps it was written with.
  const builtIn = new SpecReader(fileName, BUILT_IN_LIFECYCLE).read(text);
  const written = builtIn.status.some((item) => !item.end) && !builtIn.problems.some((p) => p.rule === 'status-item');
  return written ? { reading: builtIn, lifecycle: BUILT_IN_LIFECYCLE } : { reading, lifecycle };
}

class SpecReader {
  private readonly problems: SpecProblem[] = [];
  private title: Located<string> | undefined;
  private owner: Located<string> | undefined;
  /** The Owner ended a plain footer line: the next line of the same paragraph is the rest of the name (prettier wraps a joined footer). */
  private ownerRunsOn = false;
  private created: Located<string> | undefined;
  private lastUpdated: Located<string> | undefined;
  private readonly status: StatusItem[] = [];
  private readonly milestones: Milestone[] = [];
  private readonly phases: PhaseBuilder[] = [];
  private readonly requirements: Requirement[] = [];
  private readonly requirementLines = new Map<string, number>();
  private readonly links: SpecLink[] = [];
  private readonly relations: Relation[] = [];
  private readonly allHeadings: Heading[] = [];
  private readonly placeholders: Located<string>[] = [];
  private readonly headings: OpenHeading[] = [];
  private context: OpenHeading | undefined;
  private sawStatus = false;
  /** The title and footer lines met, read or not (one that could not be read is its own problem). */
  private readonly seen = new Set<'title' | 'owner' | 'created' | 'updated'>();
  private item: Item | undefined;
  /** The marker column of the first list item under the current heading: items further right are nested. */
  private topIndent: number | undefined;

  constructor(
    private readonly fileName: string,
    private readonly lifecycle: Lifecycle,
  ) {}

  private problem(line: number, rule: ReaderRule, message: string): void {
    this.problems.push({ line, message, rule });
  }

  read(source: string): SpecReading {
    const named = specFileName(this.fileName);
    if (!named) this.problem(0, 'file-name', `the file name is not a spec's: ${SPEC_FILE_NAME_FORMS}`);

    let last = 1;
    const unclosed = eachMarkdownLine(source, (number, text, data, code) => {
      last = number;
      this.line(number, text, data, code);
    });
    this.endItem();
    if (unclosed) {
      this.problem(unclosed.line, 'unclosed', unclosed.what === 'fence' ? 'this code block is never closed: the rest of the file is not read' : 'this HTML comment (<!--) is never closed (-->): the rest of the file is not read');
    }
    if (!this.seen.has('title')) this.problem(1, 'title', 'no title: the spec should start with "# Feature Specification: <name>"');
    if (!this.sawStatus) this.problem(last, 'required-section', 'no Status section (## Status, with its checklist)');
    if (!this.seen.has('owner')) this.problem(last, 'owner', 'no "Owner:" line');
    if (!this.seen.has('created')) this.problem(last, 'dates', 'no "Created:" line');
    if (!this.seen.has('updated')) this.problem(last, 'dates', 'no "Last Updated:" line');
    this.conflicts(source);
    const ended = this.status.filter((item) => item.end && item.done);
    for (const item of ended.slice(1)) this.problem(item.line, 'status-item', `"${item.label}" and "${ended[0]!.label}" (line ${ended[0]!.line}) are two end states at once: keep one ticked`);
    this.problems.sort((a, b) => a.line - b.line);

    let currentStatus: StatusItem | undefined;
    const steps = this.lifecycle;
    for (const item of this.status) {
      if (item.done && !item.end && (!currentStatus || stepPosition(steps, item.step) > stepPosition(steps, currentStatus.step))) currentStatus = item;
    }
    currentStatus = ended[0] ?? currentStatus;
    return {
      fileName: this.fileName,
      id: named?.id,
      number: named?.number,
      slug: named?.slug,
      title: this.title,
      owner: this.owner,
      created: this.created,
      lastUpdated: this.lastUpdated,
      status: this.status,
      currentStatus,
      milestones: this.milestones,
      phases: this.phases.map((p) => ({ number: p.number, name: p.name, line: p.line, tasks: p.tasks, done: countDone(p.tasks) })),
      requirements: this.requirements,
      links: this.links,
      relations: this.relations,
      headings: this.allHeadings,
      placeholders: this.unlinkedPlaceholders(),
      problems: this.problems,
    };
  }

  /**
   * A spec with merge conflicts is two versions at once: what else the reader
   * found in it (a Status item twice, two Last Updated lines) is the conflict
   * seen through the format, so only the conflicts (and the file name) are reported.
   */
  private conflicts(source: string): void {
    const found = mergeConflicts(source);
    if (found.length === 0) return;
    const kept = this.problems.filter((p) => p.rule === 'file-name');
    this.problems.length = 0;
    this.problems.push(...kept);
    for (const conflict of found) this.problem(conflict.start, 'merge-conflict', `${conflictText(conflict)}: resolve the merge first`);
  }

  /** `[Label]` is a link when the file defines the label (`[Label]: target`): only the others are placeholders. */
  private unlinkedPlaceholders(): Located<string>[] {
    if (this.placeholders.length === 0) return this.placeholders;
    const labels = new Set(this.links.map((link) => `[${link.text.toLowerCase()}]`));
    return this.placeholders.filter((p) => !labels.has(p.value.toLowerCase()));
  }

  private line(number: number, text: string, data: string, code: boolean): void {
    const ownerRunsOn = this.ownerRunsOn;
    this.ownerRunsOn = false;
    // Lines end trimmed: blank means empty.
    if (code || data === '') {
      this.endItem();
      return;
    }
    linksOf(number, text, data, this.links);
    if (data.includes('[')) bracketPlaceholders(number, text, data, this.placeholders);
    const indent = skipBlanks(data, 0);
    const first = data[indent];
    const level = first === '#' ? headingLevel(data, indent) : 0;
    if (level > 0) {
      this.endItem();
      this.heading(number, text, data, level, skipBlanks(data, indent + level));
      return;
    }
    const markerEnd = first === '-' || first === '*' || first === '+' || (first !== undefined && first >= '0' && first <= '9') ? listMarkerEnd(data, indent) : -1;
    if (markerEnd >= 0 && !isThematicBreak(data)) {
      this.endItem();
      this.item = { line: { number, text, data, code }, start: skipBlanks(data, markerEnd), indent: columns(data, indent), continued: [] };
      return;
    }
    // A footer line ends a list item rather than continue it.
    if (this.footer(number, text, data, indent)) {
      this.endItem();
      return;
    }
    if (this.item && first !== '|' && !isThematicBreak(data)) this.item.continued.push({ number, text, data, code });
    else if (ownerRunsOn && this.owner && first !== '|' && first !== '<' && !isThematicBreak(data)) {
      this.owner = { value: clip(`${this.owner.value} ${plainText(text.slice(indent))}`), line: this.owner.line };
      this.ownerRunsOn = true;
    } else this.endItem();
  }

  private heading(number: number, text: string, data: string, level: number, start: number): void {
    // An optional closing run of #s, after a blank.
    let end = data.length;
    const hashes = skipBack(data, end, '#');
    if (hashes === start || (hashes < end && (data[hashes - 1] === ' ' || data[hashes - 1] === '\t'))) end = hashes;
    end = Math.max(start, skipBack(data, end, ' \t'));
    const contentData = data.slice(start, end);

    // As written (no escapes taken out): cheap, and enough to tell a section by its name.
    this.allHeadings.push({ level, text: clip(text.slice(start, end)), line: number });
    while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.level >= level) this.headings.pop();
    if (level === 1 && !this.seen.has('title')) {
      this.seen.add('title');
      const title = clip(plainText(text.slice(start, end))).replace(TITLE_PREFIX, '');
      if (title === '') this.problem(number, 'title', 'the title is empty: write the feature name after "Feature Specification:"');
      else this.title = { value: title, line: number };
    }
    // `## 7. Status`, `## ✅ Status`: the section is named by what follows numbering and marks.
    const initial = contentData.charCodeAt(0) | 0x20;
    const named = initial >= 0x61 && initial <= 0x7a ? contentData : contentData.replace(LEADING_MARKS, '');
    const kind = level === 1 ? 'other' : headingKind(named);
    let phase: PhaseBuilder | undefined;
    if (kind === 'status') this.sawStatus = true;
    if (kind === 'phase') {
      const numbered = PHASE.exec(contentData);
      const nameData = numbered ? contentData.slice(numbered[0].length) : '';
      // `### Phase 1: [Phase Name]`: the template's placeholder, not a phase.
      if (!isPlaceholder(nameData)) {
        const phaseNumber = numbered?.[1] === undefined ? undefined : Number(numbered[1]);
        const name = numbered ? clip(plainText(text.slice(start + numbered[0].length, end))) : '';
        phase = { number: phaseNumber, name: name || clip(plainText(text.slice(start, end))), line: number, tasks: [] };
        this.phases.push(phase);
      }
    }
    this.headings.push({ level, kind, phase });
    this.topIndent = undefined;
    // The section a line is in: the nearest heading that names one (a `#### Notes` in a phase is still the phase).
    this.context = undefined;
    for (let i = this.headings.length - 1; i >= 0; i--) {
      if (this.headings[i]!.kind !== 'other') {
        this.context = this.headings[i];
        break;
      }
    }
  }

  private endItem(): void {
    const item = this.item;
    if (!item) return;
    this.item = undefined;
    const { line } = item;
    const { data } = line;
    const box = checkbox(data, item.start);
    const done = box === 'done';
    const start = box ? skipBlanks(data, item.start + 3) : item.start;
    if (start >= data.length && item.continued.length === 0) {
      this.placeholders.push({ value: box ? 'an empty checkbox' : 'an empty list item', line: line.number });
      return;
    }
    if (box && TASK_PLACEHOLDER.test(data.slice(start))) this.placeholders.push({ value: data.slice(start), line: line.number });
    this.topIndent ??= item.indent;
    // A note nested under a milestone or a status item is not one itself.
    const nested = item.indent > this.topIndent + 1;
    // The footer as a list (as generated) is read whatever section it is taken to be in: its keys end a section as a `---` does not.
    if (!box && !nested && this.context && this.footer(line.number, line.text, data, start)) return;
    if (!box && !nested && this.relation(item)) return;
    switch (this.context?.kind) {
      case 'status':
        if (nested) return;
        if (box) this.statusItem(item, start, done);
        return;
      case 'phase':
        if (box && this.context?.phase) this.context.phase.tasks.push({ text: itemText(line, start, data.length, item.continued), done, line: line.number });
        return;
      case 'milestones':
        if (nested) return;
        this.milestone(item, start, done);
        return;
      case 'requirements':
        if (!box) this.requirement(item, start);
        return;
      default:
        this.footer(line.number, line.text, line.data, start);
    }
  }

  /** A footer item naming related specs (spec-relations.ts); false when the item is none. */
  private relation(item: Item): boolean {
    const first = item.line.number;
    const last = item.continued.length > 0 ? item.continued[item.continued.length - 1]!.number : first;
    // The links were read line by line already; the next line's may follow this item's.
    let from = this.links.length;
    while (from > 0 && this.links[from - 1]!.line >= first) from--;
    const found = relationsOfItem(item.line.data, item.start, this.links.slice(from).filter((link) => link.line <= last));
    if (!found) return false;
    this.relations.push(...found);
    return true;
  }

  private statusItem(item: Item, start: number, done: boolean): void {
    const label = itemText(item.line, start, item.line.data.length, item.continued);
    const { lifecycle } = this;
    // An end state first: `Superseded by [0012](…)` names no step, whatever its words.
    const endState = endStateOf(lifecycle, label);
    const state = endState ?? stepOf(lifecycle, label);
    const line = item.line.number;
    if (!state) {
      const known = [...lifecycle.steps, ...lifecycle.endStates].map((s) => s.label).join(', ');
      this.problem(line, 'status-item', `status item "${label}" is none of: ${known}${lifecycle.source ? ` (the Status items of ${lifecycle.source})` : ''}`);
      return;
    }
    const step = state.name;
    const end = endState !== undefined;
    const final = end || stepPosition(lifecycle, step) === lifecycle.steps.length - 1;
    const twice = this.status.find((s) => s.step === step);
    if (twice) this.problem(line, 'status-item', `status item "${label}" repeats "${twice.label}" (line ${twice.line})`);
    else this.status.push({ step, label, done, line, end, final });
  }

  /** `1. **Name** - 2026-12-10`; also `Name - 2026-12-10`, `Name: 2026-12-10`, `**Name** (2026-12-10)`. */
  private milestone(item: Item, start: number, ticked: boolean): void {
    const { line } = item;
    const data = item.continued.length > 0 ? `${line.data} ${item.continued.map((l) => l.data).join(' ')}` : line.data;
    const text = item.continued.length > 0 ? `${line.text} ${item.continued.map((l) => l.text).join(' ')}` : line.text;
    let from = start;
    let to = skipBack(data, data.length, ' \t');
    // ~~struck through~~: done.
    const struck = data.startsWith('~~', from) && to - from > 4 && data.startsWith('~~', to - 2);
    if (struck) {
      from += 2;
      to -= 2;
    }
    let nameFrom: number;
    let nameTo: number;
    let dateFrom: number;
    const bold = boldEnd(data, from);
    if (bold >= 0 && bold < to) {
      nameFrom = from + 2;
      nameTo = bold;
      dateFrom = skip(data, bold + 2, SEPARATORS);
    } else {
      // The date is the last word; the name is what comes before it.
      let lastSpace = to - 1;
      while (lastSpace >= from && data[lastSpace] !== ' ' && data[lastSpace] !== '\t') lastSpace--;
      nameFrom = from;
      nameTo = skipBack(data, Math.max(from, lastSpace), SEPARATORS);
      dateFrom = lastSpace + 1;
      if (nameTo <= nameFrom) {
        // One word: a name without a date, or a date without a name.
        nameTo = to;
        dateFrom = to;
      }
    }
    const nameData = data.slice(nameFrom, nameTo);
    // `**[Milestone Name]** - [Date]`: the template's, found as placeholders.
    if (isTemplatePlaceholder(nameData)) return;
    const name = clip(plainText(text.slice(nameFrom, nameTo)));
    let dateText = data.slice(dateFrom, to).trim();
    if (dateText.startsWith('(') && dateText.endsWith(')')) dateText = dateText.slice(1, -1).trim();
    if (name === '') {
      this.problem(line.number, 'milestone-date', 'this milestone has no name: write it as 1. **Name** - YYYY-MM-DD');
      return;
    }
    // `[Date]` is the template's placeholder, found as one.
    if (isTemplatePlaceholder(dateText)) return;
    if (dateText === '' || isPlaceholder(dateText)) {
      this.problem(line.number, 'milestone-date', `milestone "${name}" has no date: write it as 1. **${name}** - YYYY-MM-DD`);
      return;
    }
    if (!isCalendarDay(dateText)) {
      const shown = clip(plainText(text.slice(dateFrom, to)));
      this.problem(line.number, 'milestone-date', `milestone "${name}": "${shown}" ${dateProblem(dateText)}`);
      return;
    }
    this.milestones.push({ name, date: dateText, done: ticked || struck, line: line.number });
  }

  /** `1. **FR-1**: text`; also `**FR-1:** text`, `FR-1 - text`. */
  private requirement(item: Item, start: number): void {
    const { line } = item;
    const { data } = line;
    let at = start;
    const bold = boldEnd(data, at);
    const inBold = bold >= 0;
    if (inBold) at += 2;
    const id = REQUIREMENT_ID.exec(data.slice(at, at + 12));
    if (!id) return;
    at = skipBlanks(data, at + id[0].length);
    if (data[at] === ':') at = skipBlanks(data, at + 1);
    if (inBold && data.startsWith(data.slice(start, start + 2), at)) at += 2;
    at = skip(data, at, SEPARATORS);
    const requirementId = `FR-${id[1]}`;
    const requirementText = itemText(line, at, data.length, item.continued);
    const seen = this.requirementLines.get(requirementId);
    if (seen !== undefined) {
      this.problem(line.number, 'requirement', `${requirementId} is used twice (first on line ${seen})`);
      return;
    }
    this.requirementLines.set(requirementId, line.number);
    if (requirementText === '') this.problem(line.number, 'requirement', `${requirementId} has no text`);
    this.requirements.push({ id: requirementId, text: requirementText, line: line.number });
  }

  /** `Created: 2026-11-26`, `Last Updated: …`, `Owner: …` (also in bold, or as a list item). The last one in the file wins. */
  private footer(number: number, text: string, data: string, from: number): boolean {
    let next = this.footerFact(number, text, data, from);
    if (next === false) return false;
    // The rest of a joined footer, in order, so that the last one still wins.
    while (next !== false && next >= 0) next = this.footerFact(number, text, data, skipBlanks(data, next));
    return true;
  }

  /** One footer fact from `from`: false when there is none, else where the next key on the line starts (-1: none). */
  private footerFact(number: number, text: string, data: string, from: number): false | number {
    let at = from;
    const bold = data.startsWith('**', at) || data.startsWith('__', at) ? data.slice(at, at + 2) : '';
    at += bold.length;
    // Created, Last Updated, Updated, Owner: a cheap test before the pattern.
    const initial = data.charCodeAt(at) | 0x20;
    if (initial !== 0x63 && initial !== 0x6c && initial !== 0x75 && initial !== 0x6f) return false;
    const key = FOOTER_KEY.exec(data.slice(at, at + 16));
    if (!key) return false;
    at = skipBlanks(data, at + key[0].length);
    if (bold && data.startsWith(bold, at)) at = skipBlanks(data, at + 2);
    if (data[at] !== ':') return false;
    at = skipBlanks(data, at + 1);
    if (bold && data.startsWith(bold, at)) at = skipBlanks(data, at + 2);
    // `Created: … Last Updated: … Owner: …` on one line: each value ends where the next key starts.
    JOINED_FOOTER_KEY.lastIndex = at;
    const next = JOINED_FOOTER_KEY.exec(data)?.index ?? -1;
    const value = clip(plainText(next >= 0 ? text.slice(at, next) : text.slice(at)));
    const which = key[1]!.toLowerCase();
    this.seen.add(which === 'owner' || which === 'created' ? which : 'updated');
    if (which === 'owner') {
      if (value === '') this.problem(number, 'owner', 'the Owner line names no one');
      else {
        this.owner = { value, line: number };
        this.ownerRunsOn = next < 0 && this.item === undefined;
      }
      return next;
    }
    const label = which === 'created' ? 'Created' : 'Last Updated';
    if (!isCalendarDay(value)) {
      this.problem(number, 'dates', `${label}: "${value}" ${dateProblem(value)}`);
      return next;
    }
    if (which === 'created') this.created = { value, line: number };
    else this.lastUpdated = { value, line: number };
    return next;
  }
}

/** The width of the blanks before `to`, a tab reaching the next multiple of 4. */
function columns(data: string, to: number): number {
  let width = 0;
  for (let i = 0; i < to; i++) width = data.charCodeAt(i) === 9 ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** An ATX heading's level (1 to 6) when the line is one (`#`s after at most 3 spaces, then a blank or the end), else 0. */
function headingLevel(data: string, indent: number): number {
  if (indent > 3) return 0;
  for (let i = 0; i < indent; i++) if (data.charCodeAt(i) !== 32) return 0;
  let level = 0;
  while (data.charCodeAt(indent + level) === 35) level++;
  const after = data.charCodeAt(indent + level);
  return level <= 6 && (Number.isNaN(after) || after === 32 || after === 9) ? level : 0;
}

/** Where a list marker (`-`, `*`, `+`, `1.`, `1)`) at `at` ends, when a blank or the end follows it; else -1. */
function listMarkerEnd(data: string, at: number): number {
  let end = at;
  const c = data.charCodeAt(at);
  if (c === 45 || c === 42 || c === 43) end = at + 1;
  else {
    while (end - at < 9 && data.charCodeAt(end) >= 48 && data.charCodeAt(end) <= 57) end++;
    if (end === at || (data[end] !== '.' && data[end] !== ')')) return -1;
    end++;
  }
  const after = data.charCodeAt(end);
  return Number.isNaN(after) || after === 32 || after === 9 ? end : -1;
}

/** A task list checkbox at `at`: `[ ]` open, `[x]` or `[X]` done, followed by a blank or the end of the line. */
function checkbox(data: string, at: number): 'open' | 'done' | undefined {
  if (data[at] !== '[' || data[at + 2] !== ']') return undefined;
  const after = data[at + 3];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  const mark = data[at + 1];
  if (mark === ' ' || mark === '\t') return 'open';
  return mark === 'x' || mark === 'X' ? 'done' : undefined;
}

/** `---`, `***`, `___` (spaces allowed between): a rule, not a list item. */
function isThematicBreak(data: string): boolean {
  let rule = '';
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === ' ' || c === '\t') continue;
    if (rule === '') {
      if (c !== '-' && c !== '*' && c !== '_') return false;
      rule = c;
    } else if (c !== rule) return false;
    count++;
  }
  return count >= 3;
}

/** The template's unfilled tasks: `- [ ] Task 1`. */
const TASK_PLACEHOLDER = /^Task \d{1,3}$/;
/**
 * The team template's placeholders (../shared/seed/feature-spec-template.md):
 * only these, exactly, so `[RFC 7231]` or `[WIP]` in a spec is text.
 */
const TEMPLATE_PLACEHOLDERS: ReadonlySet<string> = new Set(['[Feature Name]', '[Date]', '[Name]', '[Phase Name]', '[Milestone Name]']);
const LONGEST_PLACEHOLDER = Math.max(...[...TEMPLATE_PLACEHOLDERS].map((p) => p.length));

/** Whether `data` (trimmed) is one of the template's placeholders. */
function isTemplatePlaceholder(data: string): boolean {
  return TEMPLATE_PLACEHOLDERS.has(data.trim());
}

/**
 * The template's placeholders left in a line: `[Feature Name]`, `[Date]`, …,
 * no link (`[text](…)`, `[text][ref]`, `[label]:`). Read from `data`, so code
 * spans, escapes and comments never hold one. Linear: each `[` looks ahead at
 * most as far as the longest placeholder.
 */
function bracketPlaceholders(number: number, text: string, data: string, out: Located<string>[]): void {
  for (let open = data.indexOf('['); open >= 0; open = data.indexOf('[', open + 1)) {
    if (data[open - 1] === '!' || data[open - 1] === '[') continue;
    // Bounded: an unclosed `[` must not search the rest of the line (that made 1 MB of `[TODO` quadratic).
    const close = closingBracketWithin(data, open + 1, open + LONGEST_PLACEHOLDER);
    if (close < 0) continue;
    const after = data[close + 1];
    if (after === '(' || after === '[' || after === ':' || after === ']') continue;
    const found = data.slice(open, close + 1);
    if (TEMPLATE_PLACEHOLDERS.has(found)) out.push({ value: text.slice(open, close + 1), line: number });
  }
}

/** The first `]` in `data` from `from` up to (not including) `to`, or -1: never looks further than `to`. */
function closingBracketWithin(data: string, from: number, to: number): number {
  const end = Math.min(to, data.length);
  for (let i = from; i < end; i++) if (data.charCodeAt(i) === 0x5d) return i;
  return -1;
}
