import type { CodeStyle } from '../config/code-style.js';
import { displayWidth } from '../base/text/display-width.js';

/**
 * A built-in test stub, rewritten from the canonical form the templates
 * render (double quotes, semicolons, two spaces per level, nothing broken:
 * see templates/test-*.hbs) into the repository's code style, so that its
 * formatter (prettier, biome) leaves it as it is. Pure, and line by line: the
 * templates only produce blank lines, `//` comments, imports, one-string
 * calls (`test.todo("…");`) and test-call openers (`describe("…", () => {`)
 * with their `});`. Never given a team's template: what a team writes is theirs.
 */
export function restyleStub(canonical: string, style: CodeStyle): string {
  return canonical
    .split('\n')
    .flatMap((line) => restyleLine(line, style))
    .join('\n');
}

const CANONICAL_INDENT = 2;
/** `import { a, b } from "x";`, `const { a, b } = require("x");`: the lines with braces to space or not. */
const IMPORT = /^(import|const) \{ /;
const STRING = /"(?:[^"\\\n]|\\.)*"/g;
/** `callee("…");` — the only line broken for width, as prettier breaks a call that does not fit. */
const ONE_STRING_CALL = /^([\w$.]+)\(("(?:[^"\\\n]|\\.)*")\);$/;

function restyleLine(line: string, style: CodeStyle): string[] {
  const content = line.trimStart();
  if (content === '') return [''];
  const level = Math.floor((line.length - content.length) / CANONICAL_INDENT);
  const indent = (depth: number): string => (style.indent === 'tab' ? '\t' : ' '.repeat(style.indent)).repeat(depth);
  if (content.startsWith('//')) return [indent(level) + content];
  const semicolon = style.semicolons ? ';' : '';
  const call = ONE_STRING_CALL.exec(content);
  if (call) {
    const [, callee, literal] = call as unknown as [string, string, string];
    const text = quoted(literal, style.quotes);
    const oneLine = `${indent(level)}${callee}(${text})${semicolon}`;
    if (style.width === undefined || lineWidth(oneLine, style.tabWidth) <= style.width) return [oneLine];
    // prettier: `callee(` / the argument one level in, a comma only with trailingComma "all" / `);`
    return [`${indent(level)}${callee}(`, `${indent(level + 1)}${text}${style.trailingCommas === 'all' ? ',' : ''}`, `${indent(level)})${semicolon}`];
  }
  const spaced = style.bracketSpacing || !IMPORT.test(content) ? content : content.replace(/\{ (.*?) \}/, '{$1}');
  const body = spaced.replace(STRING, (literal) => quoted(literal, style.quotes));
  return [indent(level) + (body.endsWith(';') && !style.semicolons ? body.slice(0, -1) : body)];
}

/** How wide prettier measures a line: a tab counts `tabWidth` columns, East Asian wide characters 2. */
export function lineWidth(line: string, tabWidth: number): number {
  const content = line.replace(/^\t+/, (tabs) => ' '.repeat(tabs.length * tabWidth));
  return displayWidth(content);
}

/**
 * A JSON string literal in the quote prettier would print it with: the
 * preferred one, unless the text holds more of it than of the other; escapes
 * of the other quote dropped, the enclosing quote escaped, every other escape
 * (`\\`, `\n`, `\u0000`) kept as it is.
 */
export function quoted(jsonLiteral: string, preferred: CodeStyle['quotes']): string {
  const raw = jsonLiteral.slice(1, -1);
  const doubles = raw.split('"').length - 1;
  const singles = raw.split("'").length - 1;
  const wanted = preferred === 'single' ? "'" : '"';
  const other = wanted === '"' ? "'" : '"';
  const enclosing = (wanted === '"' ? doubles : singles) > (wanted === '"' ? singles : doubles) ? other : wanted;
  const alternate = enclosing === '"' ? "'" : '"';
  const body = raw.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, quote: string | undefined) => {
    if (escaped === alternate) return escaped;
    if (quote === enclosing) return `\\${quote}`;
    if (quote) return quote;
    return match;
  });
  return `${enclosing}${body}${enclosing}`;
}
