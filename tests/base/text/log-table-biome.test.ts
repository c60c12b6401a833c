/**
 * biome 2 formats Markdown too, pads tables and does not read prettier's
 * comments: the guarded Changelog table must pass `biome format` as written,
 * however long its rows (real biome, from tests/fixtures/toolchains).
 */
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { logTableLines } from '../../../src/base/text/log-table.js';
import { runTool } from '../../helpers/run-tool.js';
import { removeTempDirs } from '../../helpers/temp-repo.js';
import { fixtureRepo, TOOLCHAIN_MODULES } from '../../helpers/toolchains.js';

afterAll(removeTempDirs);

const LONG = 'Status: Design review — PR #57 by @ada, reviewed with the security team and 山田 太郎 from QA';

test('biome format leaves the guarded compact table as it is', async () => {
  const rows = [['2026-11-26', '山田 太郎', 'Initial draft'], ['2026-11-27', 'Ada', LONG]];
  const spec = `# T\n\n## Changelog\n\n${logTableLines(['Date', 'Author', 'Changes'], rows).join('\n')}\n\n---\n\n- Owner: Ada\n`;
  const root = fixtureRepo({ 'biome.json': '{}\n', 'spec.md': spec });
  const run = await runTool(path.join(TOOLCHAIN_MODULES, '.bin', 'biome'), ['format', 'spec.md'], root);
  expect(run.output).not.toContain('Formatter would have printed');
  expect(run.code).toBe(0);
});
