import path from 'node:path';
import { readRegularSync } from '../../base/read-regular-file.js';
import { listFolder } from '../../base/list-folder.js';
import { said, type StyleFindings } from './style-findings.js';

/** A bounded sample: a few files, their first lines, never a large file. */
const MAX_FILES = 8;
const MAX_FILE_BYTES = 256 * 1024;
const MAX_LINES = 500;
/** Fewer observations than this say nothing. */
const MIN_SEEN = 3;

const CODE_FILE = /\.[cm]?[jt]sx?$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'fixtures', '__fixtures__', '__snapshots__', 'coverage', 'dist', 'build']);

export interface SourceText {
  readonly name: string;
  readonly text: string;
}

/** Up to eight code files of the tests folder (then of its sub-folders), read through the safe reader, first lines only. */
export function sampleTestFiles(testsDir: string): SourceText[] {
  const sample: SourceText[] = [];
  const take = (dir: string, relative: string): void => {
    for (const name of listFolder(dir)) {
      if (sample.length >= MAX_FILES) return;
      if (!CODE_FILE.test(name) || name.endsWith('.d.ts')) continue;
      const read = readRegularSync(path.join(dir, name), MAX_FILE_BYTES);
      if ('bytes' in read) sample.push({ name: `${relative}${name}`, text: read.bytes.toString('utf8').split('\n', MAX_LINES).join('\n') });
    }
  };
  take(testsDir, '');
  for (const name of listFolder(testsDir)) {
    if (sample.length >= MAX_FILES) break;
    if (name.startsWith('.') || SKIPPED_FOLDERS.has(name) || CODE_FILE.test(name)) continue;
    take(path.join(testsDir, name), `${name}/`);
  }
  return sample;
}

const LITERAL = /'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
const CONTROL = /^(if|for|while|else|\} else)\b/;
const STATEMENT_END = /(\)|from\s+['"][^'"\n]*['"])\s*;?$/;

/**
 * The code style most of `sources` are written in: the quote most string
 * literals use, whether statements that end a line end with `;`, tabs or the
 * most common step of indentation, whether a call broken over lines has a
 * comma after its last argument. A field is left out where the sample
 * shows fewer than three cases or no majority.
 */
