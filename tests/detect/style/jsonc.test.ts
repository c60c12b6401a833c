import { describe, expect, test } from '@jest/globals';
import { parseJsonc } from '../../../src/detect/style/jsonc.js';

describe('parseJsonc: biome.json and biome.jsonc as biome reads them', () => {
  test('line and block comments and trailing commas, outside strings only', () => {
    const text = '// settings\n{\n  /* formatter */ "formatter": { "indentStyle": "space", },\n  "files": { "includes": ["//not a comment", "/* nor this */",], },\n}\n';
    expect(parseJsonc(text)).toEqual({ formatter: { indentStyle: 'space' }, files: { includes: ['//not a comment', '/* nor this */'] } });
  });

  test('an escaped quote does not end a string', () => {
    expect(parseJsonc('{ "a": "say \\"// hi\\"" }')).toEqual({ a: 'say "// hi"' });
  });

  test('what is not JSON even then gives undefined', () => {
    expect(parseJsonc('{ formatter: 1 }')).toBeUndefined();
  });
});
