import { describe, expect, test } from '@jest/globals';
import { biomeDefaults, biomeFormats, biomeOptions, biomeReadsEditorconfig } from '../../../src/detect/style/biome-style.js';

const biome = (config: Record<string, unknown>) => ({ config, label: 'biome.json' });

describe('biome\'s configuration', () => {
  test('javascript.formatter.* over formatter.*, each naming its key', () => {
    const config = {
      formatter: { indentStyle: 'space', indentWidth: 4, lineWidth: 100, bracketSpacing: true },
      javascript: { formatter: { quoteStyle: 'single', semicolons: 'asNeeded', trailingCommas: 'es5', lineWidth: 120, arrowParentheses: 'asNeeded' } },
    };
    expect(biomeOptions(biome(config))).toEqual({
      quotes: { value: 'single', evidence: 'biome.json javascript.formatter.quoteStyle' },
      semicolons: { value: false, evidence: 'biome.json javascript.formatter.semicolons' },
      tabWidth: { value: 4, evidence: 'biome.json formatter.indentWidth' },
      indent: { value: 4, evidence: 'biome.json formatter.indentStyle' },
      width: { value: 120, evidence: 'biome.json javascript.formatter.lineWidth' },
      bracketSpacing: { value: true, evidence: 'biome.json formatter.bracketSpacing' },
      arrowParens: { value: 'avoid', evidence: 'biome.json javascript.formatter.arrowParentheses' },
      trailingCommas: { value: 'es5', evidence: 'biome.json javascript.formatter.trailingCommas' },
    });
  });

  test('its defaults: tabs, double quotes, semicolons, width 80, trailing commas all', () => {
    expect(biomeDefaults('biome.json')).toMatchObject({ indent: { value: 'tab', evidence: "biome's default (biome.json does not set it)" }, quotes: { value: 'double' }, semicolons: { value: true }, width: { value: 80 }, trailingCommas: { value: 'all' } });
  });

  test('a formatter turned off formats nothing; .editorconfig only with useEditorconfig', () => {
    expect(biomeFormats(biome({}))).toBe(true);
    expect(biomeFormats(biome({ formatter: { enabled: false } }))).toBe(false);
    expect(biomeFormats(biome({ javascript: { formatter: { enabled: false } } }))).toBe(false);
    expect(biomeReadsEditorconfig(biome({}))).toBe(false);
    expect(biomeReadsEditorconfig(biome({ formatter: { useEditorconfig: true } }))).toBe(true);
  });
});
