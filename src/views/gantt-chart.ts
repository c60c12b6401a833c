/**
 * The specs' dated milestones as a Mermaid gantt chart. Mermaid's gantt
 * grammar (its jison lexer) reads a line's text up to `:` as a task's name,
 * `:` to `#` or `;` as its data, `%%` (or any character then `%`) as the
 * start of a comment, `#name;` as an entity, and a line that begins with a
 * keyword (`title`, `section`, `click`, `excludes`, `todayMarker`, a date,
 * ...) as that statement. So what a spec says reaches the chart only as text:
 * those characters become their fullwidth look-alikes, and a name that begins
 * with a keyword is preceded by a word joiner (U+2060, invisible), which no
 * rule of the lexer but the task name's matches.
 */
import { TERMINAL_UNSAFE } from '../base/text/terminal-text.js';
import { isCalendarDay } from '../specs/calendar.js';
import type { SpecFile } from '../specs/read-specs-folder.js';

/** ASCII that Mermaid's gantt lexer reads as syntax (and `<`, `>`, `` ` `` for whoever renders it next), and its fullwidth form. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  ':': '\uFF1A',
  ';': '\uFF1B',
  '#': '\uFF03',
  '%': '\uFF05',
  '<': '\uFF1C',
  '>': '\uFF1E',
  '`': '\uFF40',
  '{': '\uFF5B',
  '}': '\uFF5D',
};
const SYNTAX = /[:;#%<>`{}]/g;
/** The statements of the gantt grammar (Mermaid 11): a task name that begins with one would be read as it. */
const KEYWORD = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|section|acctitle|accdescr|accdescription|click|call|href)(?![\p{L}\p{N}_])|^\d{4}-\d{2}-\d{2}/iu;
const WORD_JOINER = '\u2060';
const INDENT = '    ';

/** A label for the chart: one line of plain text that Mermaid reads as nothing but text. */
export function ganttText(text: string): string {
  const label = text
    // Control characters, line and paragraph separators, bidi controls: never part of a label.
    .replace(TERMINAL_UNSAFE, ' ')
    .replace(SYNTAX, (c) => LOOK_ALIKES[c]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (label === '') return '(no name)';
  return KEYWORD.test(label) ? `${WORD_JOINER}${label}` : label;
}

/** A spec's section name: its number and title (its slug when it has no title). */
function sectionName(file: SpecFile): string {
  const { reading } = file;
  const name = reading.title?.value ?? reading.slug ?? reading.fileName;
  return `${reading.number ?? reading.id ?? reading.fileName} ${name}`;
}

/**
 * The chart: one section per spec with a milestone on a real day, one
 * milestone per such date (done ones marked done), in the specs' order; or
 * undefined when no spec has one. The lines only: the caller fences it.
 */
export function ganttChart(files: readonly SpecFile[]): string | undefined {
  const lines: string[] = [];
  for (const file of files) {
    const milestones = file.reading.milestones.filter((m) => isCalendarDay(m.date));
    if (milestones.length === 0) continue;
    lines.push(`${INDENT}section ${ganttText(sectionName(file))}`);
    for (const m of milestones) lines.push(`${INDENT}${ganttText(m.name)} :${m.done ? 'done, ' : ''}milestone, ${m.date}, 0d`);
  }
  if (lines.length === 0) return undefined;
  return ['gantt', `${INDENT}dateFormat YYYY-MM-DD`, ...lines].join('\n');
}
