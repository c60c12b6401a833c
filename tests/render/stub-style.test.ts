import { describe, expect, test } from '@jest/globals';
import { CANONICAL_STYLE, type CodeStyle } from '../../src/config/code-style.js';
import { lineWidth, quoted, restyleStub, rulesBroken } from '../../src/render/stub-style.js';

const styled = (overrides: Partial<CodeStyle>): CodeStyle => ({ ...CANONICAL_STYLE, ...overrides });

const CANONICAL = [
  'import { describe, test } from "vitest";',
  '',
  '// Tests for the feature "Say \\"hi\\"".',
  '',
  'describe("Say \\"hi\\"", () => {',
  '  describe("functional requirements", () => {',
  '    test.todo("FR-1: it\'s short");',
  '  });',
  '});',
  '',
].join('\n');

describe('restyleStub', () => {
  test('the canonical style leaves the canonical form byte for byte (what an ejected template renders)', () => {
    expect(restyleStub(CANONICAL, CANONICAL_STYLE)).toBe(CANONICAL);
  });

  test('any other style also quotes as prettier does: double quotes around a text with double quotes become single', () => {
    expect(restyleStub(CANONICAL, styled({ width: 80 }))).toBe(CANONICAL.replace('describe("Say \\"hi\\"", () => {', 'describe(\'Say "hi"\', () => {'));
  });

  test('single quotes, no semicolons, tabs, tight braces: every line but the comment rewritten', () => {
    expect(restyleStub(CANONICAL, styled({ quotes: 'single', semicolons: false, indent: 'tab', bracketSpacing: false }))).toBe(
      [
        "import {describe, test} from 'vitest'",
        '',
        '// Tests for the feature "Say \\"hi\\"".',
        '',
        "describe('Say \"hi\"', () => {",
        "\tdescribe('functional requirements', () => {",
        '\t\ttest.todo("FR-1: it\'s short")',
        '\t})',
        '})',
        '',
      ].join('\n'),
    );
  });

  test('four spaces per level', () => {
    expect(restyleStub('describe("a", () => {\n  describe("b", () => {\n    it("c");\n  });\n});\n', styled({ indent: 4 }))).toBe(
      'describe("a", () => {\n    describe("b", () => {\n        it("c");\n    });\n});\n',
    );
  });

  const long = `    test.todo("${'x'.repeat(70)}");`;

  test('a one-string call wider than the width is broken as prettier breaks it, comma per trailingCommas', () => {
    expect(restyleStub(long, styled({ width: 80 }))).toBe(`    test.todo(\n      "${'x'.repeat(70)}",\n    );`);
    expect(restyleStub(long, styled({ width: 80, trailingCommas: 'es5' }))).toBe(`    test.todo(\n      "${'x'.repeat(70)}"\n    );`);
    expect(restyleStub(long, styled({ width: 80, trailingCommas: 'none', semicolons: false }))).toBe(`    test.todo(\n      "${'x'.repeat(70)}"\n    )`);
  });

  test('a line exactly as wide as the width stays whole; one column more breaks it', () => {
    const line = `  it("${'y'.repeat(70)}");`;
    expect(restyleStub(line, styled({ width: line.length }))).toBe(line);
    expect(restyleStub(line, styled({ width: line.length - 1 })).split('\n')).toHaveLength(3);
  });

  test('the semicolon counts only when there is one', () => {
    const line = `  it("${'y'.repeat(70)}");`;
    expect(restyleStub(line, styled({ width: line.length - 1, semicolons: false }))).toBe(line.slice(0, -1));
  });

  test('East Asian wide characters count two columns, a tab counts tabWidth', () => {
    const cjk = `  it("${'日'.repeat(35)}");`; // 2 + 4 + 70 + 3 = 79 columns, 44 characters
    expect(restyleStub(cjk, styled({ width: 80 }))).toBe(cjk);
    expect(restyleStub(cjk, styled({ width: 78 })).split('\n')).toHaveLength(3);
    const tabbed = `    it("${'z'.repeat(66)}");`; // 2 levels: with tabs of 8, 16 + 72 columns
    expect(restyleStub(tabbed, styled({ indent: 'tab', tabWidth: 2, width: 80 }))).toBe(`\t\tit("${'z'.repeat(66)}");`);
    expect(restyleStub(tabbed, styled({ indent: 'tab', tabWidth: 8, width: 80 }))).toBe(`\t\tit(\n\t\t\t"${'z'.repeat(66)}",\n\t\t);`);
  });

  test('test-call openers and imports are never broken, whatever their width', () => {
    const opener = `describe("${'w'.repeat(100)}", () => {`;
    expect(restyleStub(opener, styled({ width: 40 }))).toBe(opener);
  });

  test('avoidEscape false (xo): always the preferred quote, escaped', () => {
    expect(restyleStub('  it("it\'s");', styled({ quotes: 'single', avoidEscape: false }))).toBe("  it('it\\'s');");
    expect(restyleStub('  it("it\'s");', styled({ quotes: 'single' }))).toBe('  it("it\'s");');
  });

  test('a linter rule the text breaks gets an eslint-disable-next-line comment right above the string, inside a broken call', () => {
    const style = styled({ quotes: 'single', lintRules: ['no-template-curly-in-string'] });
    expect(restyleStub('    it("a ${x} b");', style)).toBe("    // eslint-disable-next-line no-template-curly-in-string\n    it('a ${x} b');");
    const curly = '${' + 'x'.repeat(80) + '}';
    expect(restyleStub(`    it("${curly}");`, { ...style, width: 80 })).toBe(`    it(\n      // eslint-disable-next-line no-template-curly-in-string\n      '${curly}',\n    );`);
    expect(restyleStub('describe("a ${x} b", () => {', style)).toBe("// eslint-disable-next-line no-template-curly-in-string\ndescribe('a ${x} b', () => {");
    expect(restyleStub('    it("a ${x} b");', styled({}))).toBe('    it("a ${x} b");');
  });

  test('arrowParens avoid: a test-call opener\'s one parameter loses its parentheses (the idiom of runners that pass t)', () => {
    const opener = 'test("a", (t) => {\n  t.todo("b");\n});\ntest("c", async (t) => {\n});\ndescribe("d", () => {\n});';
    expect(restyleStub(opener, styled({ arrowParens: 'avoid' }))).toBe('test("a", t => {\n  t.todo("b");\n});\ntest("c", async t => {\n});\ndescribe("d", () => {\n});');
    expect(restyleStub(opener, styled({ width: 80 }))).toBe(opener);
  });

  test('where the linter wants String.raw, the literal is written so, with no disable comment (a rule older linters lack would be an error)', () => {
    const xo = styled({ quotes: 'single', avoidEscape: false, lintRules: ['no-template-curly-in-string', 'unicorn/prefer-string-raw'] });
    expect(restyleStub('test.todo("it\'s C:\\\\Users\\\\ada");', xo)).toBe("test.todo(String.raw`it's C:\\Users\\ada`);");
    // A backslash before x: older xo reads it as a hexadecimal escape even in String.raw, so each backslash is \u005C.
    expect(restyleStub('test.todo("C:\\\\x and C:\\\\y");', xo)).toBe("test.todo('C:\\u005Cx and C:\\u005Cy');");
    // Another escape, or a template's `${`: String.raw cannot say it; `${` keeps its comment.
    expect(restyleStub('test.todo("a \\\\ b \\n");', xo)).toBe("test.todo('a \\\\ b \\n');");
    expect(restyleStub('test.todo("${user}");', xo)).toBe("// eslint-disable-next-line no-template-curly-in-string\ntest.todo('${user}');");
  });

  test('lineWidth measures as prettier does', () => {
    expect(lineWidth('\t\tab', 4)).toBe(10);
    expect(lineWidth('日本', 2)).toBe(4);
  });
});

