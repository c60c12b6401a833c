import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { DEFAULTS, KEYS } from '../../src/config/config-keys.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { UsageError } from '../../src/base/errors.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/specwright.config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, { enum?: string[] }> };

describe('validateConfig', () => {
  test('a full, valid config is read as it is, folders normalised', () => {
    expect(
      validateConfig({ $schema: 'x', specsDir: './rfcs/', docsDir: 'docs', testsDir: 'test', testFramework: 'vitest', language: 'ts', idStyle: 'date', templatesDir: '.specwright/templates', workspaceSpecs: 'package' }, 'specwright.config.json'),
    ).toEqual({ specsDir: 'rfcs', docsDir: 'docs', testsDir: 'test', testFramework: 'vitest', language: 'ts', idStyle: 'date', templatesDir: '.specwright/templates', workspaceSpecs: 'package' });
  });

  test('stubStyle: an object whose fields override detection, or "auto"', () => {
    const style = { quotes: 'single', semicolons: false, indent: 'tab', tabWidth: 4, width: 100, trailingCommas: 'es5', bracketSpacing: false };
    expect(validateConfig({ stubStyle: style }, 'specwright.config.json')).toEqual({ stubStyle: style });
    expect(validateConfig({ stubStyle: { indent: 4 } }, 'specwright.config.json')).toEqual({ stubStyle: { indent: 4 } });
    expect(validateConfig({ stubStyle: 'auto' }, 'specwright.config.json')).toEqual({ stubStyle: 'auto' });
  });

  test.each([
    [{ stubStyle: { quotes: 'backtick' } }, 'specwright.config.json: stubStyle quotes must be "double" or "single", not "backtick"'],
    [{ stubStyle: { semicolons: 'no' } }, 'specwright.config.json: stubStyle semicolons must be true or false, not "no"'],
    [{ stubStyle: { indent: 0 } }, 'stubStyle indent must be "tab" or a number of spaces from 1 to 16, not 0'],
    [{ stubStyle: { width: 10 } }, 'stubStyle width must be a number of columns from 20 to 1000, not 10'],
    [{ stubStyle: { trailingCommas: 'some' } }, 'stubStyle trailingCommas must be "all", "es5" or "none", not "some"'],
    [{ stubStyle: { quote: 'single' } }, 'stubStyle has no field "quote"; its fields are quotes, avoidEscape, semicolons, indent, tabWidth, width, trailingCommas, bracketSpacing, arrowParens'],
    [{ stubStyle: 'prettier' }, 'stubStyle must be an object such as {"quotes": "single", "semicolons": false}'],
  ])('%j exits 2 naming the field', (raw, message) => {
    expect(() => validateConfig(raw, 'specwright.config.json')).toThrow(message);
  });

  test.each([
    [{ specDir: 'x' }, 'specwright.config.json: "specDir" is not a specwright setting; the settings are specsDir, docsDir, testsDir'],
    [{ specsDir: 3 }, 'specwright.config.json: specsDir must be a string, not number'],
    [{ testsDir: ['test'] }, 'specwright.config.json: testsDir must be a string, not a list'],
    [{ idStyle: 'uuid' }, 'specwright.config.json: idStyle must be one of "sequence", "date", not "uuid"'],
    [{ testFramework: 'jasmine' }, 'specwright.config.json: testFramework must be one of "auto", "jest", "vitest", "node", "mocha", "ava", "tap", "none", not "jasmine"'],
    [{ specsDir: '/etc/specs' }, 'specwright.config.json: specsDir "/etc/specs" is an absolute path; give a path relative to the project'],
    [{ docsDir: '../elsewhere' }, 'specwright.config.json: docsDir "../elsewhere" leaves the project; give a folder inside it'],
    [{ docsDir: 'docs/../../elsewhere' }, 'leaves the project'],
    [{ testsDir: '.git/hooks' }, 'specwright.config.json: testsDir ".git/hooks" is inside .git or node_modules'],
    [{ templatesDir: 'a b' }, 'may only have letters, digits and . _ - @ + in its names'],
    [{ specsDir: 'C:/specs' }, 'is an absolute path'],
    [{ specsDir: 'docs\\specs' }, 'has a backslash or a control character; use forward slashes'],
    [{ specsDir: '' }, 'specsDir "" is empty'],
    [[], 'specwright.config.json: the configuration must be a JSON object'],
  ])('%j exits 2 naming the key and the file', (raw, message) => {
    let thrown: unknown;
    try {
      validateConfig(raw, 'specwright.config.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).exitCode).toBe(2);
    expect((thrown as Error).message).toContain(message);
  });

  test.each(['ava', 'tap'])('testFramework "%s" is a framework specwright writes stubs for', (framework) => {
    expect(validateConfig({ testFramework: framework }, 'specwright.config.json')).toEqual({ testFramework: framework });
  });

  test('a prototype key is not a setting', () => {
    expect(() => validateConfig(JSON.parse('{"__proto__": "x"}'), 'package.json "specwright"')).toThrow('package.json "specwright": "__proto__" is not a specwright setting');
  });
});

describe('the JSON Schema shipped in schema/ agrees with the validator', () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const check = ajv.compile(schema);

  test('it lists exactly the settings, with the same choices', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', ...Object.keys(KEYS)].sort());
    for (const [key, spec] of Object.entries(KEYS)) {
      if (spec.kind === 'choice') expect(schema.properties[key]?.enum).toEqual([...spec.values]);
    }
  });

  const samples: unknown[] = [
    DEFAULTS,
    { specsDir: 'rfcs' }, { specsDir: './rfcs/' }, { specsDir: '/abs' }, { specsDir: '../up' }, { specsDir: 'a/../../up' }, { specsDir: '.git' },
    { specsDir: 'x/.git/y' }, { specsDir: 'x/.GIT' }, { specsDir: 'a/../b' }, { specsDir: 'a/./b' }, { specsDir: 'node_modules/x' }, { specsDir: 'a b' }, { specsDir: 'C:/x' }, { specsDir: 'a\\b' }, { specsDir: '' },
    { specsDir: '.specwright/templates' }, { specsDir: '@scope/pkg+x' }, { specsDir: 7 }, { testsDir: 'auto' }, { testsDir: '__tests__' },
    { idStyle: 'date' }, { idStyle: 'Date' }, { testFramework: 'node' }, { testFramework: 'jasmine' }, { language: 'ts' }, { language: 'typescript' },
    { workspaceSpecs: 'package' }, { workspaceSpecs: 'pkg' },
    { stubStyle: 'auto' }, { stubStyle: 'x' }, { stubStyle: {} }, { stubStyle: { quotes: 'single', semicolons: false, indent: 'tab', tabWidth: 4, width: 100, trailingCommas: 'none', bracketSpacing: false } },
    { stubStyle: { arrowParens: 'avoid' } }, { stubStyle: { arrowParens: 'never' } }, { stubStyle: { indent: 2.5 } }, { stubStyle: { indent: 17 } }, { stubStyle: { width: 19 } }, { stubStyle: { width: 1001 } }, { stubStyle: { quotes: 'Single' } }, { stubStyle: { other: 1 } }, { stubStyle: [] }, { stubStyle: null }, { unknown: 1 }, { $schema: './x.json' }, { $schema: 1 }, [], 'text', null,
  ];
  test.each(samples.map((sample) => [JSON.stringify(sample), sample]))('%s: valid for both or for neither', (_, sample) => {
    let ours = true;
    try {
      validateConfig(sample, 'specwright.config.json');
    } catch {
      ours = false;
    }
    expect(check(sample)).toBe(ours);
  });
});