export function styleOfSources(sources: readonly SourceText[], where: string): StyleFindings {
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  let tabs = 0;
  let parenthesised = 0;
  let bare = 0;
  let spacedBraces = 0;
  let tightBraces = 0;
  // The last argument of a call broken over lines, before the line that closes it with `)`: with a comma or without.
  let argsWithComma = 0;
  let argsWithoutComma = 0;
  // How wide a call broken over lines would be on one line (the formatter found it too wide), and how wide the
  // widest one-string call left whole is (not too wide): the width lies between.
  const brokenWidths: number[] = [];
  let widestWhole = 0;
  const steps = new Map<number, number>();
  for (const { text } of sources) {
    const lines = text.split(/\r?\n/);
    let previousIndent = 0;
    for (const [index, line] of lines.entries()) {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) continue;
      for (const [literal] of trimmed.matchAll(LITERAL)) {
        if (literal.startsWith("'")) single += 1;
        else if (literal.startsWith('"')) double += 1;
      }
      parenthesised += [...trimmed.matchAll(/\(\s*[A-Za-z_$][\w$]*\s*\)\s*=>/g)].length;
      bare += [...trimmed.matchAll(/(?:^|[\s,(=])[A-Za-z_$][\w$]*\s*=>/g)].length;
      const braces = /^(?:import|const|let|var)\s*\{(\s?)[^\s}]/.exec(trimmed);
      if (braces) {
        if (braces[1]) spacedBraces += 1;
        else tightBraces += 1;
      }
      const joined = joinedCallWidth(lines, index);
      if (joined !== undefined) brokenWidths.push(joined);
      if (WHOLE_ONE_STRING_CALL.test(trimmed)) widestWhole = Math.max(widestWhole, columns(line));
      const next = lines.slice(index + 1).find((l) => l.trim() !== '')?.trim() ?? '';
      if (next.startsWith(')') && !/[({[]$/.test(trimmed)) {
        if (trimmed.endsWith(',')) argsWithComma += 1;
        else argsWithoutComma += 1;
      }
      if (STATEMENT_END.test(trimmed) && !CONTROL.test(trimmed) && !/^[.?:+\-*/&|)\]]/.test(next)) {
        if (trimmed.endsWith(';')) withSemicolon += 1;
        else withoutSemicolon += 1;
      }
      const indent = /^[ \t]*/.exec(line)![0];
      if (indent.startsWith('\t')) tabs += 1;
      else if (indent.length > previousIndent) steps.set(indent.length - previousIndent, (steps.get(indent.length - previousIndent) ?? 0) + 1);
      previousIndent = indent.startsWith('\t') ? previousIndent : indent.length;
    }
  }
  const files = `${sources.length} file${sources.length === 1 ? '' : 's'}`;
  const style: StyleFindings = {};
  if (single + double >= MIN_SEEN && single !== double) {
    const quotes = single > double ? 'single' : 'double';
    style.quotes = said(quotes, `the existing tests in ${where} (${Math.max(single, double)} of ${single + double} strings ${quotes}-quoted, ${files})`);
  }
  if (withSemicolon + withoutSemicolon >= MIN_SEEN && withSemicolon !== withoutSemicolon) {
    const semicolons = withSemicolon > withoutSemicolon;
    style.semicolons = said(semicolons, `the existing tests in ${where} (${Math.max(withSemicolon, withoutSemicolon)} of ${withSemicolon + withoutSemicolon} statements ${semicolons ? 'with' : 'without'} a semicolon, ${files})`);
  }
  if (spacedBraces + tightBraces >= MIN_SEEN && spacedBraces !== tightBraces) {
    const spaced = spacedBraces > tightBraces;
    style.bracketSpacing = said(spaced, `the existing tests in ${where} (${Math.max(spacedBraces, tightBraces)} of ${spacedBraces + tightBraces} imports ${spaced ? 'with' : 'without'} spaces inside braces, ${files})`);
  }
  if (parenthesised + bare >= MIN_SEEN && parenthesised !== bare) {
    const avoid = bare > parenthesised;
    style.arrowParens = said(avoid ? 'avoid' : 'always', `the existing tests in ${where} (${Math.max(parenthesised, bare)} of ${parenthesised + bare} one-parameter arrow functions ${avoid ? 'without' : 'with'} parentheses, ${files})`);
  }
  if (argsWithComma + argsWithoutComma >= MIN_SEEN && argsWithComma !== argsWithoutComma) {
    // Only a call's arguments show "all" apart from "es5"; without that comma the stub's broken calls need none.
    const all = argsWithComma > argsWithoutComma;
    style.trailingCommas = said(all ? 'all' : 'none', `the existing tests in ${where} (${Math.max(argsWithComma, argsWithoutComma)} of ${argsWithComma + argsWithoutComma} calls broken over lines ${all ? 'with' : 'without'} a comma after the last argument, ${files})`);
  }
  if (brokenWidths.length >= 2) {
    const narrowest = Math.min(...brokenWidths);
    // Of the usual widths, the one the broken calls outgrow and the whole ones fit, when only one does.
    const fitting = [80, 100, 120].filter((w) => w < narrowest && w >= widestWhole);
    const width = fitting.length === 1 ? fitting[0] : undefined;
    if (width !== undefined) style.width = said(width, `the existing tests in ${where} (calls broken over lines that would be ${narrowest} columns or more on one line, ${files})`);
  }
  const [step, stepCount] = [...steps.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  if (tabs >= MIN_SEEN && tabs > stepCount) style.indent = said('tab', `the existing tests in ${where} (${tabs} lines indented with tabs, ${files})`);
  else if (stepCount >= MIN_SEEN && step <= 16) style.indent = said(step, `the existing tests in ${where} (${stepCount} indentations of ${step} spaces, ${files})`);
  return style;
}

/** `  test.todo('…')`: a call of one string left on one line, which a formatter breaks where it is too wide. */
const WHOLE_ONE_STRING_CALL = /^[\w$.]+\((['"])(?:\\.|(?!\1).)*\1\),?;?$/;

/** A line's width, tabs as two columns (the width is a guess between usual values, not a measure to the column). */
const columns = (line: string): number => line.replace(/\t/g, '  ').length;

/**
 * The width of the call opened at `lines[at]` (a line ending with `(`) as it would be on one line, when its
 * arguments are each on a line of their own and the next line at its indentation closes it with `)`.
 */
function joinedCallWidth(lines: readonly string[], at: number): number | undefined {
  const opener = lines[at]!;
  if (!opener.trimEnd().endsWith('(')) return undefined;
  const indent = /^[ \t]*/.exec(opener)![0];
  const args: string[] = [];
  for (let i = at + 1; i < lines.length && i <= at + 6; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (line.startsWith(`${indent})`)) return args.length === 0 ? undefined : columns(opener.trimEnd()) + args.join(', ').length + columns(trimmed);
    // A nested call, object or function, or a comment: not a list of plain arguments.
    if (trimmed === '' || /[({[]$/.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('.')) return undefined;
    args.push(trimmed.replace(/,$/, ''));
  }
  return undefined;
}

const JEST_GLOBALS_IMPORT = /from\s+['"]@jest\/globals['"]|require\(\s*['"]@jest\/globals['"]\s*\)/;

/** The first sampled test that imports from @jest/globals, if any does. */
export function importingJestGlobals(sources: readonly SourceText[]): string | undefined {
  return sources.find(({ text }) => JEST_GLOBALS_IMPORT.test(text))?.name;
}
