/**
 * No escape sequence or bidi control reaches the terminal, from any command
 * or output form: ESC sequences (CSI, OSC ended by BEL), the 8-bit CSI
 * (U+009B), BEL, DEL and bidi controls are put in everything a command
 * echoes (the repository's folder name, spec titles, owners, milestones,
 * status items, spec file names, a team template, an existing file's bytes,
 * config values, arguments) and every command is run through the built bin.
 * Human output shows each one visibly (ESC as ␛, U+202E as <U+202E>); JSON
 * escapes them and still parses to the very same text.
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type BinResult, runBin } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** Every character a terminal acts on or that reorders what it shows; output may keep only \n and \t. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Colour, a hyperlink (OSC 8, ended by BEL), a clear screen by the 8-bit CSI, BEL, DEL, and bidi overrides and isolates. */
const HOSTILE = '\u001b[31mRED\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u009b2J\u0007\u007f\u202Eevil\u2066iso\u2069';
/** The same, fit for a file or folder name (no slash). */
const HOSTILE_NAME = HOSTILE.replaceAll('/', '_');
/** How human output shows the start of HOSTILE: ESC as its control picture. */
const SHOWN = '\u241B[31mRED';
/** How human output shows its bidi override, also where a message quoted it as JSON (ESC then reads \\u001b). */
const SHOWN_BIDI = '<U+202E>evil';

function expectNoRawControl(result: BinResult): void {
  // The first offending character, if any, in a form the failure message can show.
  const found = (text: string) => RAW_CONTROL.exec(text)?.[0]?.codePointAt(0)?.toString(16);
  expect({ stdout: found(result.stdout), stderr: found(result.stderr) }).toEqual({ stdout: undefined, stderr: undefined });
}

function specText(title: string): string {
  return [
    `# Feature Specification: ${title}`,
    '',
    '## Implementation Plan',
    '',
    '### Milestones',
    '',
    `1. **Beta ${HOSTILE}** - 2026-02-30`,
    `2. **Launch ${HOSTILE}**`,
    '',
    '## Status',
    '',
    '- [x] Specification review',
    ...['Design review', 'Implementation started', 'Code review', 'Testing complete', 'Documentation complete', 'Deployed to production'].map((label) => `- [ ] ${label}`),
    `- [ ] Shipped ${HOSTILE}`,
    '',
    '## Changelog',
    '',
    '| Date | Author | Changes |',
    '| --- | --- | --- |',
    '| 2026-10-01 | Ada | Created |',
    '',
    'Created: 2026-10-01',
    'Last Updated: 2026-11-20',
    `Owner: Owner ${HOSTILE}`,
    '',
  ].join('\n');
}

/** Every string in a parsed JSON value, keys and values. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  return [];
}

let root = '';

/** A repository in a folder whose name holds the escapes, with hostile specs and a hostile team template. */
function hostileRepository(): string {
  const dir = path.join(realpathSync(tempDir()), `repo-${HOSTILE_NAME}`);
  mkdirSync(dir);
  execFileSync('git', ['init', '-q', dir]);
  const files: Record<string, string> = {
    'docs/specs/0001-hostile.md': specText(`Title ${HOSTILE}`),
    [`docs/specs/0002-${HOSTILE_NAME}.md`]: specText('Plain title'),
    'docs/specs/0003-dark-mode.md': `# Feature Specification: Dark mode\n\nExisting bytes ${HOSTILE}\n`,
    '.specwright/templates/docs.md.hbs': `# {{name}}\n\nFrom the team template: ${HOSTILE}\n`,
  };
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), contents);
  }
  // A spec that is a link is never read: index and list warn, naming it.
  symlinkSync('0001-hostile.md', path.join(dir, 'docs/specs', `0004-linked-${HOSTILE_NAME}.md`));
  return dir;
}

beforeAll(() => {
  root = hostileRepository();
});

const run = (args: readonly string[], cwd = root): Promise<BinResult> => runBin(args, { cwd, env: { COLUMNS: '200' } });

