import { UsageError } from '../base/errors.js';
import { checkFolder } from '../base/folder-rule.js';
import { KEYS, type ConfigKey, type ConfigValues } from './config-keys.js';
import { isObject } from '../base/is-object.js';
import { parseStubStyle } from './code-style.js';
import { parseLintSettings } from './lint-settings.js';


/**
 * A config object as read from `label` (a file, or package.json's key) →
 * the values it sets. Everything is checked before anything is used: an
 * unknown key, a wrong type or a folder outside the project exits 2 naming
 * the key and the file.
 */
export function validateConfig(raw: unknown, label: string): Partial<ConfigValues> {
  const fail = (key: string, rule: string): never => {
    throw new UsageError(`${label}: ${key} ${rule}`, 'Fix it there (the schema lists every key: schema/specwright.config.schema.json in the specwright package), or run `specwright config --help`.');
  };
  if (!isObject(raw)) fail('the configuration', 'must be a JSON object');
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') {
      if (typeof value !== 'string') fail(key, 'must be a string');
      continue;
    }
    const spec = KEYS[key as ConfigKey];
    if (!Object.hasOwn(KEYS, key) || !spec) fail(JSON.stringify(key), `is not a specwright setting; the settings are ${Object.keys(KEYS).join(', ')}`);
    if (spec!.kind === 'lint') {
      const lint = parseLintSettings(value);
      if ('problem' in lint) fail(lint.field === undefined ? key : `${key}.${lint.field}`, lint.problem as string);
      values[key] = lint;
      continue;
    }
    if (spec!.kind === 'style' && value !== 'auto') {
      const style = parseStubStyle(value);
      if ('problem' in style) fail(key, style.problem as string);
      values[key] = style;
      continue;
    }
    if (typeof value !== 'string') fail(key, `must be a string, not ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`);
    const text = value as string;
    if (spec!.kind === 'choice') {
      if (!spec!.values.includes(text)) fail(key, `must be one of ${spec!.values.map((v) => `"${v}"`).join(', ')}, not ${JSON.stringify(text)}`);
      values[key] = text;
    } else if (text === 'auto' && (key === 'testsDir' || spec!.kind === 'style')) {
      values[key] = text;
    } else {
      const checked = checkFolder(text);
      if ('problem' in checked) fail(key, `${JSON.stringify(text)} ${checked.problem}`);
      else values[key] = checked.folder;
    }
  }
  return values as Partial<ConfigValues>;
}
