/**
 * How the index's gantt chart is laid out so that it reads at GitHub's width:
 * the columns of section names and of milestone names, and the axis's ticks.
 * Mermaid places nothing to avoid collisions: section names are drawn from
 * x = 10 whatever `leftPadding` is; a milestone's name goes right of its
 * diamond, unless `end + width + 1.5 * leftPadding` passes the chart's width,
 * and then left of it (where it meets the section names), and Mermaid
 * decides that twice with `end` 10 px apart, so that near the edge a name is
 * placed on the right but anchored as if on the left, over its diamond; the
 * axis has a tick a week labelled `%Y-%m-%d` unless told otherwise. So the
 * chart is drawn at a fixed width (`useWidth`; narrower pages scale it down),
 * the right padding leaves room for the names of the latest milestones, so
 * that every name goes right of its diamond, and the sizes come from the text
 * and the dates alone: the same specs always give the same chart, whatever
 * the day.
 *
 * Widths are estimated in terminal columns (a CJK character counts 2) at a
 * generous 7 px a column for Mermaid's 11 px labels, and 6.5 px for its 10 px
 * axis labels: wide enough for Trebuchet, Verdana, Arial and DejaVu Sans.
 */
import type { IsoDate } from '../base/text/dates.js';
import { displayWidth } from '../base/text/display-width.js';
import { daysBetween } from '../specs/calendar.js';

/** The width the chart is drawn at: GitHub's Markdown column. */
export const CHART_WIDTH = 830;
/** Mermaid's default paddings: the least we ask for. */
const MIN_PADDING = 75;
const LABEL_PX = 7;
const AXIS_LABEL_PX = 6.5;
/** Where Mermaid starts a section name, and the gap we keep after it. */
const SECTION_X = 10;
const SECTION_GAP = 15;
/** A section name is cut to this many columns. */
export const MAX_SECTION_COLUMNS = 28;
/** A milestone's name is cut to this many columns, and so that Mermaid measures at most MAX_MEASURED_COLUMNS (see measuredColumns). */
export const MAX_LABEL_COLUMNS = 28;
export const MAX_MEASURED_COLUMNS = 40;
/** A milestone's diamond is Mermaid's bar height wide (20 px); a name narrower than that is drawn inside it, unreadable. */
const DIAMOND_PX = 20;
/** Labels narrower than this many columns are padded with no-break spaces so that Mermaid draws them beside the diamond. */
export const MIN_LABEL_COLUMNS = Math.ceil((DIAMOND_PX + 8) / LABEL_PX);

/**
 * The columns Mermaid measures a label at: before it draws, every `#123;` in
 * it is its placeholder `ﬂ°°123¶ß`, put back as the one character only after.
 */
export function measuredColumns(label: string): number {
  return displayWidth(label.replace(/#(\d+);/g, '\uFB02\u00B0\u00B0$1\u00B6\u00DF'));
}

export interface GanttLayout {
  /** Mermaid's `leftPadding`: the column of section names. */
  readonly leftPadding: number;
  /** Mermaid's `rightPadding`: room for the milestone names right of the latest diamonds. */
  readonly rightPadding: number;
  /** The width of the time axis between them. */
  readonly axisWidth: number;
}

/** A milestone as drawn: its label as written in the chart, and its day. */
export interface PlacedLabel {
  readonly label: string;
  readonly date: IsoDate;
}

/** Kept free past each name: rounding, and a day's drift where Mermaid's dates cross a change of clocks. */
const MARGIN_PX = 6;

/**
 * The column of names fits the longest section name. The right padding is
 * the least that lets every milestone's name fit right of its diamond as
 * Mermaid measures it: Mermaid's time axis maps the first milestone's day to
 * 0 and the last's to `axis = width - leftPadding - rightPadding` (one day
 * only: the middle), and puts a name on the right while `x + 20 + name +
 * 1.5 * leftPadding` stays within the width. A late milestone with a long
 * name needs a wide right padding; an early one none.
 */
export function ganttLayout(sectionNames: readonly string[], milestones: readonly PlacedLabel[]): GanttLayout {
  const widestSection = Math.max(0, ...sectionNames.map(displayWidth));
  const leftPadding = Math.max(MIN_PADDING, SECTION_X + Math.ceil(widestSection * LABEL_PX) + SECTION_GAP);
  const days = milestones.map((m) => m.date).sort();
  const span = days.length === 0 ? 0 : daysBetween(days[0]!, days[days.length - 1]!);
  let rightPadding = MIN_PADDING;
  for (const { label, date } of milestones) {
    const at = span === 0 ? 0.5 : daysBetween(days[0]!, date) / span;
    // Room right of the diamond at x: width - 1.5 * leftPadding - 20 - x must hold the name.
    const room = CHART_WIDTH - 1.5 * leftPadding - DIAMOND_PX - measuredColumns(label) * LABEL_PX - MARGIN_PX;
    if (at > 0) rightPadding = Math.max(rightPadding, Math.ceil(CHART_WIDTH - leftPadding - room / at));
  }
  return { leftPadding, rightPadding, axisWidth: CHART_WIDTH - leftPadding - rightPadding };
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
