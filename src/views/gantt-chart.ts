/**
 * The specs' dated milestones as a Mermaid gantt chart. Mermaid's gantt
 * grammar (its jison lexer) reads a line's text up to `:` as a task's name,
 * `:` to `#` or `;` as its data, `%%` (or any character then `%`) as the
 * start of a comment, and a line that begins with a keyword (`title`,
 * `section`, `click`, `excludes`, `todayMarker`, a date, ...) as that
 * statement. Before it lexes, Mermaid (10 and 11) turns every `#name;` and
 * `#123;` into a placeholder, and after drawing puts it back as the HTML
 * entity `&#123;`. So what a spec says reaches the chart only as text: those
 * characters are written as such numeric entities, which the reader sees as
 * the very character typed (in any font that has it), and a name that begins
 * with a keyword is preceded by a word joiner (U+2060, invisible), which no
 * rule of the lexer but the task name's matches.
 */
import { TERMINAL_UNSAFE } from '../base/text/terminal-text.js';
import { specStatus } from '../specs/spec-summary.js';
import { milestonesPending } from '../specs/overdue.js';
import { CHART_WIDTH, ganttAxis, ganttLayout, MAX_MEASURED_COLUMNS, MAX_SECTION_COLUMNS, measuredColumns } from './gantt-layout.js';
import { truncate } from './list-table.js';
import { isCalendarDay } from '../specs/calendar.js';
import type { Milestone } from '../specs/read-spec.js';
import type { SpecFile } from '../specs/read-specs-folder.js';

/**
 * ASCII that Mermaid's gantt lexer reads as syntax (and `<`, `>`, `` ` `` for
 * whoever renders it next), and the two characters of Mermaid's own entity
 * placeholders (`ﬂ°°…¶ß`), written as numeric entities.
 */
const SYNTAX = /[:;#%<>`{}\uFB02\u00B6]/g;
/** The statements of the gantt grammar (Mermaid 11): a task name that begins with one would be read as it. */
const KEYWORD = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|section|acctitle|accdescr|accdescription|click|call|href)(?![\p{L}\p{N}_])|^\d{4}-\d{2}-\d{2}/iu;
const WORD_JOINER = '\u2060';
const INDENT = '    ';

/** One line of plain text: control characters, line and paragraph separators, bidi controls become blanks; blanks collapse. */
function oneLine(text: string): string {
  return text.replace(TERMINAL_UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}

/** `text` with what Mermaid would read as syntax written as entities, and a word joiner before a leading keyword. */
function escaped(text: string): string {
  const label = text.replace(SYNTAX, (c) => `#${c.codePointAt(0)!};`);
  return KEYWORD.test(label) ? `${WORD_JOINER}${label}` : label;
}

/** A label for the chart: one line of plain text that Mermaid reads as nothing but text. */
export function ganttText(text: string): string {
  const label = oneLine(text);
  return label === '' ? '(no name)' : escaped(label);
}

/**
 * A milestone's name cut to `columns` (ending in `…`), and so that Mermaid
 * measures it at most MAX_MEASURED_COLUMNS: entities count as their
 * placeholders (see gantt-layout.ts, which pads it for its side).
 */
function milestoneLabel(name: string, columns: number): string {
  const plain = oneLine(name);
  if (plain === '') return '(no name)';
  let label = escaped(truncate(plain, columns));
  while (measuredColumns(label) > MAX_MEASURED_COLUMNS && columns > 1) label = escaped(truncate(plain, --columns));
  return label;
}

/** A spec's section name: its number and title (its slug when it has no title). */
function sectionName(file: SpecFile): string {
  const { reading } = file;
  const name = reading.title?.value ?? reading.slug ?? reading.fileName;
  return truncate(oneLine(`${reading.number ?? reading.id ?? reading.fileName} ${name}`), MAX_SECTION_COLUMNS);
}

/**
 * The chart: one section per spec with a milestone on a real day, one
 * milestone per such date, in the specs' order; or undefined when no spec
 * has one. A milestone ticked or struck through is drawn done, and so is
 * every milestone of a spec whose milestones are history (deployed, or
 * stopped in an end state: overdue.ts decides). An init directive sizes the column of
 * names, and the axis's ticks follow the milestones' span (gantt-layout.ts).
 * The lines only: the caller fences it.
 */
export function ganttChart(files: readonly SpecFile[]): string | undefined {
  const sections: { name: string; milestones: readonly Milestone[]; deployed: boolean }[] = [];
  for (const file of files) {
    const milestones = file.reading.milestones.filter((m) => isCalendarDay(m.date));
    // Deployed, at the last step of its lifecycle, or stopped (rejected, superseded): its milestones are history.
    if (milestones.length > 0) sections.push({ name: sectionName(file), milestones, deployed: !milestonesPending(file.reading, specStatus(file)) });
  }
  if (sections.length === 0) return undefined;
  const dates = sections.flatMap((s) => s.milestones.map((m) => m.date)).sort();
  const { leftPadding, rightPadding, axisWidth, labels } = ganttLayout(
    sections.map((s) => s.name),
    sections.flatMap((s) => s.milestones.map((m) => ({ date: m.date, label: (columns: number) => milestoneLabel(m.name, columns) }))),
  );
  const { tickInterval, axisFormat } = ganttAxis(dates[0]!, dates[dates.length - 1]!, axisWidth);
  const init = { gantt: { useWidth: CHART_WIDTH, leftPadding, rightPadding } };
  const lines = [`%%{init: ${JSON.stringify(init)}}%%`, 'gantt', `${INDENT}dateFormat YYYY-MM-DD`, `${INDENT}axisFormat ${axisFormat}`, `${INDENT}tickInterval ${tickInterval}`];
  let next = 0;
  for (const section of sections) {
    lines.push(`${INDENT}section ${escaped(section.name)}`);
    for (const m of section.milestones) {
      lines.push(`${INDENT}${labels[next++]!} :${m.done || section.deployed ? 'done, ' : ''}milestone, ${m.date}, 0d`);
    }
  }
  return lines.join('\n');
}
