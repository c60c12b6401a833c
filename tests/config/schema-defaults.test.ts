/**
 * The JSON Schema tells editors each setting's default in its description
 * ("Default: docs/specs."); specwright's defaults are stated once, in
 * config-keys. This keeps the two from drifting apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { DEFAULTS, KEYS, type ConfigKey } from '../../src/config/config-keys.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/specwright.config.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, { description?: string }>;
};

/** The default a description states: `Default: docs/specs.`, or, for testsDir, `"auto" or absent: detected`. */
function statedDefault(description: string): string | undefined {
  return /Default: (\S+?)(?=[.,]?(?:\s|$))/.exec(description)?.[1] ?? /"([^"]+)" or absent/.exec(description)?.[1];
}

describe('the JSON Schema states the defaults specwright uses', () => {
  test.each(Object.keys(KEYS) as ConfigKey[])('%s', (key) => {
    // An object default (lint's {}) is stated as its JSON.
    const value = DEFAULTS[key];
    expect(statedDefault(schema.properties[key]?.description ?? '')).toBe(typeof value === 'string' ? value : JSON.stringify(value));
  });
});
