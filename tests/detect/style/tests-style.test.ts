import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { importingJestGlobals, sampleTestFiles, styleOfSources } from '../../../src/detect/style/tests-style.js';
import { projectWith } from '../../helpers/project-files.js';
import { removeTempDirs } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

const STANDARD = "import { test } from 'node:test'\nimport assert from 'node:assert'\n\ntest('adds', () => {\n  assert.equal(add(1, 2), 3)\n  assert.equal(add(2, 2), 4)\n})\n\ntest('subtracts', () => {\n  if (x)\n    assert.ok(true)\n  assert.equal(sub(3, 2), 1)\n})\n";
const TABS = 'import {describe, it} from "mocha";\nimport {a} from "./a.js";\nimport {b} from "./b.js";\n\ndescribe("a", () => {\n\tit("b", () => {\n\t\tassert.ok(a(\n\t\t\t1,\n\t\t));\n\t});\n});\n';

describe('the existing tests\' style', () => {
  test('single quotes, no semicolons, two spaces: each with how many cases showed it', () => {
    expect(styleOfSources([{ name: 'a.test.js', text: STANDARD }], 'test/')).toEqual({
      quotes: { value: 'single', evidence: 'the existing tests in test/ (4 of 4 strings single-quoted, 1 file)' },
      semicolons: { value: false, evidence: 'the existing tests in test/ (8 of 8 statements without a semicolon, 1 file)' },
      indent: { value: 2, evidence: 'the existing tests in test/ (3 indentations of 2 spaces, 1 file)' },
    });
  });

  test('double quotes, semicolons, tabs, no spaces in braces', () => {
    expect(styleOfSources([{ name: 'a.test.js', text: TABS }, { name: 'b.test.js', text: TABS }], 'test/')).toMatchObject({
      quotes: { value: 'double' },
      semicolons: { value: true },
      indent: { value: 'tab' },
      bracketSpacing: { value: false, evidence: 'the existing tests in test/ (6 of 6 imports without spaces inside braces, 2 files)' },
    });
  });

  test('one-parameter arrow functions with or without parentheses', () => {
    const ava = "import test from 'ava'\n\ntest('a', t => {\n  t.pass()\n})\ntest('b', async t => {\n  t.pass()\n})\ntest('c', (t) => {\n  t.is([1].map(x => x)[0], 1)\n})\n";
    expect(styleOfSources([{ name: 'a.js', text: ava }], 'test/').arrowParens).toEqual({ value: 'avoid', evidence: 'the existing tests in test/ (3 of 4 one-parameter arrow functions without parentheses, 1 file)' });
  });

  test('a call broken over lines, with or without a comma after its last argument; a block closed by `})` says nothing', () => {
    const call = (comma: string): string => `expect(slugify('a b')).toBe(\n  'a-b'${comma}\n)\n`;
    const blocks = "test('a', () => {\n  t.pass()\n})\n".repeat(4);
    expect(styleOfSources([{ name: 'a.js', text: call('').repeat(3) + call(',') + blocks }], 'test/').trailingCommas).toEqual({ value: 'none', evidence: 'the existing tests in test/ (3 of 4 calls broken over lines without a comma after the last argument, 1 file)' });
    expect(styleOfSources([{ name: 'a.js', text: call(',').repeat(3) + blocks }], 'test/').trailingCommas).toEqual({ value: 'all', evidence: 'the existing tests in test/ (3 of 3 calls broken over lines with a comma after the last argument, 1 file)' });
    expect(styleOfSources([{ name: 'a.js', text: blocks + call(',') }], 'test/').trailingCommas).toBeUndefined();
  });

  test('the width, from calls the formatter broke (too wide at 80) and one-string calls it left whole, when only one usual width fits both', () => {
    const broken = "    let { stderr, stdout } = await exec(\n      `node \"${BIN}\" --alphabet abc --size 15`\n    )\n"; // 81 columns on one line
    const rejects = '    await rejects(\n      () => exec(`node "${BIN}" -s abc`),\n      /Size must be positive integer/\n    )\n'; // 88
    const whole = "  test.todo('a line of seventy-odd columns, left whole by the formatter')\n";
    expect(styleOfSources([{ name: 'a.js', text: broken + rejects + whole }], 'test/').width).toEqual({ value: 80, evidence: 'the existing tests in test/ (calls broken over lines that would be 81 columns or more on one line, 1 file)' });
    // Broken at 130 and more: 80, 100 and 120 all fit; one broken call: too little to say.
    const wide = `    await check(\n      '${'x'.repeat(100)}',\n      'y'\n    )\n`;
    expect(styleOfSources([{ name: 'a.js', text: wide + wide }], 'test/').width).toBeUndefined();
    expect(styleOfSources([{ name: 'a.js', text: broken + whole }], 'test/').width).toBeUndefined();
    // A nested call or object as an argument is not a list of plain arguments: not counted.
    expect(styleOfSources([{ name: 'a.js', text: '  x(\n    y({\n      a: 1\n    })\n  )\n'.repeat(3) }], 'test/').width).toBeUndefined();
  });

  test('too few cases, or a tie, say nothing; quotes in comments and template literals are not counted', () => {
    expect(styleOfSources([{ name: 'a.js', text: "x('a')\n// \"b\" \"c\" \"d\"\ny(`\"e\" \"f\"`)\n" }], 't/')).toEqual({});
    expect(styleOfSources([], 't/')).toEqual({});
  });

  test('the sample: code files of the folder, then of its sub-folders, never fixtures; at most eight', () => {
    const files: Record<string, string> = { 'test/a.test.js': 'a', 'test/b.md': 'b', 'test/types.d.ts': 'c', 'test/unit/c.test.ts': 'c', 'test/fixtures/d.js': 'd', 'test/node_modules/e.js': 'e' };
    for (let i = 0; i < 10; i += 1) files[`test/many/m${i}.test.js`] = 'm';
    const root = projectWith(files);
    const names = sampleTestFiles(path.join(root, 'test')).map((file) => file.name);
    expect(names).toEqual(['a.test.js', 'many/m0.test.js', 'many/m1.test.js', 'many/m2.test.js', 'many/m3.test.js', 'many/m4.test.js', 'many/m5.test.js', 'many/m6.test.js']);
    expect(sampleTestFiles(path.join(root, 'nothing'))).toEqual([]);
  });

  test('a test that imports @jest/globals is named', () => {
    expect(importingJestGlobals([{ name: 'a.test.js', text: 'test(1)' }, { name: 'b.test.js', text: "const { test } = require('@jest/globals')" }])).toBe('b.test.js');
    expect(importingJestGlobals([{ name: 'a.test.js', text: 'test(1)' }])).toBeUndefined();
  });
});
