import { CANONICAL_STYLE, type CodeStyle, type LintRule } from '../config/code-style.js';
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
  // Nothing to fit (no formatter, no linter, no tests that say otherwise): the canonical form as it is,
  // byte for byte what an ejected template renders.
  if (isCanonical(style)) return canonical;
  return canonical
    .split('\n')
    .flatMap((line) => restyleLine(line, style))
    .join('\n');
}

const isCanonical = (style: CodeStyle): boolean =>
  (Object.keys(CANONICAL_STYLE) as (keyof CodeStyle)[]).every((field) => JSON.stringify(style[field]) === JSON.stringify(CANONICAL_STYLE[field]));

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
  // Where the linter wants String.raw (xo's unicorn/prefer-string-raw), the literal is written so: a
  // disable comment would name a rule that older versions of the linter do not have, itself an error.
  const quote = (literal: string): string => {
    const text = quoted(literal, style.quotes, style.avoidEscape);
    if (!rulesBroken(text, style.lintRules).includes('unicorn/prefer-string-raw')) return text;
    // A backslash before `x` reads as a hexadecimal escape to older xo's unicorn/no-hex-escape, even in
    // String.raw: there each backslash is written `\u005C`, an escape neither rule objects to.
    return /\\x/.test(valueOf(text)) ? text.replaceAll('\\\\', '\\u005C') : `String.raw\`${valueOf(text)}\``;
  };
  // Above the line that holds the string: eslint-disable-next-line reaches one line only.
  const directive = (depth: number, literals: readonly string[]): string[] => {
    const rules = [...new Set(literals.flatMap((literal) => (literal.startsWith('String.raw') ? [] : rulesBroken(literal, style.lintRules))))];
    return rules.length > 0 ? [`${indent(depth)}// eslint-disable-next-line ${rules.join(', ')}`] : [];
  };
  const call = ONE_STRING_CALL.exec(content);
  if (call) {
    const [, callee, literal] = call as unknown as [string, string, string];
    const text = quote(literal);
    const oneLine = `${indent(level)}${callee}(${text})${semicolon}`;
    if (style.width === undefined || lineWidth(oneLine, style.tabWidth) <= style.width) return [...directive(level, [text]), oneLine];
    // prettier: `callee(` / the argument one level in, a comma only with trailingComma "all" / `);`
    return [`${indent(level)}${callee}(`, ...directive(level + 1, [text]), `${indent(level + 1)}${text}${style.trailingCommas === 'all' ? ',' : ''}`, `${indent(level)})${semicolon}`];
  }
  const spaced = style.bracketSpacing || !IMPORT.test(content) ? content : content.replace(/\{ (.*?) \}/, '{$1}');
  const literals: string[] = [];
  const body = spaced.replace(STRING, (literal) => {
    literals.push(quote(literal));
    return literals.at(-1)!;
  });
  // A test-call opener's one parameter: `(t) => {` or, avoiding parentheses, `t => {`.
  const arrow = style.arrowParens === 'avoid' ? body.replace(/\(([A-Za-z_$][\w$]*)\) => \{$/, '$1 => {') : body;
  return [...directive(level, literals), indent(level) + (arrow.endsWith(';') && !style.semicolons ? arrow.slice(0, -1) : arrow)];
}

/**
 * The linter rules a string literal (as written) breaks: `${…}` in its text
 * (no-template-curly-in-string, on the value, silenced by a comment above the
 * line); only `\\` escapes and no trailing backslash
 * (unicorn/prefer-string-raw, as that rule decides: the literal is then
 * written as String.raw`…`, which is what the rule asks for).
 */
export function rulesBroken(literal: string, rules: readonly LintRule[]): LintRule[] {
  const value = valueOf(literal);
  return rules.filter((rule) => {
    if (rule === 'no-template-curly-in-string') return /\$\{[^}]+\}/u.test(value);
    const raw = literal;
    if (raw.at(-2) === '\\' || !raw.includes('\\\\') || raw.includes('`') || raw.includes('${')) return false;
    return raw.slice(1, -1).replace(new RegExp(`\\\\([\\\\${raw[0]}])`, 'g'), '$1') === value;
  });
}

/** What a quoted literal (either quote, JSON's escapes) stands for. */
function valueOf(literal: string): string {
  const raw = literal.slice(1, -1);
  return JSON.parse(`"${raw.replace(/\\(.)|"/gs, (match, escaped: string | undefined) => (escaped === "'" ? "'" : escaped === undefined ? '\\"' : match))}"`) as string;
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
export function quoted(jsonLiteral: string, preferred: CodeStyle['quotes'], avoidEscape = true): string {
  const raw = jsonLiteral.slice(1, -1);
  const doubles = raw.split('"').length - 1;
  const singles = raw.split("'").length - 1;
  const wanted = preferred === 'single' ? "'" : '"';
  const other = wanted === '"' ? "'" : '"';
  const enclosing = avoidEscape && (wanted === '"' ? doubles : singles) > (wanted === '"' ? singles : doubles) ? other : wanted;
  const alternate = enclosing === '"' ? "'" : '"';
  const body = raw.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, quote: string | undefined) => {
    if (escaped === alternate) return escaped;
    if (quote === enclosing) return `\\${quote}`;
    if (quote) return quote;
    return match;
  });
  return `${enclosing}${body}${enclosing}`;
}
