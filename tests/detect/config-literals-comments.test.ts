/**
 * A config read as text: block comments blanked out (closed or not), a
 * string left open at the end of the file, and an object value's inner text.
 */
import { describe, expect, test } from '@jest/globals';
import { entriesOf, exportedObject, keyOf, objectText, objectUnder } from '../../src/detect/config-literals.js';

describe('block comments are not read', () => {
  test('a key inside a block comment is not a key', () => {
    const text = "export default {\n  /* include: ['old/**'], */\n  dir: 'tests',\n};\n";
    const entries = entriesOf(exportedObject(text)!);
    expect([...entries.values.keys()]).toEqual(['dir']);
  });

  test('a key inside a block comment over several lines is not read', () => {
    expect(objectUnder("/* a\n   test: { dir: 'no' } */\nexport default { test: { dir: 'yes' } };\n", 'test')).toBe(" dir: 'yes' ");
  });

  test('a block comment left open blanks out the rest of the file', () => {
    expect(objectUnder("export default { test: { dir: 'yes' } };\n/* test: { dir: 'no' }\n", 'test')).toBe(" dir: 'yes' ");
    expect(exportedObject("/* export default { dir: 'no' }\n")).toBeUndefined();
  });

  test('the slash that opens a comment does not close it', () => {
    expect(objectUnder("/*/ test: { dir: 'no' } */\nexport default { test: { dir: 'yes' } };\n", 'test')).toBe(" dir: 'yes' ");
  });

  test('/* inside a string is no comment', () => {
    const entries = entriesOf(exportedObject("export default { include: ['src/*/test/**'], dir: 'x' };\n")!);
    expect(keyOf(entries, 'include')).toEqual({ strings: ['src/*/test/**'] });
    expect(keyOf(entries, 'dir')).toEqual({ strings: ['x'] });
  });
});

describe('a string left open', () => {
  test('a template string left open runs to the end of the file, hiding what follows', () => {
    expect(objectUnder('const a = `\ntest: { dir: 1 }\n', 'test')).toBeUndefined();
  });

  test('a quoted string left open ends at its line', () => {
    expect(objectUnder("const a = 'open\nexport default { test: { dir: 'yes' } };\n", 'test')).toBe(" dir: 'yes' ");
  });
});

describe("an object value's inner text", () => {
  test('the text inside its braces, trimmed of space around the value', () => {
    expect(objectText("  { dir: 'a', test: { x: 1 } }  ")).toBe(" dir: 'a', test: { x: 1 } ");
  });

  test('undefined for a value that is not an object', () => {
    expect(objectText('shared')).toBeUndefined();
    expect(objectText("['a']")).toBeUndefined();
  });
});

describe('the end of a line comment and of a string', () => {
  test('a line comment at the end of the file, without a newline', () => {
    expect(exportedObject("export default { dir: 'a' };\n// export default { dir: 'b' }")).toBe(" dir: 'a' ");
  });

  test('an escaped quote does not end a string', () => {
    const entries = entriesOf(exportedObject("export default { name: 'it\\'s', dir: 'x' };\n")!);
    expect(keyOf(entries, 'dir')).toEqual({ strings: ['x'] });
    expect([...entries.values.keys()]).toEqual(['name', 'dir']);
  });

  test('a template literal without placeholders is a string', () => {
    expect(keyOf(entriesOf(" dir: `spec` "), 'dir')).toEqual({ strings: ['spec'] });
  });
});
