/**
 * A glob, as test runners write them (`test/**\/*.spec.ts`,
 * `**\/*.{test,spec}.?(c|m)[jt]s?(x)`), as a test of a relative path with
 * forward slashes. Pure, and bounded by the pattern's length: the patterns
 * come from a repository's config, never from a spec.
 *
 * Supported: `**` as a whole segment (any number of folders), `*`, `?`,
 * `[…]` and `[!…]`, `{a,b}` (nested), and the extglobs `?(…)`, `*(…)`,
 * `+(…)`, `@(…)`, `!(…)`. Node 20's `path.matchesGlob` would do but warns
 * that it is experimental on every run.
 */

/** The index of the bracket closing the one at `open`, or -1. */
function closing(glob: string, open: number, left: string, right: string): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === left) depth++;
    else if (glob[i] === right && --depth === 0) return i;
  }
  return -1;
}

/** `a,b{c,d}` split at its top-level separators. */
function alternatives(body: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

const escape = (ch: string): string => ch.replace(/[.+^$()|\\[\]{}*?/]/g, '\\$&');

/** The regular expression source of a glob (not anchored). */
export function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    const next = glob[i + 1];
    if (ch === '\\' && next !== undefined) {
      out += escape(next);
      i++;
    } else if (ch === '*' && next === '*' && (i === 0 || glob[i - 1] === '/') && (glob[i + 2] === '/' || glob[i + 2] === undefined)) {
      // `**/` is any number of folders (none included); a final `**` is anything below.
      if (glob[i + 2] === '/') {
        out += '(?:[^/]+/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if ('?*+@!'.includes(ch) && next === '(') {
      const close = closing(glob, i + 1, '(', ')');
      if (close === -1) {
        out += escape(ch);
        continue;
      }
      const inner = alternatives(glob.slice(i + 2, close), '|').map(globSource).join('|');
      out += ch === '?' ? `(?:${inner})?` : ch === '*' ? `(?:${inner})*` : ch === '+' ? `(?:${inner})+` : ch === '@' ? `(?:${inner})` : `(?!(?:${inner})(?:/|$))[^/]*`;
      i = close;
    } else if (ch === '*') {
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/^[!^]/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else if (ch === '{') {
      const close = closing(glob, i, '{', '}');
      const parts = close === -1 ? [] : alternatives(glob.slice(i + 1, close), ',');
      if (parts.length < 2) {
        out += '\\{';
        continue;
      }
      out += `(?:${parts.map(globSource).join('|')})`;
      i = close;
    } else {
      out += escape(ch);
    }
  }
  return out;
}

/** Whether a pattern has anything but literal characters: a glob, not a path. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]|[?*+@!]\(/.test(pattern);
}

/** A test of a relative path (forward slashes, no `./`) against the glob; `./` at the glob's start is dropped. */
export function globMatcher(glob: string): (file: string) => boolean {
  const clean = glob.replace(/^(\.\/)+/, '');
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^${globSource(clean)}$`);
  } catch {
    return () => false;
  }
  return (file) => pattern.test(file);
}
