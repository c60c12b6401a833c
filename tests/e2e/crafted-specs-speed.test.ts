/**
 * lint, list and index through the built bin on a spec of about 1 MiB (the
 * largest the reader reads) made of one crafted shape each: long runs of
 * unclosed `[`, `|`, `*`, backticks, nested emphasis, headings, tables,
 * CR-only lines, NUL. Every reader path must be linear in the length of a
 * line; a quadratic scan turns 1 MiB into many seconds (0.3.0's placeholder
 * scan took about 4 s on `[ ` repeated, and grows with the square).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { MAX_SPEC_BYTES } from '../../src/specs/read-specs-folder.js';

afterAll(removeTempDirs);

const TODAY = { SPECWRIGHT_TODAY: '2026-11-26' };
const SPEC = 'docs/specs/0001-big.md';
/**
 * The one timed assertion here, and the point of the test: a linear read of
 * 1 MiB takes well under a second even on a busy two-core machine, while the
 * quadratic scans this guards against took 4 s and more. Loose on purpose.
 */
const BOUND_MS = 3000;

let root = '';
let base = '';

beforeAll(async () => {
  root = tempDir({ git: true });
  const made = await runBin(['new', '--name', 'Big', '--owner', 'Ada', '--yes'], { cwd: root, env: TODAY });
  expect(made.code).toBe(0);
  base = readFileSync(path.join(root, SPEC), 'utf8');
});

/** `unit` repeated to fill what `base` leaves of 1 MiB, placed after `anchor` (wrapped by `wrap`). */
function craftedSpec(anchor: string, unit: string, wrap: (filler: string) => string = (f) => `${f}\n`): string {
  const room = MAX_SPEC_BYTES - Buffer.byteLength(base) - 200;
  const filler = unit.repeat(Math.floor(room / Buffer.byteLength(unit)));
  expect(base).toContain(anchor);
  const text = base.replace(anchor, `${anchor}${wrap(filler)}`);
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SPEC_BYTES);
  expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_SPEC_BYTES - 4096);
  return text;
}

const PURPOSE = '### Purpose\n\n';
const REQUIREMENTS = '### Functional Requirements\n\n';
const STATUS = '## Status\n\n';
const CHANGELOG = '| 2026-11-26 | Ada | Initial draft |\n';

const CASES: readonly [string, () => string][] = [
  ['a line of unclosed "[ "', () => craftedSpec(PURPOSE, '[ ')],
  ['a line of "["', () => craftedSpec(PURPOSE, '[')],
  ['a requirement of unclosed "[Date"', () => craftedSpec(REQUIREMENTS, '[Date', (f) => `1. **FR-1**: ${f}\n`)],
  ['a status item of "- [ "', () => craftedSpec(STATUS, '- [ ', (f) => `- [ ] ${f}\n`)],
  ['a line of "|"', () => craftedSpec(PURPOSE, '|')],
  ['a line of "*"', () => craftedSpec(PURPOSE, '*')],
  ['a line of backticks', () => craftedSpec(PURPOSE, '`')],
  ['a line of "``a" (code spans that never close)', () => craftedSpec(PURPOSE, '``a')],
  ['a line of nested emphasis', () => craftedSpec(PURPOSE, '***_a')],
  ['a line of backslash escapes', () => craftedSpec(PURPOSE, '\\')],
  ['a line of "<!--"', () => craftedSpec(PURPOSE, '<!--')],
  ['headings, one a line', () => craftedSpec(PURPOSE, '## [Date x\n', (f) => f)],
  ['a heading of "#"', () => craftedSpec(PURPOSE, '#', (f) => `## ${f}\n`)],
  ['table rows of unclosed brackets and code', () => craftedSpec(CHANGELOG, '| 2026-11-26 | [a | `b |\n', (f) => f)],
  ['CR-only lines', () => craftedSpec(PURPOSE, '- [ ] [Date x\r', (f) => `${f}\n`)],
  ['NUL bytes', () => craftedSpec(PURPOSE, '[\0')],
];

describe('a crafted 1 MiB spec is read in linear time by lint, list and index', () => {
  test.each(CASES)('%s', async (_name, make) => {
    writeFileSync(path.join(root, SPEC), make());
    for (const command of ['lint', 'list', 'index']) {
      const run = await runBin([command], { cwd: root, env: TODAY, timeoutMs: 60_000 });
      // Exit 1 is fine (lint findings); a kill, a crash or a usage error is not.
      expect({ command, signal: run.signal, code: run.code === 0 || run.code === 1 ? 'ok' : run.code, stderr: run.code === 0 || run.code === 1 ? '' : run.stderr }).toEqual({ command, signal: null, code: 'ok', stderr: '' });
      expect({ command, fast: run.ms < BOUND_MS ? true : run.ms }).toEqual({ command, fast: true });
    }
  }, 120_000);
});
