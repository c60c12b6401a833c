/**
 * What a test file says about specs, read from its text (never run):
 *
 * - which specs it may belong to: the `Specification: <path> (<id>)` line of
 *   a generated stub, and the words shaped like a full id (`0007-dark-mode`)
 *   it names (traceability.ts decides: a header outranks them);
 * - which requirements it names: `FR-3` (a requirement of the specs it
 *   belongs to), or `0007 FR-3` / `0007-dark-mode FR-3` (of that spec,
 *   from any test file);
 * - whether each naming is a test still to write: on a line with `.todo(`,
 *   `.skip(`, `.skipIf(`, `xit(`/`xtest(`, `todo:` or `skip:` (node:test's
 *   options, and TODO comments), or a mocha `it("…")` with no function; also
 *   when a formatter split such a call, leaving the name on a line of its own.
 */

export interface SpecHeader {
  /** As written: `docs/specs/0007-dark-mode.md`. */
  readonly path: string;
  /** The id in parentheses after it, when there is one. */
  readonly id: string | undefined;
  readonly line: number;
}

export interface Mention {
  /** The spec named before the requirement (`0007`, `0007-dark-mode`); undefined: the file's own specs. */
  readonly spec: string | undefined;
  /** The requirement's number: `FR-003` is 3. */
  readonly requirement: number;
  readonly todo: boolean;
  readonly line: number;
}

export interface TestCitations {
  readonly headers: readonly SpecHeader[];
  /** Words shaped like a spec's full id (`0007-dark-mode`), each once: the caller knows which are specs. */
  readonly ids: readonly string[];
  readonly mentions: readonly Mention[];
}

const HEADER = /Specification:[ \t]*([^\s()]+\.md)(?:[ \t]*\(([^)\s]+)\))?/gi;
const FULL_ID = /\b\d{4,8}-[a-z0-9]+(?:-[a-z0-9]+)*\b/gi;
/** A requirement: `FR-3`, `FR-003`. The spec before it, if any, is found by looking back (specBefore). */
const REQUIREMENT = /\bFR-0*(\d{1,6})\b/gi;
/** A spec named before a requirement: its number, then slug words (`0007`, `0007-dark-mode`), all of the text given. */
const SPEC_BEFORE = /^\d{4,8}(?:-[a-z0-9]+)*$/i;
/** How far back a spec's name may start: 8 digits, a dash and a 64-byte slug, with room to spare. */
const SPEC_REACH = 128;
const TODO = /\.(?:todo|skip)(?:If)?[ \t]*\(|\bx(?:it|test|describe)[ \t]*\(|\b(?:todo|skip)[ \t]*:|\b(?:it|test|specify)[ \t]*\([ \t]*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)[ \t]*\)/i;
/** A call left open at the end of a line (a formatter split it): `test.todo(`, `xit(`, `it(`. */
const OPEN_TODO = /(?:\.(?:todo|skip)(?:If)?|\bx(?:it|test|describe))[ \t]*\([ \t]*$/;
const OPEN_CALL = /\b(?:it|test|specify)[ \t]*\([ \t]*$/;
/** A line that is only a string (the test's name), as a formatter leaves it inside a split call. */
const STRING_LINE = /^[ \t]*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)[ \t]*,?[ \t]*$/;
const ANY_REQUIREMENT = /FR-\d/i;

export function testCitations(text: string): TestCitations {
  const headers: SpecHeader[] = [];
  const ids = new Set<string>();
  const mentions: Mention[] = [];
  // Most files of a repository name no spec: one scan decides.
  if (!ANY_REQUIREMENT.test(text) && !/Specification:|\d{4}-[a-z]/i.test(text)) return { headers, ids: [], mentions };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const number = i + 1;
    if (line.includes('pecification')) {
      for (const match of line.matchAll(HEADER)) headers.push({ path: match[1]!, id: match[2], line: number });
    }
    for (const match of line.matchAll(FULL_ID)) ids.add(match[0].toLowerCase());
    if (!ANY_REQUIREMENT.test(line)) continue;
    const todo = TODO.test(line) || splitTodo(lines, i);
    let from = 0;
    for (const match of line.matchAll(REQUIREMENT)) {
      mentions.push({ spec: specBefore(line, from, match.index)?.toLowerCase(), requirement: Number(match[1]), todo, line: number });
      from = match.index + match[0].length;
    }
  }
  return { headers, ids: [...ids], mentions };
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/**
 * The spec named right before a requirement at `at` (`0007 FR-3`,
 * `0007-dark-mode: FR-3`, `0007/FR-3`), not before `from` (the end of the
 * previous mention): blanks, at most one of `:` `/` `#`, blanks, and before
 * them the earliest word start from which the rest is a number and slug
 * words. Looks back at most SPEC_REACH characters, so a line of thousands
 * of chained ids is read in linear time (a single regular expression that
 * looked back from every digit took minutes on one such line).
 */
function specBefore(line: string, from: number, at: number): string | undefined {
  let end = at;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end > from && ':/#'.includes(line[end - 1]!)) end--;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const limit = Math.max(from, end - SPEC_REACH);
  let start = end;
  while (start > limit && /[a-z0-9-]/i.test(line[start - 1]!)) start--;
  for (let s = start; s < end; s++) {
    // A name starts a word: after a non-word character, a dash, or at the line's start.
    if (isWordChar(line[s - 1]) || !/\d/.test(line[s]!)) continue;
    const candidate = line.slice(s, end);
    if (SPEC_BEFORE.test(candidate)) return candidate;
  }
  return undefined;
}

/**
 * A test's name alone on its line, in a call a formatter split over lines:
 * a todo when the call is `test.todo(` (or skip, xit), or an `it(` closed
 * right after the name with no function (mocha's pending test).
 */
function splitTodo(lines: readonly string[], at: number): boolean {
  if (!STRING_LINE.test(lines[at]!)) return false;
  const before = lines[at - 1] ?? '';
  if (OPEN_TODO.test(before)) return true;
  return OPEN_CALL.test(before) && /^[ \t]*\)/.test(lines[at + 1] ?? '');
}
