import { describe, expect, test } from '@jest/globals';
import { flatYaml } from '../../../src/detect/style/flat-yaml.js';

describe('flatYaml: the top-level options of a YAML .prettierrc', () => {
  test('booleans, numbers, quoted and bare strings; comments, documents and nested blocks skipped', () => {
    const text = [
      '# team style',
      '---',
      'singleQuote: true',
      'semi: False',
      'printWidth: 100 # wide screens',
      'trailingComma: "es5"',
      "endOfLine: 'lf'",
      'quoteProps: as-needed',
      'overrides:',
      '  - files: "*.md"',
      '    options:',
      '      printWidth: 60',
      '"tabWidth": 4',
      '__proto__: 1',
    ].join('\n');
    expect(flatYaml(text)).toEqual({ singleQuote: true, semi: false, printWidth: 100, trailingComma: 'es5', endOfLine: 'lf', quoteProps: 'as-needed', tabWidth: 4 });
  });

  test('a file that is no YAML mapping gives nothing', () => {
    expect(flatYaml('- a\n- b\n')).toEqual({});
  });
});