describe('human output shows escapes visibly and sends none', () => {
  test.each([
    ['list', ['list']],
    ['lint', ['lint']],
    ['lint --format github', ['lint', '--format', 'github']],
    ['index', ['index']],
    ['renumber --dry-run', ['renumber', '2', '--to', '9', '--dry-run']],
    ['config', ['config']],
    ['status (refuses to edit a file so named)', ['status', '2', 'design']],
    ['new --dry-run (a team template)', ['new', 'Export', '--owner', 'Ada', '--yes', '--dry-run']],
    ['new --dry-run --force (an existing file\u2019s bytes)', ['new', 'Dark mode', '--owner', 'Ada', '--yes', '--dry-run', '--force']],
  ])('%s', async (_name, args) => {
    const result = await run(args);
    expectNoRawControl(result);
    expect(`${result.stdout}${result.stderr}`).toContain(SHOWN_BIDI);
  });

  test('list: the table and every warning (titles, owners, milestones, status items, file names)', async () => {
    const result = await run(['list']);
    expectNoRawControl(result);
    expect(result.stdout).toContain(`Title ${SHOWN}`);
    expect(result.stdout).toContain(`Owner ${SHOWN}`);
    expect(result.stderr).toContain(`Launch ${SHOWN}`);
    expect(result.stderr).toContain(`0002-${SHOWN}`);
  });

  test('new --dry-run --force: the diff shows the existing bytes, escapes visible', async () => {
    const result = await run(['new', 'Dark mode', '--owner', 'Ada', '--yes', '--dry-run', '--force']);
    expect(result.code).toBe(0);
    expectNoRawControl(result);
    expect(result.stdout).toContain(`-Existing bytes ${SHOWN}`);
  });

  test('new: the summary of a real run names the root, escapes visible', async () => {
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    const result = await run(['new', 'Written', '--owner', 'Ada', '--yes'], path.join(root, 'sub'));
    expect(result.code).toBe(0);
    expectNoRawControl(result);
    expect(result.stdout).toContain(`into ${path.dirname(root)}/repo-${SHOWN}`);
  });

  test('init (an existing script of the same name, quoted) and eject: in a repository of their own, as they write', async () => {
    const fresh = hostileRepository();
    writeFileSync(path.join(fresh, 'package.json'), JSON.stringify({ name: 'x', scripts: { 'new-spec': `echo ${HOSTILE}` } }));
    const init = await run(['init'], fresh);
    expect(init.code).toBe(0);
    expectNoRawControl(init);
    expect(init.stdout).toContain(`(echo ${SHOWN}`);
    const eject = await run(['eject', 'spec'], fresh);
    expect(eject.code).toBe(0);
    expectNoRawControl(eject);
    expect(eject.stdout).toContain(`Ejected into ${path.dirname(fresh)}/repo-${SHOWN}`);
  });

  test('errors echo config values and arguments visibly', async () => {
    const configured = hostileRepository();
    writeFileSync(path.join(configured, 'specwright.config.json'), JSON.stringify({ specsDir: `docs/${HOSTILE_NAME}` }));
    for (const args of [['list'], ['config'], [`${HOSTILE_NAME}`], ['list', `--${HOSTILE_NAME}`], ['status', HOSTILE_NAME, 'review']]) {
      const result = await run(args, configured);
      expect(result.code).toBe(2);
      expectNoRawControl(result);
      expect(result.stderr).toContain(SHOWN_BIDI);
    }
  });
});

describe('JSON escapes them and keeps the text', () => {
  test.each([
    ['list --json', ['list', '--json']],
    ['lint --json', ['lint', '--json']],
    ['renumber --dry-run --json', ['renumber', '2', '--to', '9', '--dry-run', '--json']],
    ['config --json', ['config', '--json']],
    ['new --dry-run --json', ['new', 'Export', '--owner', 'Ada', '--yes', '--dry-run', '--json']],
  ])('%s', async (_name, args) => {
    const result = await run(args);
    expectNoRawControl(result);
    expect(stringsIn(JSON.parse(result.stdout)).some((text) => text.includes(HOSTILE_NAME))).toBe(true);
  });

  test('list --json: titles and owners come back exactly as written', async () => {
    const result = await run(['list', '--json']);
    expectNoRawControl(result);
    const specs = JSON.parse(result.stdout) as { title: string; owner: string; file: string }[];
    expect(specs.map((s) => s.title)).toContain(`Title ${HOSTILE}`);
    expect(specs.map((s) => s.owner)).toContain(`Owner ${HOSTILE}`);
    expect(specs.map((s) => s.file)).toContain(`docs/specs/0002-${HOSTILE_NAME}.md`);
  });
});
