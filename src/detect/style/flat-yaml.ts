/**
 * The top-level `key: value` pairs of a small YAML file (a `.prettierrc`
 * written in YAML): booleans, numbers and strings, quoted or bare. Nested
 * blocks (`overrides:`) and lists are skipped: a formatter's top-level
 * options are flat, and no YAML library is loaded for them.
 */
export function flatYaml(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const raw of text.split(/\r?\n/)) {
    if (raw === '' || /^\s/.test(raw) || raw.startsWith('#') || raw.startsWith('---') || raw.startsWith('- ')) continue;
    const match = /^("[^"]*"|'[^']*'|[A-Za-z_$][\w$-]*)\s*:(?:\s+(.*))?$/.exec(raw);
    if (!match) continue;
    const key = unquote(match[1]!);
    const value = (match[2] ?? '').replace(/\s+#.*$/, '').trim();
    if (value === '' || key === '__proto__') continue;
    values[key] = scalar(value);
  }
  return values;
}

const unquote = (text: string): string => (/^(["']).*\1$/.test(text) ? text.slice(1, -1) : text);

function scalar(value: string): unknown {
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return unquote(value);
}
