/**
 * Which calls broken over lines measure the width: a call of more than six
 * argument lines, or one the file ends inside, is not a call to measure.
 */
import { describe, expect, test } from '@jest/globals';
import { styleOfSources } from '../../../src/detect/style/tests-style.js';

const broken = "    let { stderr, stdout } = await exec(\n      `node \"${BIN}\" --alphabet abc --size 15`\n    )\n"; // 81 columns on one line
const rejects = '    await rejects(\n      () => exec(`node "${BIN}" -s abc`),\n      /Size must be positive integer/\n    )\n'; // 88
const whole = "  test.todo('a line of seventy-odd columns, left whole by the formatter')\n";
const EIGHTY = { value: 80, evidence: 'the existing tests in test/ (calls broken over lines that would be 81 columns or more on one line, 1 file)' };

describe('calls broken over lines, measured', () => {
  test('two calls too wide at 80 and a line of 73 left whole: 80', () => {
    expect(styleOfSources([{ name: 'a.js', text: broken + rejects + whole }], 'test/').width).toEqual(EIGHTY);
  });

  test('a call of six argument lines is measured: narrow, it leaves no usual width', () => {
    const six = '  x(\n    a,\n    b,\n    c,\n    d,\n    e,\n  )\n';
    expect(styleOfSources([{ name: 'a.js', text: broken + rejects + whole + six }], 'test/').width).toBeUndefined();
  });

  test('a call of seven argument lines is not measured', () => {
    const seven = '  x(\n    a,\n    b,\n    c,\n    d,\n    e,\n    f,\n  )\n';
    expect(styleOfSources([{ name: 'a.js', text: broken + rejects + whole + seven }], 'test/').width).toEqual(EIGHTY);
  });

  test('a call the file ends inside is not measured', () => {
    expect(styleOfSources([{ name: 'a.js', text: `${broken}${rejects}${whole}  x(\n    a,\n    b` }], 'test/').width).toEqual(EIGHTY);
  });
});
