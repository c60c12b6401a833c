/**
 * How the index's gantt chart is laid out so that it reads at GitHub's width:
 * the column of section names, where each milestone's name goes, and the
 * axis's ticks. Mermaid places nothing to avoid collisions: section names are
 * drawn from x = 10 whatever `leftPadding` is; a milestone's name goes right
 * of its diamond unless `x + 10 + width + 1.5 * leftPadding` passes the
 * chart's width, and then left of it, towards the section names; and Mermaid
 * decides the anchor of the text a second time with x 10 px further right, so
 * that in a band of 10 px a name placed on the right is anchored as if on the
 * left, over its diamond. The axis has a tick a week labelled `%Y-%m-%d`
 * unless told otherwise. So the chart is drawn at a fixed width (`useWidth`;
 * narrower pages scale it down), where each diamond's x is known from the
 * dates, and each name is made to fall clearly on one side: short enough for
 * the right, or, on the left, padded with leading no-break spaces (after a
 * word joiner, which Mermaid's lexer does not skip as blank) until Mermaid
 * cannot measure it as fitting on the right, and short enough not to reach
 * the section names; else cut. All from the text and the dates alone: the
 * same specs always give the same chart, whatever the day.
 *
 * Widths are estimated: at most 7 px a terminal column (a CJK character
 * counts 2) for Mermaid's 11 px labels, at least what leastPx says, 3 to 4
 * px a no-break space, 6.5 px a column for its 10 px axis labels: for
 * Trebuchet, Verdana, Arial, Helvetica and DejaVu Sans.
 */
import type { IsoDate } from '../base/text/dates.js';
import { displayWidth } from '../base/text/display-width.js';
import { daysBetween } from '../specs/calendar.js';

/** The width the chart is drawn at: GitHub's Markdown column. */
export const CHART_WIDTH = 830;
/** Mermaid's default right padding; its default left padding is the least we ask for. */
const RIGHT_PADDING = 75;
const MIN_LEFT_PADDING = 75;
/** Bounds of a column's width in an 11 px label, and of a no-break space's. */
const MOST_PX = 7;
const LEAST_PX = 2.4;
const ASCII_LEAST_PX = 5;
const OTHER_LEAST_PX = 3.5;
const SPACE_MOST_PX = 4;
const SPACE_LEAST_PX = 3;
const AXIS_LABEL_PX = 6.5;
/** Where Mermaid starts a section name, and the gap we keep after it. */
const SECTION_X = 10;
const SECTION_GAP = 15;
/** A section name is cut to this many columns. */
export const MAX_SECTION_COLUMNS = 28;
/** A milestone's name is cut to this many columns, and so that Mermaid measures at most MAX_MEASURED_COLUMNS (see measuredColumns). */
export const MAX_LABEL_COLUMNS = 28;
export const MAX_MEASURED_COLUMNS = 40;
/** A milestone's diamond is Mermaid's bar height wide (20 px): a name Mermaid measures narrower is drawn inside it, unreadable. */
const DIAMOND_PX = 20;
/** Kept clear of each of Mermaid's thresholds: rounding, and an hour's drift where dates cross a change of clocks. */
const MARGIN_PX = 2;
const NO_BREAK_SPACE = '\u00A0';
const WORD_JOINER = '\u2060';

