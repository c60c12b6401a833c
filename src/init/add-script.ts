import { SpecwrightError } from '../base/errors.js';
import { isObject } from '../base/is-object.js';

/**
 * Adds one npm script to the text of a package.json, as a person would: the
 * new entry goes last in `scripts` (or a `scripts` object goes last in the
 * file), and everything else stays byte for byte, so the indentation (tabs,
 * 2 or 4 spaces), key order, line endings, final newline and a BOM are the
 * file's own. Pure: text in, text out.
 */
export type AddScriptResult =
  | { readonly status: 'added'; readonly text: string }
  /** The same command is there already: nothing to do. */
  | { readonly status: 'present' }
  /** The name holds a different command: never overwritten. */
  | { readonly status: 'taken'; readonly existing: string };

/** A package.json that cannot take a script (not JSON, not an object, `scripts` not an object): exit 1. */
export class PackageJsonError extends SpecwrightError {
  readonly exitCode = 1;
}

const BOM = '\uFEFF';
const DEFAULT_UNIT = '  ';

export function addScript(packageJsonText: string, name: string, command: string): AddScriptResult {
  const bom = packageJsonText.startsWith(BOM) ? BOM : '';
  const text = packageJsonText.slice(bom.length);
  const manifest = parseManifest(text);
  const scripts: unknown = Object.hasOwn(manifest, 'scripts') ? manifest.scripts : undefined;
  if (scripts !== undefined && !isObject(scripts)) {
    throw new PackageJsonError(`package.json: "scripts" is not an object (it is ${describe(scripts)}), so the script "${name}" cannot be added.`);
  }
  if (scripts !== undefined && Object.hasOwn(scripts, name)) {
    const existing = scripts[name];
    if (existing === command) return { status: 'present' };
    return { status: 'taken', existing: typeof existing === 'string' ? existing : JSON.stringify(existing) };
  }

  const edited = insertScript(text, name, command);
  checkEdit(text, edited, name, command);
  return { status: 'added', text: bom + edited };
}

