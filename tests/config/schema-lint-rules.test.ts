/**
 * The JSON Schema's `lint.rules` names every lint rule and no other (editors
 * complete and check them from it); lint's own list (lint-rules.ts) is the
 * one source, and this keeps the schema from drifting from it. A config that
 * the schema accepts is one specwright accepts, and the other way round.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { RULES } from '../../src/lint/lint-rules.js';
import { RULE_LEVELS } from '../../src/config/lint-settings.js';
import { validateConfig } from '../../src/config/validate-config.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/specwright.config.schema.json', import.meta.url), 'utf8')) as {
  properties: { lint: { properties: { rules: { propertyNames: { enum: string[] }; additionalProperties: { enum: string[] } } } } };
};
const rules = schema.properties.lint.properties.rules;
const validate = new Ajv({ strict: false }).compile(schema);

describe('the schema\'s lint.rules', () => {
  test('names every lint rule, and the three levels', () => {
    expect([...rules.propertyNames.enum].sort()).toEqual(Object.keys(RULES).sort());
    expect(rules.additionalProperties.enum).toEqual([...RULE_LEVELS]);
  });

  test.each([
    [{ lint: { rules: { 'untested-requirement': 'off', overdue: 'error' } } }, true],
    [{ lint: {} }, true],
    [{ lint: { rules: { overdue: 'fatal' } } }, false],
    [{ lint: { rule: {} } }, false],
    [{ lint: 'strict' }, false],
  ])('%j: valid %s for the schema and for specwright alike', (config, valid) => {
    expect(validate(config)).toBe(valid);
    if (valid) expect(() => validateConfig(config, 'specwright.config.json')).not.toThrow();
    else expect(() => validateConfig(config, 'specwright.config.json')).toThrow(/^specwright\.config\.json: lint[. ]/);
  });
});