/** A label as Mermaid measures it: before it draws, every `#123;` is its placeholder `ﬂ°°123¶ß`, put back as the one character only after. */
function asMeasured(label: string): string {
  return label.replace(/#(\d+);/g, '\uFB02\u00B0\u00B0$1\u00B6\u00DF');
}

/** The columns Mermaid measures a label at (entities as their placeholders). */
export function measuredColumns(label: string): number {
  return displayWidth(asMeasured(label));
}

/** ASCII narrower than 3 px in Arial or Helvetica at 11 px (`i` is 2.4 px). */
const NARROW = /^[ijlIJft!|.,:;'`()[\]{}\-]$/;

/**
 * The least width Mermaid can measure a label at, a character at a time: a
 * narrow ASCII letter or mark 2.4 px, a space 3 px, other ASCII 5 px (`c` and
 * `s` are 5.5 px in Arial), anything else 3.5 px (a missing CJK glyph's box
 * is 4 px in DejaVu Sans).
 */
export function leastPx(label: string): number {
  let px = 0;
  for (const c of asMeasured(label).replace(/\u2060/g, '')) px += NARROW.test(c) ? LEAST_PX : c === ' ' || c === NO_BREAK_SPACE ? SPACE_LEAST_PX : c < '\u0080' ? ASCII_LEAST_PX : OTHER_LEAST_PX;
  return px;
}

/** A milestone to place: its day, and its name as written in the chart, cut to at most `columns` columns. */
export interface MilestoneToPlace {
  readonly date: IsoDate;
  readonly label: (columns: number) => string;
}

export interface GanttLayout {
  /** Mermaid's `leftPadding`: the column of section names. */
  readonly leftPadding: number;
  readonly rightPadding: number;
  /** The width of the time axis between them. */
  readonly axisWidth: number;
  /** Each milestone's name as it goes in the chart, padded for its side. */
  readonly labels: readonly string[];
}

/** The most width Mermaid may measure a label at: MOST_PX a column, SPACE_MOST_PX a no-break space, nothing for a word joiner. */
export function mostPx(label: string): number {
  let px = 0;
  for (const c of asMeasured(label)) px += c === NO_BREAK_SPACE ? SPACE_MOST_PX : c === WORD_JOINER ? 0 : displayWidth(c) * MOST_PX;
  return px;
}

/** `label` padded so that it falls right of a diamond at x on an axis where the threshold is `room`, or undefined. */
function onTheRight(label: string, room: number): string | undefined {
  // Wide enough to leave the diamond however narrow the font.
  const padded = label + NO_BREAK_SPACE.repeat(Math.max(0, Math.ceil((DIAMOND_PX + MARGIN_PX - leastPx(label)) / SPACE_LEAST_PX)));
  return mostPx(padded) <= room - 20 - MARGIN_PX ? padded : undefined;
}

/** `label` padded so that Mermaid puts it left of a diamond at x, clear of the section names, or undefined. */
function onTheLeft(label: string, room: number, x: number): string | undefined {
  const pad = Math.max(0, Math.ceil((Math.max(room - 10, DIAMOND_PX) + MARGIN_PX - leastPx(label)) / SPACE_LEAST_PX));
  const padded = pad === 0 ? label : `${WORD_JOINER}${NO_BREAK_SPACE.repeat(pad)}${label}`;
  // Mermaid ends it at x - 15 (its diamond starts at x - 11): drawn leftwards from there, it must
  // start right of the section names, which end SECTION_GAP (15 px) before the axis.
  return mostPx(padded) <= x - MARGIN_PX ? padded : undefined;
}

/**
 * The column of names fits the longest section name; the axis takes the rest
 * but Mermaid's right padding. Mermaid's time axis maps the first
 * milestone's day to 0 and the last's to its width (one day only: the
 * middle); a name goes right of its diamond where it surely fits there, else
 * left of it, else it is cut until it fits on one side.
 */
export function ganttLayout(sectionNames: readonly string[], milestones: readonly MilestoneToPlace[]): GanttLayout {
  const widestSection = Math.max(0, ...sectionNames.map(displayWidth));
  const leftPadding = Math.max(MIN_LEFT_PADDING, SECTION_X + Math.ceil(widestSection * MOST_PX) + SECTION_GAP);
  const axisWidth = CHART_WIDTH - leftPadding - RIGHT_PADDING;
  const days = milestones.map((m) => m.date).sort();
  const span = days.length === 0 ? 0 : daysBetween(days[0]!, days[days.length - 1]!);
  const labels = milestones.map(({ date, label }) => {
    const x = span === 0 ? axisWidth / 2 : Math.round((daysBetween(days[0]!, date) / span) * axisWidth);
    // Mermaid puts a name of width w on the right while x + 10 + w + 1.5 * leftPadding <= the chart's width.
    const room = CHART_WIDTH - 1.5 * leftPadding - x;
    for (let columns = MAX_LABEL_COLUMNS; columns > 1; columns--) {
      const cut = label(columns);
      const placed = onTheRight(cut, room) ?? onTheLeft(cut, room, x);
      if (placed !== undefined) return placed;
    }
    return label(1);
  });
  return { leftPadding, rightPadding: RIGHT_PADDING, axisWidth, labels };
}

/** Mermaid's `tickInterval` (its units go up to `month`) and the `axisFormat` of the labels at those ticks. */
export interface GanttAxis {
  readonly tickInterval: string;
  readonly axisFormat: string;
}

const DAY = '%b %d';
const MONTH = '%b %Y';
const YEAR = '%Y';
/** From the finest to the coarsest: the interval, its length in days, the label's format and its width in characters. */
const STEPS: readonly (readonly [interval: string, days: number, format: string, characters: number])[] = [
  ['1day', 1, DAY, 6],
  ['2day', 2, DAY, 6],
  ['1week', 7, DAY, 6],
  ['2week', 14, DAY, 6],
  ['1month', 30.44, MONTH, 8],
  ['2month', 60.88, MONTH, 8],
  ['3month', 91.31, MONTH, 8],
  ['6month', 182.62, MONTH, 8],
  ['12month', 365.25, YEAR, 4],
  ['24month', 730.5, YEAR, 4],
  ['60month', 1826.25, YEAR, 4],
  ['120month', 3652.5, YEAR, 4],
];
/** Space kept between two axis labels. */
const AXIS_GAP = 16;

/**
 * The finest ticks whose labels, side by side, fit the chart's time axis
 * (`axis` px wide) for the milestones from `first` to `last`: days for a
 * fortnight, weeks, months, years for a decade.
 */
export function ganttAxis(first: IsoDate, last: IsoDate, axis: number): GanttAxis {
  const span = Math.max(0, daysBetween(first, last));
  for (const [tickInterval, days, axisFormat, characters] of STEPS) {
    // d3 may put a tick at both ends: one more than the span holds.
    const ticks = Math.floor(span / days) + 2;
    if (ticks * (characters * AXIS_LABEL_PX + AXIS_GAP) <= axis) return { tickInterval, axisFormat };
  }
  return { tickInterval: '120month', axisFormat: YEAR };
}