function parseManifest(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PackageJsonError(`package.json is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new PackageJsonError(`package.json is not a JSON object (it is ${describe(value)}).`);
  return value;
}

/** The edit itself. `text` is valid JSON whose root is an object and whose `scripts`, if any, is an object without `name`. */
function insertScript(text: string, name: string, command: string): string {
  const root = readObject(text, skipBlank(text, 0));
  // The last one counts, as in JSON.parse.
  const scriptsKey = root.members.findLast((m) => m.key === 'scripts');
  const unit = indentUnit(text, root) ?? DEFAULT_UNIT;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  if (scriptsKey) {
    const scripts = readObject(text, scriptsKey.valueStart);
    const last = scripts.members.at(-1);
    if (last) {
      const entry = JSON.stringify(name) + colon(text, last) + JSON.stringify(command);
      return splice(text, last.valueEnd, last.valueEnd, `,${text.slice(last.leadStart, last.keyStart)}${entry}`);
    }
    // An empty `{}` (maybe with blanks inside): laid out like the object it sits in.
    const entry = JSON.stringify(name) + colon(text, scriptsKey) + JSON.stringify(command);
    const outer = lineIndent(text.slice(scriptsKey.leadStart, scriptsKey.keyStart));
    const body = outer === undefined ? `{${entry}}` : `{${eol}${outer}${unit}${entry}${eol}${outer}}`;
    return splice(text, scripts.open, scripts.close + 1, body);
  }

  const rootLast = root.members.at(-1);
  if (rootLast) {
    const lead = text.slice(rootLast.leadStart, rootLast.keyStart);
    const sep = colon(text, rootLast);
    const entry = JSON.stringify(name) + sep + JSON.stringify(command);
    const outer = lineIndent(lead);
    const body = outer === undefined ? `{${entry}}` : `{${eol}${outer}${unit}${entry}${eol}${outer}}`;
    return splice(text, rootLast.valueEnd, rootLast.valueEnd, `,${lead}"scripts"${sep}${body}`);
  }
  // An empty root object: compact in a file of one line, else laid out with the usual indentation.
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(command)}`;
  const body = /[\r\n]/.test(text)
    ? `{${eol}${unit}"scripts": {${eol}${unit}${unit}${entry}${eol}${unit}}${eol}}`
    : `{"scripts":{${JSON.stringify(name)}:${JSON.stringify(command)}}}`;
  return splice(text, root.open, root.close + 1, body);
}

/** The result must be exactly the input plus the one script: anything else is a bug, and nothing is returned. */
function checkEdit(before: string, after: string, name: string, command: string): void {
  const expected = JSON.parse(before) as Record<string, unknown>;
  const scripts = isObject(expected.scripts) ? expected.scripts : {};
  Object.defineProperty(scripts, name, { value: command, enumerable: true, writable: true, configurable: true });
  if (!Object.hasOwn(expected, 'scripts')) {
    Object.defineProperty(expected, 'scripts', { value: scripts, enumerable: true, writable: true, configurable: true });
  }
  if (JSON.stringify(JSON.parse(after)) !== JSON.stringify(expected)) {
    throw new Error(`adding the script "${name}" would have changed more of package.json than that script; nothing was changed.`);
  }
}

/** One `"key": value` of an object, by offsets into the text. */
interface Member {
  readonly key: string;
  /** Just after the `{` or `,` before the key: `text.slice(leadStart, keyStart)` is the blank before it. */
  readonly leadStart: number;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

interface ObjectSpan {
  readonly open: number;
  readonly close: number;
  readonly members: readonly Member[];
}

/** The members of the object whose `{` is at `open`. The text is known to be valid JSON. */
function readObject(text: string, open: number): ObjectSpan {
  const members: Member[] = [];
  let at = open + 1;
  for (;;) {
    const leadStart = at;
    at = skipBlank(text, at);
    if (text[at] === '}') return { open, close: at, members };
    const keyStart = at;
    const keyEnd = skipValue(text, keyStart);
    const valueStart = skipBlank(text, skipBlank(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    members.push({ key: JSON.parse(text.slice(keyStart, keyEnd)) as string, leadStart, keyStart, keyEnd, valueStart, valueEnd });
    at = skipBlank(text, valueEnd);
    if (text[at] === '}') return { open, close: at, members };
    at += 1; // the comma
  }
}

/** Just past the JSON value that starts at `at`. */
function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first === '{' || first === '[') {
    let depth = 0;
    let i = at;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i = skipString(text, i);
        continue;
      }
      if (c === '{' || c === '[') depth += 1;
      else if (c === '}' || c === ']') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
      i += 1;
    }
    return i;
  }
  let i = at; // a number, true, false or null
  while (i < text.length && !' \t\n\r,}]'.includes(text[i] as string)) i += 1;
  return i;
}

function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipBlank(text: string, at: number): number {
  let i = at;
  while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  return i;
}

/** What stands between a member's key and its value (`": "` gives `: `); a line break there is not copied. */
function colon(text: string, member: Member): string {
  const between = text.slice(member.keyEnd, member.valueStart);
  return /[\r\n]/.test(between) ? ': ' : between;
}

/** The indentation of a key from the blank before it, or undefined when the key is not on a line of its own (compact JSON). */
function lineIndent(lead: string): string | undefined {
  const newline = lead.lastIndexOf('\n');
  return newline === -1 ? undefined : lead.slice(newline + 1);
}

/** One level of indentation: how far the root's keys (the last one on a line of its own) stand in from its `{` line. */
function indentUnit(text: string, root: ObjectSpan): string | undefined {
  const keyIndent = root.members
    .map((m) => lineIndent(text.slice(m.leadStart, m.keyStart)))
    .findLast((indent) => indent !== undefined);
  const braceLine = text.lastIndexOf('\n', root.open) + 1;
  const braceIndent = /^[ \t]*/.exec(text.slice(braceLine))?.[0] ?? '';
  if (keyIndent === undefined || !keyIndent.startsWith(braceIndent) || keyIndent.length === braceIndent.length) return undefined;
  return keyIndent.slice(braceIndent.length);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
