/**
 * A runner's config file that is code (`vitest.config.ts`, `jest.config.js`),
 * read as text, never run: the object under a key, its own keys at their
 * own depth (never a nested one: `coverage: { include }` is not the test
 * include), and whether a value is plain data (string literals) or
 * something only running the code could tell (`getIncludes()`, a spread, a
 * variable).
 */

/** What a key holds: string literals, or code (with the code's text, for messages). */
export type KeyValue = { readonly strings: readonly string[] } | { readonly code: string };

/** The value text of each own key of an object, and whether a spread may add more keys. */
export interface ObjectEntries {
  readonly values: ReadonlyMap<string, string>;
  /** `...base`: keys this object does not name may come from code. */
  readonly spread: boolean;
}

/** The text with comments blanked out (strings kept, lengths kept). */
function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += ' '.repeat(stop - i);
      i = stop - 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
    } else out += ch;
  }
  return out;
}

/** Where the string starting at `start` ends (one past its closing quote). */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
    else if (text[i] === '\n' && quote !== '`') return i;
  }
  return text.length;
}

/** Calls `visit` for each character outside strings (and each string's opening quote), with the bracket depth before it. */
function walk(text: string, visit: (i: number, depth: number) => boolean | void): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (visit(i, depth) === true) return;
    if (ch === '"' || ch === "'" || ch === '`') {
      i = stringEnd(text, i) - 1;
      continue;
    }
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    else if (ch === '}' || ch === ']' || ch === ')') depth--;
  }
}

/** The inner text of the bracket opening at `open`, up to its match. */
function inside(text: string, open: number): string {
  let end = text.length;
  walk(text.slice(open), (i, depth) => {
    if (depth === 1 && /[}\])]/.test(text[open + i]!)) {
      end = open + i;
      return true;
    }
    return undefined;
  });
  return text.slice(open + 1, end);
}

/**
 * The object written after `key:` nearest the top of the file (the least
 * nested one: `test: {` of the config, not a `test: {` deeper inside), or
 * undefined when the key is not followed by an object literal.
 */
export function objectUnder(source: string, key: string): string | undefined {
  const text = withoutComments(source);
  const pattern = new RegExp(`(["']?)\\b${key}\\1\\s*:\\s*\\{`, 'y');
  let best: { at: number; depth: number } | undefined;
  walk(text, (i, depth) => {
    pattern.lastIndex = i;
    const before = text[i - 1];
    const match = (before === undefined || !/[\w$.]/.test(before)) && pattern.exec(text);
    if (match && (!best || depth < best.depth)) best = { at: i + match[0].length - 1, depth };
  });
  return best === undefined ? undefined : inside(text, best.at);
}

/** `a, b, c` split at its top-level commas. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walk(text, (i, depth) => {
    if (depth === 0 && text[i] === ',') {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  });
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The own keys of an object literal's inner text, each with its value's text. */
export function entriesOf(objectText: string): ObjectEntries {
  const values = new Map<string, string>();
  let spread = false;
  for (const part of topLevelParts(withoutComments(objectText))) {
    if (part.startsWith('...')) {
      spread = true;
      continue;
    }
    const entry = /^(?:(["'])(.*?)\1|([A-Za-z_$][\w$]*))\s*:\s*([\s\S]*)$/.exec(part);
    if (entry) values.set(entry[2] ?? entry[3]!, entry[4]!.trim());
    // `include,` (shorthand): the value is a variable of that name.
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) values.set(part, part);
  }
  return { values, spread };
}

const STRING = /^(["'])((?:\\.|(?!\1).)*)\1$|^`([^`$\\]*)`$/;

/** A value's strings when it is a string literal or an array of them; its code otherwise. */
export function valueOf(text: string): KeyValue {
  const clean = text.trim();
  const single = STRING.exec(clean);
  if (single) return { strings: [single[2] ?? single[3]!] };
  if (clean.startsWith('[') && clean.endsWith(']')) {
    const items = topLevelParts(clean.slice(1, -1));
    const strings: string[] = [];
    for (const item of items) {
      const one = STRING.exec(item);
      if (!one) return { code: clean };
      strings.push(one[2] ?? one[3]!);
    }
    return { strings };
  }
  return { code: clean };
}

/** The value of an own key of an object's text: undefined when the key is not there. */
export function keyOf(entries: ObjectEntries, key: string): KeyValue | undefined {
  const value = entries.values.get(key);
  return value === undefined ? undefined : valueOf(value);
}

/** The inner text of an object literal value (`{ … }`), or undefined when the value is not one. */
export function objectText(value: string): string | undefined {
  const clean = value.trim();
  return clean.startsWith('{') ? inside(clean, 0) : undefined;
}

/** The items of an array literal value, each as text (objects stay whole); undefined when it is not one. */
export function arrayItems(value: string): string[] | undefined {
  const clean = value.trim();
  return clean.startsWith('[') && clean.endsWith(']') ? topLevelParts(clean.slice(1, -1)) : undefined;
}

/** The object a config file exports, when it is written in the file: `export default {`, `module.exports = {`, `defineConfig({`. */
export function exportedObject(source: string): string | undefined {
  const text = withoutComments(source);
  const match = /(?:export\s+default|module\.exports\s*=|defineConfig\s*\(|defineProject\s*\()\s*(?:\(\s*\)\s*=>\s*\(?\s*)?\{/.exec(text);
  if (match) return inside(text, match.index + match[0].length - 1);
  // `const config: Config = { … }; export default config;` (module.exports = config): the object that name holds.
  const name = /(?:export\s+default|module\.exports\s*=)\s*([A-Za-z_$][\w$]*)\s*;?\s*$/m.exec(text)?.[1];
  const declared = name === undefined ? null : new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*\\{`).exec(text);
  return declared ? inside(text, declared.index + declared[0].length - 1) : undefined;
}
