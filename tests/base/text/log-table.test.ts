import { describe, expect, test } from '@jest/globals';
import { compactRow, isFormatterIgnore, logTableLines } from '../../../src/base/text/log-table.js';
import { markdownlintFindings, prettierFormat } from '../../helpers/markdown-checks.js';

const LONG = 'Status: Design review — PR #57 by @ada, reviewed with the security team, the design folks and 山田 太郎 from QA';

describe('logTableLines', () => {
  test('a guarded compact table passes markdownlint defaults and prettier, however long or wide its rows', async () => {
    const rows = [['2026-11-26', '山田 太郎', 'Initial draft'], ['2026-11-27', 'Ada', LONG], ['2026-11-28', 'Ｆｕｌｌｗｉｄｔｈ', `${LONG} ${LONG}`]];
    for (let n = 1; n <= rows.length; n++) {
      const doc = `# T\n\n## Changelog\n\n${logTableLines(['Date', 'Author', 'Changes'], rows.slice(0, n)).join('\n')}\n\n---\n\nEnd.\n`;
      expect(markdownlintFindings(doc)).toEqual([]);
      await expect(prettierFormat(doc)).resolves.toBe(doc);
    }
  });

  test("rows are never padded; the comment above the header is one status looks for (biome's, or prettier's of an earlier form)", () => {
    const lines = logTableLines(['A', 'Bee'], [['x', 'y']]);
    expect(lines.filter((line) => line.startsWith('|'))).toEqual(['| A | Bee |', '| --- | --- |', compactRow(['x', 'y'])]);
    expect(isFormatterIgnore(lines[lines.indexOf('| A | Bee |') - 1]!)).toBe(true);
    expect(isFormatterIgnore('<!-- prettier-ignore -->')).toBe(true);
    expect(isFormatterIgnore('<!-- markdownlint-disable MD013 -->')).toBe(false);
  });
});