describe('rulesBroken: the linter rules a literal breaks, as those rules decide', () => {
  const both = ['no-template-curly-in-string', 'unicorn/prefer-string-raw'] as const;
  test.each([
    ["'${user} here'", ['no-template-curly-in-string']],
    ["'${} or $x or {y}'", []],
    ["'C:\\\\Users'", ['unicorn/prefer-string-raw']],
    ["'it\\'s C:\\\\x'", ['unicorn/prefer-string-raw']],
    // A trailing backslash, another escape, a backtick or `${`: String.raw cannot say it, the rule is quiet.
    ["'ends \\\\'", []],
    ["'a \\\\ b \\n'", []],
    ["'a \\\\ `b`'", []],
    ["'a \\\\ ${b}'", ['no-template-curly-in-string']],
  ] as const)('%s breaks %j', (literal, rules) => {
    expect(rulesBroken(literal, both)).toEqual(rules);
  });
});

describe('quoted: a JSON string literal as prettier quotes it', () => {
  test.each([
    ['"plain"', 'single', "'plain'"],
    ['"plain"', 'double', '"plain"'],
    // More of the preferred quote than of the other: the other one encloses.
    ['"it\'s"', 'single', '"it\'s"'],
    ['"say \\"hi\\""', 'double', '\'say "hi"\''],
    // A tie keeps the preferred one, escaping it.
    ['"\\"a\\" \'b\'"', 'double', '"\\"a\\" \'b\'"'],
    ['"\\"a\\" \'b\'"', 'single', '\'"a" \\\'b\\\'\''],
    // Other escapes stay as JSON wrote them.
    ['"back\\\\slash \\n \\u0001"', 'single', "'back\\\\slash \\n \\u0001'"],
    ['"${x} */ `t`"', 'single', "'${x} */ `t`'"],
  ] as const)('%s with %s quotes → %s', (literal, preferred, expected) => {
    expect(quoted(literal, preferred)).toBe(expected);
  });
});
