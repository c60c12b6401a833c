/**
 * Hostile input through the BUILT bin (issue 3, "no input gets past validation").
 *
 * - Refused input: exit 2, the first line of stderr names the flag or the
 *   answers-file key, and the directory tree is byte-for-byte as before.
 * - Input that is hostile but valid once slugged: the three files land inside
 *   the repository root under the slug, and nowhere else.
 * - Injection attempts in every field: the generated Markdown, parsed with a
 *   CommonMark parser, shows exactly the text typed and has the same shape as
 *   a spec written from plain text (no heading, HTML, link, emphasis or code
 *   created by an answer), and the generated test stubs, run with jest,
 *   report only todos whose titles are the typed text.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Parser, type Node } from 'commonmark';
import { runBin, runBinInShell, type BinResult } from '../helpers/run-bin.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const parser = new Parser();
const JEST_BIN = fileURLToPath(new URL('../../node_modules/jest/bin/jest.js', import.meta.url));
const MB = 1024 * 1024;
const TODAY = '2026-11-26';

/* ------------------------------------------------------------------ */
/* Refused input                                                       */
/* ------------------------------------------------------------------ */

interface Refusal {
  readonly title: string;
  /** Arguments after `new`. */
  readonly args: readonly string[];
  /** Written to `answers.json` in the repository before the run (counted in the snapshot). */
  readonly file?: string;
  /** `answers.json` is a folder. */
  readonly fileIsDir?: true;
  /** A FIFO outside the repository, passed with --answers (reading it would block forever). */
  readonly fifo?: true;
  /** Sent on stdin (use with --answers=-). */
  readonly stdin?: string;
  /** The flag or answers-file key the first line of stderr must name. */
  readonly field: string;
  /** The rule, as the message states it. */
  readonly rule: RegExp;
}

const json = (value: unknown): string => JSON.stringify(value);
const NAME = '--name=Hostile case';
const OWNER = '--owner=Ada';
const FILE = '--answers=answers.json';
const STDIN = '--answers=-';
const A = 'answers.json: ';
const S = 'answers on stdin: ';
const CONTROL = /contains a control or invisible character \(U\+[0-9A-F]{4,5}\)/;
const NOT_A_DATE = /is not a (date|day of the calendar); use YYYY-MM-DD/;

const REFUSALS: readonly Refusal[] = [
  // Names whose slug cannot be a file name.
  { title: 'Windows device name con', args: ['--name=con', OWNER], field: '--name', rule: /reserves for a device/ },
  { title: 'Windows device name aux as the positional name', args: ['aux', OWNER], field: '--name', rule: /"aux", which Windows reserves/ },
  { title: 'Windows device name com1', args: ['--name=com1', OWNER], field: '--name', rule: /"com1", which Windows reserves/ },
  { title: 'Windows device name LPT9 (any case)', args: ['--name=LPT9', OWNER], field: '--name', rule: /"lpt9", which Windows reserves/ },
  { title: 'Windows device name nul in the answers file', args: [FILE], file: json({ name: 'NUL', owner: 'Ada' }), field: `${A}name`, rule: /"nul", which Windows reserves/ },
  { title: 'a name of dots only (empty slug)', args: ['--name=...', OWNER], field: '--name', rule: /needs at least one Latin, Greek or Cyrillic letter or a digit/ },
  { title: 'an emoji-only name (empty slug)', args: ['--name=🚀🔥', OWNER], field: '--name', rule: /needs at least one Latin, Greek or Cyrillic letter or a digit/ },
  { title: 'a Markdown fence as the name (empty slug)', args: ['--name=```', OWNER], field: '--name', rule: /needs at least one Latin, Greek or Cyrillic letter or a digit/ },
  { title: 'a name whose slug passes 64 bytes (ß → ss)', args: [`--name=${'ß'.repeat(40)}`, OWNER], field: '--name', rule: /gives a 80-byte file name; at most 64/ },
  { title: 'a name whose slug passes 64 bytes (ﬃ ligature → ffi)', args: [`--name=${'ﬃ'.repeat(22)}`, OWNER], field: '--name', rule: /gives a 66-byte file name; at most 64/ },
  { title: 'a name of 56 two-byte characters', args: [`--name=${'é'.repeat(56)}`, OWNER], field: '--name', rule: /is 56 characters long; at most 55/ },
  { title: 'an empty name', args: ['--name=', OWNER], field: '--name', rule: /is required and cannot be empty/ },
  { title: 'a blank name in the answers file', args: [FILE], file: json({ name: '   ', owner: 'Ada' }), field: `${A}name`, rule: /is required/ },
  { title: 'two different names', args: ['Alpha', '--name=Beta', OWNER], field: '--name', rule: /two names given/ },

  // Control and invisible characters, one field each.
  { title: 'newline in --name', args: ['--name=a\nb', OWNER], field: '--name', rule: /\(U\+000A\)/ },
  { title: 'carriage return in --owner', args: [NAME, '--owner=Ada\rEvil'], field: '--owner', rule: /\(U\+000D\)/ },
  { title: 'tab in --owner', args: [NAME, '--owner=Ada\tL'], field: '--owner', rule: /\(U\+0009\)/ },
  { title: 'ANSI escape in --purpose', args: [NAME, OWNER, '--purpose=\x1b[31mred\x1b[0m'], field: '--purpose', rule: /\(U\+001B\)/ },
  { title: 'DEL in --requirement', args: [NAME, OWNER, '--requirement=ok', '--requirement=a\x7fb'], field: '--requirement #2', rule: /\(U\+007F\)/ },
  { title: 'NUL in the answers-file name', args: [FILE], file: json({ name: 'a\u0000b', owner: 'Ada' }), field: `${A}name`, rule: /\(U\+0000\)/ },
  { title: 'right-to-left override in --story', args: [NAME, OWNER, '--story=admin\u202Etxt.exe'], field: '--story #1', rule: /\(U\+202E\)/ },
  { title: 'zero-width space in a --phase name', args: [NAME, OWNER, '--phase=Bu\u200Bild: task'], field: '--phase #1', rule: /\(U\+200B\)/ },
  { title: 'isolate in a --phase task', args: [NAME, OWNER, '--phase=Build: ok; a\u2066b'], field: '--phase #1', rule: /\(U\+2066\)/ },
  { title: 'BOM in a --milestone name', args: [NAME, OWNER, '--milestone=\uFEFFBeta@2026-12-15'], field: '--milestone #1', rule: /\(U\+FEFF\)/ },
  { title: 'line separator U+2028 in requirements on stdin', args: [STDIN], stdin: json({ name: 'x', owner: 'Ada', requirements: ['ok', 'a\u2028b'] }), field: `${S}requirements[1]`, rule: /\(U\+2028\)/ },
  { title: 'C1 control in a task in the answers file', args: [FILE], file: json({ name: 'x', owner: 'Ada', phases: [{ name: 'P', tasks: ['ok', 'a\u0085b'] }] }), field: `${A}phases[0].tasks[1]`, rule: /\(U\+0085\)/ },
  { title: 'paragraph separator U+2029 in a milestone name in the answers file', args: [FILE], file: json({ name: 'x', owner: 'Ada', milestones: [{ name: 'a\u2029b', date: '2026-12-15' }] }), field: `${A}milestones[0].name`, rule: /\(U\+2029\)/ },
  { title: 'Arabic letter mark (bidi control) in --owner', args: [NAME, '--owner=Ada\u061CL'], field: '--owner', rule: /\(U\+061C\)/ },
  { title: 'soft hyphen (invisible) in --name', args: ['--name=in\u00ADvisible', OWNER], field: '--name', rule: /\(U\+00AD\)/ },
  { title: 'Unicode tag characters (invisible text) in --purpose', args: [NAME, OWNER, '--purpose=ok\u{E0069}\u{E0067}\u{E006E}'], field: '--purpose', rule: /\(U\+E0069\)/ },
  { title: 'a lone surrogate in the answers file', args: [FILE], file: '{"name": "a\\ud800b", "owner": "Ada"}', field: `${A}name`, rule: /\(U\+D800\)/ },

  // Lengths and counts.
  { title: '--owner longer than 47 characters', args: [NAME, `--owner=${'o'.repeat(48)}`], field: '--owner', rule: /is 48 characters long; at most 47/ },
  { title: '--purpose of 501 multibyte characters', args: [NAME, OWNER, `--purpose=${'ü'.repeat(501)}`], field: '--purpose', rule: /is 501 characters long; at most 500/ },
  { title: '51 requirements', args: [NAME, OWNER, ...Array.from({ length: 51 }, (_, i) => `--requirement=R${i}`)], field: '--requirement', rule: /has 51 entries; at most 50/ },
  { title: '21 phases in the answers file', args: [FILE], file: json({ name: 'x', owner: 'Ada', phases: Array.from({ length: 21 }, (_, i) => ({ name: `P${i}`, tasks: [] })) }), field: `${A}phases`, rule: /has 21 entries; at most 20/ },
  { title: '51 tasks in one phase on stdin', args: [STDIN], stdin: json({ name: 'x', owner: 'Ada', phases: [{ name: 'P', tasks: Array.from({ length: 51 }, (_, i) => `t${i}`) }] }), field: `${S}phases[0].tasks`, rule: /has 51 entries; at most 50/ },
  { title: '21 milestones', args: [NAME, OWNER, ...Array.from({ length: 21 }, (_, i) => `--milestone=M${i}@2026-12-15`)], field: '--milestone', rule: /has 21 entries; at most 20/ },

  // Duplicates (case and accents do not make a name different).
  { title: 'duplicate --phase names differing in case', args: [NAME, OWNER, '--phase=Build: a', '--phase=BUILD: b'], field: '--phase #2', rule: /repeats "Build"; names must be unique/ },
  { title: 'duplicate phase names differing in accents (answers file)', args: [FILE], file: json({ name: 'x', owner: 'Ada', phases: [{ name: 'Café', tasks: [] }, { name: 'cafe', tasks: [] }] }), field: `${A}phases[1].name`, rule: /repeats "Café"/ },
  { title: 'duplicate --milestone names', args: [NAME, OWNER, '--milestone=Beta@2026-12-01', '--milestone=beta@2026-12-20'], field: '--milestone #2', rule: /repeats "Beta"/ },
  { title: 'duplicate milestone names on stdin', args: [STDIN], stdin: json({ name: 'x', owner: 'Ada', milestones: [{ name: 'GA', date: '2026-12-01' }, { name: 'ga', date: '2026-12-02' }] }), field: `${S}milestones[1].name`, rule: /repeats "GA"/ },

  // Malformed flags.
  { title: 'a --phase without a name', args: [NAME, OWNER, '--phase=: task'], field: '--phase #1', rule: /must look like "Phase name: first task; second task"/ },
  { title: 'a --milestone without a date', args: [NAME, OWNER, '--milestone=Beta'], field: '--milestone #1', rule: /must look like "Milestone name@2026-12-15"/ },
  { title: 'a --milestone without a name', args: [NAME, OWNER, '--milestone=@2026-12-15'], field: '--milestone #1', rule: /must look like/ },
  { title: 'a typo in a flag (--requirements)', args: [NAME, OWNER, '--requirements=x'], field: '--requirements', rule: /Unknown option/ },

  // Dates.
  { title: 'date 2026-02-30', args: [NAME, OWNER, '--milestone=Beta@2026-02-30'], field: '--milestone #1', rule: /"2026-02-30" is not a day of the calendar/ },
  { title: 'date 2026-13-01', args: [NAME, OWNER, '--milestone=Beta@2026-13-01'], field: '--milestone #1', rule: /"2026-13-01" is not a day of the calendar/ },
  { title: 'date 2026-2-3', args: [NAME, OWNER, '--milestone=Beta@2026-2-3'], field: '--milestone #1', rule: /"2026-2-3" is not a date/ },
  { title: 'date 02/03/2026', args: [NAME, OWNER, '--milestone=Beta@02/03/2026'], field: '--milestone #1', rule: /"02\/03\/2026" is not a date/ },
  { title: 'date with a time 2026-11-26T10:00', args: [NAME, OWNER, '--milestone=Beta@2026-11-26T10:00'], field: '--milestone #1', rule: /characters long; at most 10/ },
  { title: 'date with a zone 2026-12-01Z (answers file)', args: [FILE], file: json({ name: 'x', owner: 'Ada', milestones: [{ name: 'Beta', date: '2026-12-01Z' }] }), field: `${A}milestones[0].date`, rule: /characters long; at most 10/ },
  { title: 'date in full-width digits', args: [NAME, OWNER, '--milestone=Beta@２０２６-１２-０１'], field: '--milestone #1', rule: NOT_A_DATE },
  { title: 'date 1999-12-31 (before 2000)', args: [NAME, OWNER, '--milestone=Beta@1999-12-31'], field: '--milestone #1', rule: /has the year 1999; years from 2000 to 2100/ },
  { title: 'date 2101-01-01 (after 2100, answers file)', args: [FILE], file: json({ name: 'x', owner: 'Ada', milestones: [{ name: 'Beta', date: '2101-01-01' }] }), field: `${A}milestones[0].date`, rule: /has the year 2101/ },
  { title: 'date 2026-02-29 (not a leap year, stdin)', args: [STDIN], stdin: json({ name: 'x', owner: 'Ada', milestones: [{ name: 'Beta', date: '2026-02-29' }] }), field: `${S}milestones[0].date`, rule: /"2026-02-29" is not a day of the calendar/ },
  { title: 'relative date beyond 2100 (+9999m)', args: [NAME, OWNER, '--milestone=Beta@+9999m'], field: '--milestone #1', rule: /years from 2000 to 2100/ },
  { title: 'a date that is a number (answers file)', args: [FILE], file: json({ name: 'x', owner: 'Ada', milestones: [{ name: 'Beta', date: 20261215 }] }), field: `${A}milestones[0].date`, rule: /must be a string, got number/ },

  // Answers file: prototype keys, unknown keys, wrong types.
  { title: '__proto__ at the top level', args: [FILE], file: '{"name": "x", "owner": "Ada", "__proto__": {"polluted": true}}', field: `${A}__proto__`, rule: /is not allowed as a key/ },
  { title: 'constructor at the top level (stdin)', args: [STDIN], stdin: '{"name": "x", "constructor": {"prototype": {"polluted": true}}}', field: `${S}constructor`, rule: /is not allowed as a key/ },
  { title: '__proto__ nested in a phase', args: [FILE], file: '{"name": "x", "phases": [{"name": "P", "tasks": [], "__proto__": {"polluted": true}}]}', field: `${A}phases[0].__proto__`, rule: /is not allowed as a key/ },
  { title: 'constructor nested in a milestone', args: [FILE], file: '{"name": "x", "milestones": [{"name": "M", "date": "2026-12-15", "constructor": 1}]}', field: `${A}milestones[0].constructor`, rule: /is not allowed as a key/ },
  { title: 'unknown key "requirement" (typo of requirements)', args: [FILE], file: json({ name: 'x', owner: 'Ada', requirement: ['Works offline'] }), field: `${A}requirement`, rule: /is not a known key/ },
  { title: 'unknown key "task" in a phase (stdin)', args: [STDIN], stdin: json({ name: 'x', owner: 'Ada', phases: [{ name: 'P', task: ['t'] }] }), field: `${S}phases[0].task`, rule: /is not a known key/ },
  { title: 'a number as the name', args: [FILE], file: json({ name: 42, owner: 'Ada' }), field: `${A}name`, rule: /must be a string, got number/ },
  { title: 'a string as requirements', args: [FILE], file: json({ name: 'x', owner: 'Ada', requirements: 'Works offline' }), field: `${A}requirements`, rule: /must be a list/ },
  { title: 'null as the owner (stdin)', args: [STDIN], stdin: json({ name: 'x', owner: null }), field: `${S}owner`, rule: /must be a string, got null/ },
  { title: 'a string as a phase', args: [FILE], file: json({ name: 'x', owner: 'Ada', phases: ['Build'] }), field: `${A}phases[0]`, rule: /must be an object/ },
  { title: 'a number in stories', args: [FILE], file: json({ name: 'x', owner: 'Ada', stories: ['ok', 7] }), field: `${A}stories[1]`, rule: /must be a string, got number/ },
  { title: 'a JSON array instead of an object', args: [FILE], file: '["x"]', field: 'answers.json', rule: /must hold a JSON object/ },

  // Answers file: unreadable or oversized.
  { title: 'a JSON syntax error (line and column)', args: [FILE], file: '{\n  "name": "x",\n  "owner": "y"\n  "purpose": "z"\n}\n', field: 'answers.json', rule: /is not valid JSON \(line 4, column 3\)/ },
  { title: 'a JSON syntax error on stdin (line and column)', args: [STDIN], stdin: '{"name": "x",}', field: 'answers on stdin', rule: /is not valid JSON \(line 1, column 14\)/ },
  { title: 'an answers file that is a folder', args: [FILE], fileIsDir: true, field: 'answers.json', rule: /is not a regular file/ },
  { title: 'an answers file that is a FIFO', args: [], fifo: true, field: 'answers.fifo', rule: /is not a regular file/ },
  { title: 'an answers file that is a device', args: ['--answers=/dev/zero'], field: 'zero', rule: /is not a regular file/ },
  { title: 'a missing answers file', args: ['--answers=missing.json'], field: 'missing.json', rule: /does not exist/ },
  { title: 'valid JSON over 1 MB in a file', args: [FILE], file: `${' '.repeat(MB)}{"name": "x"}`, field: 'answers.json', rule: /is 1048589 bytes; answers files may have at most 1048576 bytes/ },
  { title: 'valid JSON over 1 MB on stdin', args: [STDIN], stdin: `${' '.repeat(MB)}{"name": "x"}`, field: 'answers on stdin', rule: /exceed 1048576 bytes/ },
];

describe('refused input: exit 2, the field named, nothing written', () => {
  test.each(REFUSALS.map((r) => [r.title, r] as const))('%s', async (_, refusal) => {
    const root = tempDir({ git: true });
    // Something to lose: a README, an older spec and a tests folder.
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'README.md'), '# Project\n');
    writeFileSync(path.join(root, 'docs/specs/0001-older.md'), '# Older\n');
    if (refusal.file !== undefined) writeFileSync(path.join(root, 'answers.json'), refusal.file);
    if (refusal.fileIsDir) mkdirSync(path.join(root, 'answers.json'));
    const args = ['new', ...refusal.args];
    if (refusal.fifo) {
      const fifo = path.join(tempDir(), 'answers.fifo');
      execFileSync('mkfifo', [fifo]);
      args.push(`--answers=${fifo}`);
    }
    const before = treeSnapshot(root);

    const result = await runBin(args, { cwd: root, ...(refusal.stdin !== undefined ? { input: refusal.stdin } : {}) });

    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expect.any(String) });
    const firstLine = result.stderr.split('\n')[0] ?? '';
    expect(firstLine).toMatch(/^specwright: /);
    expect(firstLine).toContain(refusal.field);
    expect(firstLine).toMatch(refusal.rule);
    expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(result.stdout).toBe('');
    expect(treeSnapshot(root)).toEqual(before);
  });
});

/* ------------------------------------------------------------------ */
/* Bytes that are not UTF-8                                            */
/* ------------------------------------------------------------------ */

/** A repository with something to lose: a README and an older spec. */
function repoToKeep(): string {
  const root = tempDir({ git: true });
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(root, 'README.md'), '# Project\n');
  writeFileSync(path.join(root, 'docs/specs/0001-older.md'), '# Older\n');
  return root;
}

/** Exit 2, one message naming `field`, no stack, nothing on stdout, the tree as it was. */
function expectRefused(result: BinResult, root: string, before: Record<string, string>, firstLine: string): void {
  expect({ code: result.code, firstLine: result.stderr.split('\n')[0], stdout: result.stdout }).toEqual({ code: 2, firstLine, stdout: '' });
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(treeSnapshot(root)).toEqual(before);
}

// Shell words whose bytes are Latin-1, not UTF-8 (\351 é, \350 è, \353 ë, \352 ê): only a shell can put them on argv.
const LATIN1_NAME = `"$(printf 'Caf\\351 cr\\350me')"`;
const U_FFFD_RULE = 'is not valid UTF-8: a replacement character (U+FFFD) stands where bytes could not be decoded; type it again in UTF-8';

describe('bytes that are not UTF-8 are refused, never written as U+FFFD', () => {
  test.each([
    ['--name', `--name ${LATIN1_NAME} --owner Ada`, '--name'],
    ['the positional name', `${LATIN1_NAME} --owner Ada`, '--name'],
    ['--owner', `--name Plain --owner "$(printf 'Zo\\353')"`, '--owner'],
    ['--purpose', `--name Plain --owner Ada --purpose ${LATIN1_NAME}`, '--purpose'],
    ['the second --requirement', `--name Plain --owner Ada --requirement ok --requirement ${LATIN1_NAME}`, '--requirement #2'],
    ['a --story', `--name Plain --owner Ada --story ${LATIN1_NAME}`, '--story #1'],
    ['a task in a --phase', `--name Plain --owner Ada --phase "$(printf 'Build: ok; t\\351st')"`, '--phase #1'],
    ['a --milestone name', `--name Plain --owner Ada --milestone "$(printf 'B\\352ta@2026-12-15')"`, '--milestone #1'],
  ])('Latin-1 bytes in %s on argv: exit 2 naming the flag', async (_, args, field) => {
    const root = repoToKeep();
    const before = treeSnapshot(root);
    const result = await runBinInShell(`new ${args} --yes`, { cwd: root });
    expectRefused(result, root, before, `specwright: ${field} ${U_FFFD_RULE}`);
  });

  // "Caf\xe9 cr\xe8me" at byte 13: line 1, column 14.
  const latin1File = Buffer.concat([Buffer.from('{"name": "Caf'), Buffer.from([0xe9]), Buffer.from(' cr'), Buffer.from([0xe8]), Buffer.from('me", "owner": "Ada"}\n')]);

  test('Latin-1 bytes in an answers file: exit 2 saying where, without the contents', async () => {
    const root = repoToKeep();
    writeFileSync(path.join(root, 'answers.json'), latin1File);
    const before = treeSnapshot(root);
    const result = await runBin(['new', FILE, '--yes'], { cwd: root });
    expectRefused(result, root, before, 'specwright: answers.json is not valid UTF-8 (line 1, column 14, byte offset 13)');
    expect(result.stderr).not.toMatch(/Caf|Ada|name/);
  });

  test('Latin-1 bytes in answers on stdin: exit 2 saying where', async () => {
    const root = repoToKeep();
    const before = treeSnapshot(root);
    const result = await runBin(['new', STDIN], { cwd: root, input: latin1File });
    expectRefused(result, root, before, 'specwright: answers on stdin is not valid UTF-8 (line 1, column 14, byte offset 13)');
    expect(result.stderr).not.toMatch(/Caf|Ada|name/);
  });

  test('the same name typed in UTF-8 on argv is written as typed', async () => {
    const root = tempDir({ git: true });
    const result = parseJsonResult(await runBinInShell(`new --name "$(printf 'Caf\\303\\251 cr\\303\\250me')" --owner Ada --json`, { cwd: root }));
    expect(result.slug).toBe('cafe-creme');
    expect(readFileSync(path.join(root, 'docs/specs/0001-cafe-creme.md'), 'utf8')).toContain('# Feature Specification: Café crème\n');
  });
});

/* ------------------------------------------------------------------ */
/* Nesting deeper than the answers format                              */
/* ------------------------------------------------------------------ */

describe('answers nested deeper than the format: exit 2 in one line, not a stack overflow', () => {
  const deep = (levels: number): string => `{"name": "Deep", "owner": "Ada", "phases": ${'['.repeat(levels)}${']'.repeat(levels)}}`;
  const RULE = 'phases[0][0][0] nests deeper than the answers format allows (at most 4 levels: the object, phases, a phase, its tasks)';

  test.each([
    [5000, 'an answers file'],
    [200000, 'an answers file'],
    [5000, 'stdin'],
    [200000, 'stdin'],
  ])('%i levels in %s', async (levels, source) => {
    const root = repoToKeep();
    const onStdin = source === 'stdin';
    if (!onStdin) writeFileSync(path.join(root, 'answers.json'), deep(levels));
    const before = treeSnapshot(root);
    const result = await runBin(['new', onStdin ? STDIN : FILE, '--yes'], { cwd: root, ...(onStdin ? { input: deep(levels) } : {}) });
    expect({ code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({
      code: 2,
      stderr: `specwright: ${onStdin ? S : A}${RULE}\n`,
      stdout: '',
    });
    expect(treeSnapshot(root)).toEqual(before);
  });
});

/* ------------------------------------------------------------------ */
/* Names that are hostile but valid once slugged                       */
/* ------------------------------------------------------------------ */

interface JsonResult {
  readonly id: string;
  readonly slug: string;
  readonly files: readonly string[];
}

function parseJsonResult(result: BinResult): JsonResult {
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as JsonResult;
}

const filesFor = (slug: string, number = '0001'): string[] => [
  `docs/specs/${number}-${slug}.md`,
  `tests/${slug}.test.js`,
  `docs/features/${slug}.md`,
];

const SLUGGED: readonly (readonly [string, string])[] = [
  ['../../etc/x', 'etc-x'],
  ['../../../../../../tmp/escape', 'tmp-escape'],
  ['/etc/passwd', 'etc-passwd'],
  ['.git/hooks/pre-commit', 'git-hooks-pre-commit'],
  ['..\\..\\Windows\\win.ini', 'windows-win-ini'],
  ['C:\\Windows\\System32\\con', 'c-windows-system32-con'],
  ['~/.ssh/authorized_keys', 'ssh-authorized-keys'],
  ['file:///etc/shadow', 'file-etc-shadow'],
  ['%2e%2e%2fetc%2fpasswd', '2e-2e-2fetc-2fpasswd'],
  ['con x', 'con-x'],
  ['nul.txt', 'nul-txt'],
  ['node_modules/.bin/x', 'node-modules-bin-x'],
  ['Ｆｕｌｌ ｗｉｄｔｈ', 'full-width'],
  ['é'.repeat(55), 'e'.repeat(55)], // 110 bytes typed, 55-byte slug
  ['ß'.repeat(32), 's'.repeat(64)], // exactly 64 bytes
];

describe('hostile names that are valid once slugged: slug-named files inside the root, nothing else', () => {
  test.each(SLUGGED)('%j → %s', async (name, slug) => {
    // The repository sits in a container folder, and the run starts two
    // folders deep, so `../..` from the cwd is the root and `../../..` is outside it.
    const container = tempDir();
    const root = path.join(container, 'repo');
    const cwd = path.join(root, 'a', 'b');
    mkdirSync(cwd, { recursive: true });
    execFileSync('git', ['init', '-q', root]);
    writeFileSync(path.join(container, 'outside.txt'), 'outside\n');
    const hooksBefore = readdirSync(path.join(root, '.git/hooks')).sort();
    const before = treeSnapshot(container);

    const result = parseJsonResult(await runBin(['new', `--name=${name}`, OWNER, '--json'], { cwd }));

    expect(result.slug).toBe(slug);
    expect(result.files).toEqual(filesFor(slug));
    const after = treeSnapshot(container);
    const added = Object.keys(after).filter((p) => !(p in before)).sort();
    expect(added).toEqual(
      ['repo/docs/', 'repo/docs/features/', 'repo/docs/specs/', 'repo/tests/', ...filesFor(slug).map((f) => `repo/${f}`)].sort(),
    );
    for (const [p, contents] of Object.entries(before)) expect(after[p]).toBe(contents);
    expect(readdirSync(path.join(root, '.git/hooks')).sort()).toEqual(hooksBefore);
    // The heading still shows the name as typed (NFC), not the slug.
    const docs = parser.parse(readFileSync(path.join(root, 'docs/features', `${slug}.md`), 'utf8'));
    expect(docs.firstChild?.type).toBe('heading');
    expect(textOf(docs.firstChild!)).toBe(name.normalize('NFC'));
  });

  test('the positional name is slugged the same way as --name', async () => {
    const root = tempDir({ git: true });
    const result = parseJsonResult(await runBin(['new', '../../etc/passwd', OWNER, '--json'], { cwd: root }));
    expect(result.files).toEqual(filesFor('etc-passwd'));
    expect(Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/')).sort()).toEqual(filesFor('etc-passwd').sort());
  });

  test('the answers file name is slugged the same way (stdin)', async () => {
    const root = tempDir({ git: true });
    const input = json({ name: '../.git/config', owner: 'Ada' });
    const result = parseJsonResult(await runBin(['new', STDIN, '--json'], { cwd: root, input }));
    expect(result.files).toEqual(filesFor('git-config'));
    expect(Object.keys(treeSnapshot(root)).filter((p) => !p.endsWith('/')).sort()).toEqual(filesFor('git-config').sort());
  });
});

/* ------------------------------------------------------------------ */
/* NFC / NFD, case, dates                                               */
/* ------------------------------------------------------------------ */

describe('Unicode normalisation and collisions', () => {
  const nfc = 'Crème brûlée für Ångström';
  const nfd = nfc.normalize('NFD');

  test('an NFC name and its NFD form write identical files', async () => {
    expect(nfd).not.toBe(nfc);
    const trees = [];
    for (const [name, owner] of [[nfc, 'Zoë Ægir'], [nfd, 'Zoë Ægir'.normalize('NFD')]] as const) {
      const root = tempDir({ git: true });
      const result = parseJsonResult(
        await runBin(['new', `--name=${name}`, `--owner=${owner}`, `--purpose=${name}`, `--requirement=${name}`, '--json'], { cwd: root }),
      );
      expect(result.files).toEqual(filesFor('creme-brulee-fur-angstrom'));
      trees.push(treeSnapshot(root));
    }
    expect(trees[1]).toEqual(trees[0]);
    const spec = Buffer.from((trees[0]!['docs/specs/0001-creme-brulee-fur-angstrom.md'] ?? '').slice(5), 'base64').toString('utf8');
    expect(spec).toContain(`# Feature Specification: ${nfc}\n`);
    expect(spec).toContain('Owner: Zoë Ægir\n');
    expect(spec.normalize('NFC')).toBe(spec);
  });

  test.each([
    ['the NFD form of an NFC name', nfc, nfd],
    ['the same name in another case', 'Dark Mode', 'DARK MODE'],
    ['the same name without accents', 'Crème brûlée', 'Creme brulee'],
  ])('%s collides with it: exit 1, the conflicts listed, nothing written', async (_, first, second) => {
    const root = tempDir({ git: true });
    expect((await runBin(['new', `--name=${first}`, OWNER], { cwd: root })).code).toBe(0);
    const before = treeSnapshot(root);
    const result = await runBin(['new', `--name=${second}`, OWNER], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specwright: 3 files already exist: docs\/specs\/0001-[a-z-]+\.md, tests\/[a-z-]+\.test\.js, docs\/features\/[a-z-]+\.md\. Nothing was written\./);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('dates that are accepted', () => {
  test.each([
    ['a leap day', '2028-02-29', '2028-02-29', undefined],
    ['a leap day under TZ=Pacific/Kiritimati (UTC+14)', '2028-02-29', '2028-02-29', 'Pacific/Kiritimati'],
    ['a leap day under TZ=America/Los_Angeles', '2028-02-29', '2028-02-29', 'America/Los_Angeles'],
    ['the last allowed day', '2100-12-31', '2100-12-31', undefined],
    ['a relative date', '+2w', '2026-12-10', 'Pacific/Kiritimati'],
    ['a relative month across a year end', '+2m', '2027-01-26', 'America/Los_Angeles'],
  ])('%s (%s) is written as %s', async (_, typed, written, tz) => {
    const root = tempDir({ git: true });
    const env = tz ? { TZ: tz } : {};
    const result = parseJsonResult(await runBin(['new', NAME, OWNER, `--milestone=Launch@${typed}`, '--json'], { cwd: root, env }));
    const spec = readFileSync(path.join(root, result.files[0]!), 'utf8');
    expect(spec).toContain(`1. **Launch** - ${written}\n`);
    expect(spec).toContain(`Created: ${TODAY}\n`);
  });
});

/* ------------------------------------------------------------------ */
/* Injection: every field renders as text                             */
/* ------------------------------------------------------------------ */

/** Each string is tried in every field; names give distinct slugs. */
const INJECTIONS: readonly string[] = [
  '# heading',
  '<script>alert(1)</script>',
  '<!-- x -->',
  '[link](http://x)',
  '```js',
  '| a | b |',
  '*bold* _em_ `code`',
  '&amp; &#x27; &copy;',
  '${process.exit(1)}',
  '"); process.exit(2); ("',
  '*/ process.exit(3); /*',
  '`${process.exit(4)}`',
  '{{owner}} {{{purpose}}}',
  '- item',
  '1. numbered',
  '> quote',
  '<http://auto.link>',
  '![img](x.png)',
  '<img src=x onerror=alert(6)>',
  'trailing \\',
];

function* walk(node: Node): Generator<{ entering: boolean; node: Node }> {
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) yield event;
}

/** The text a node renders; soft breaks (from wrapping) read as spaces, inline code between the backticks it was typed in. */
function textOf(node: Node): string {
  let text = '';
  for (const { entering, node: n } of walk(node)) {
    if (!entering) continue;
    if (n.type === 'text') text += n.literal ?? '';
    if (n.type === 'code') text += `\`${n.literal ?? ''}\``;
    if (n.type === 'softbreak') text += ' ';
    if (n.type === 'linebreak') text += '\n';
  }
  return text;
}

/**
 * The document's shape without its text: every node but text and soft breaks,
 * with heading levels and list types. Two specs written from different text
 * must have the same shape; an injected heading, HTML node, link, emphasis or
 * code span changes it.
 */
function shape(node: Node, typedCode: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const { entering, node: n } of walk(node)) {
    if (n.type === 'text' || n.type === 'softbreak' || isTypedCode(n, typedCode)) continue;
    const detail = n.type === 'heading' ? String(n.level) : n.type === 'list' ? `${n.listType}` : '';
    out.push(`${entering ? '' : '/'}${n.type}${detail}`);
  }
  return out;
}

function countOf(node: Node, types: readonly string[], typedCode: ReadonlySet<string> = new Set()): number {
  return [...walk(node)].filter((e) => e.entering && types.includes(e.node.type) && !isTypedCode(e.node, typedCode)).length;
}

/** The inline code an answer holds: backticks typed in pairs, which render as code on purpose. */
function codeTypedIn(typed: string): Set<string> {
  return new Set([...walk(parser.parse(`x ${typed}`))].filter((e) => e.node.type === 'code').map((e) => e.node.literal ?? ''));
}

function isTypedCode(node: Node, typedCode: ReadonlySet<string>): boolean {
  return node.type === 'code' && typedCode.has(node.literal ?? '');
}

function topBlocks(doc: Node): Node[] {
  const blocks: Node[] = [];
  for (let n = doc.firstChild; n; n = n.next) blocks.push(n);
  return blocks;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let n = node.firstChild; n; n = n.next) out.push(n);
  return out;
}

/** The block right after the heading whose text is `heading`. */
function afterHeading(doc: Node, heading: string): Node {
  const found = topBlocks(doc).find((b) => b.type === 'heading' && textOf(b) === heading);
  if (!found?.next) throw new Error(`no block after the heading ${JSON.stringify(heading)}`);
  return found.next;
}

function itemTexts(list: Node): string[] {
  expect(list.type).toBe('list');
  return children(list).map(textOf);
}

/** GFM table cells: split on pipes not escaped with a backslash. */
function tableRow(markdown: string, startsWith: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith(startsWith));
  if (!line) throw new Error(`no table row starting ${startsWith}`);
  // Each cell read mid-line, as GFM reads it: in a cell nothing starts a block.
  return line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((cell) => textOf(parser.parse(`x ${cell.trim()}`)).slice(2));
}

interface Generated {
  readonly root: string;
  readonly id: string;
  readonly spec: string;
  readonly docs: string;
  readonly stub: string;
  /** The todo titles the stub must report, in order. */
  readonly todos: readonly string[];
  /** The outermost describe title. */
  readonly describeTitle: string;
}

async function generate(root: string, args: readonly string[], todos: readonly string[], describeTitle: string, answers?: unknown): Promise<Generated> {
  const argv = ['new', ...args, '--json'];
  let input: string | undefined;
  if (answers !== undefined) {
    input = json(answers);
    argv.push(STDIN);
  }
  const result = parseJsonResult(await runBin(argv, { cwd: root, ...(input !== undefined ? { input } : {}) }));
  const [spec = '', stub = '', docs = ''] = result.files;
  return { root, id: result.id, spec: path.join(root, spec), stub: path.join(root, stub), docs: path.join(root, docs), todos, describeTitle };
}

interface FieldPlan {
  /** Names the field in test titles. */
  readonly field: string;
  /** The strings tried in this field. */
  readonly values: readonly string[];
  /** Writes a baseline from plain text and the runs for `values` into `root`: one Generated per value. */
  run(root: string): Promise<{ baseline: Generated; cases: Generated[] }>;
  /** Where the field's text shows in the spec (and docs): it must read exactly as typed. */
  check(generated: Generated, typed: string, index: number): void;
}

const MEETS = ['meets its specification'];
const read = (file: string): string => readFileSync(file, 'utf8');
const plain = (values: readonly string[]): string[] => values.map((_, i) => `Plain text ${i + 1}`);

/** One run per value of a single-valued field, each with a distinct feature name. */
async function perValue(
  root: string,
  values: readonly string[],
  build: (value: string, label: string) => string[],
  describeTitle: (value: string, label: string) => string,
): Promise<{ baseline: Generated; cases: Generated[] }> {
  const baseline = await generate(root, build('Plain text', 'baseline'), MEETS, describeTitle('Plain text', 'baseline'));
  const cases: Generated[] = [];
  for (const [i, value] of values.entries()) cases.push(await generate(root, build(value, `${i + 1}`), MEETS, describeTitle(value, `${i + 1}`)));
  return { baseline, cases };
}

/** One run holding every value of a list field, and a baseline run with as many plain entries. */
async function allInOne(
  root: string,
  values: readonly string[],
  label: string,
  build: (values: readonly string[]) => { args: string[]; answers?: unknown },
  todos: (values: readonly string[]) => readonly string[],
): Promise<{ baseline: Generated; cases: Generated[] }> {
  const run = async (name: string, list: readonly string[]) => {
    const { args, answers } = build(list);
    return generate(root, [`--name=${name}`, ...args], todos(list), name, answers);
  };
  const baseline = await run(`${label} baseline`, plain(values));
  const all = await run(`${label} injected`, values);
  return { baseline, cases: values.map(() => all) };
}

function nameField(values: readonly string[]): FieldPlan {
  return {
    field: '--name',
    values,
    run: (root) => perValue(root, values, (v) => [`--name=${v}`, OWNER], (v) => v),
    check(g, typed) {
      expect(textOf(topBlocks(parser.parse(read(g.spec)))[0]!)).toBe(`Feature Specification: ${typed}`);
      expect(textOf(topBlocks(parser.parse(read(g.docs)))[0]!)).toBe(typed);
    },
  };
}

function ownerField(values: readonly string[]): FieldPlan {
  return {
    field: '--owner',
    values,
    run: (root) => perValue(root, values, (v, label) => [`--name=Owner case ${label}`, `--owner=${v}`], (_, label) => `Owner case ${label}`),
    check(g, typed) {
      const markdown = read(g.spec);
      const blocks = topBlocks(parser.parse(markdown));
      const footer = blocks[blocks.length - 1]!;
      expect(footer.type).toBe('list');
      expect(children(footer).map(textOf)).toEqual([`Created: ${TODAY}`, `Last Updated: ${TODAY}`, `Owner: ${typed}`]);
      expect(tableRow(markdown, `| ${TODAY}`)).toEqual([TODAY, typed, 'Initial draft']);
    },
  };
}

function purposeField(values: readonly string[], label = ''): FieldPlan {
  return {
    field: `--purpose${label}`,
    values,
    run: (root) =>
      perValue(root, values, (v, l) => [`--name=Purpose${label} case ${l}`, OWNER, `--purpose=${v}`], (_, l) => `Purpose${label} case ${l}`),
    check(g, typed) {
      const spec = parser.parse(read(g.spec));
      const docs = parser.parse(read(g.docs));
      expect(afterHeading(spec, 'Purpose').type).toBe('paragraph');
      expect(textOf(afterHeading(spec, 'Purpose'))).toBe(typed);
      expect(topBlocks(docs)[1]?.type).toBe('paragraph');
      expect(textOf(topBlocks(docs)[1]!)).toBe(typed);
    },
  };
}

function requirementField(values: readonly string[], label = ''): FieldPlan {
  return {
    field: `--requirement${label}`,
    values,
    run: (root) =>
      allInOne(root, values, `Requirements${label}`, (list) => ({ args: [OWNER, ...list.map((v) => `--requirement=${v}`)] }), (list) =>
        list.map((v, i) => `FR-${i + 1}: ${v}`),
      ),
    check(g, typed, i) {
      expect(itemTexts(afterHeading(parser.parse(read(g.spec)), 'Functional Requirements'))[i]).toBe(`FR-${i + 1}: ${typed}`);
    },
  };
}

function storyField(values: readonly string[], label = ''): FieldPlan {
  return {
    field: `--story${label}`,
    values,
    run: (root) => allInOne(root, values, `Stories${label}`, (list) => ({ args: [OWNER, ...list.map((v) => `--story=${v}`)] }), (list) => list),
    check(g, typed, i) {
      expect(itemTexts(afterHeading(parser.parse(read(g.spec)), 'User Stories'))[i]).toBe(typed);
    },
  };
}

function phaseNameField(values: readonly string[]): FieldPlan {
  return {
    field: 'phases[i].name (answers on stdin)',
    values,
    run: (root) =>
      allInOne(
        root,
        values,
        'Phases',
        (list) => ({ args: [], answers: { owner: 'Ada', phases: list.map((v) => ({ name: v, tasks: ['Plain task'] })) } }),
        (list) => list.map(() => 'Plain task'),
      ),
    check(g, typed, i) {
      const headings = topBlocks(parser.parse(read(g.spec))).filter((b) => b.type === 'heading' && b.level === 3 && textOf(b).startsWith('Phase '));
      expect(textOf(headings[i]!)).toBe(`Phase ${i + 1}: ${typed}`);
    },
  };
}

function taskField(values: readonly string[], label = ''): FieldPlan {
  return {
    field: `phases[0].tasks[i]${label} (answers on stdin)`,
    values,
    run: (root) =>
      allInOne(root, values, `Tasks${label}`, (list) => ({ args: [], answers: { owner: 'Ada', phases: [{ name: 'Tasks', tasks: list }] } }), (list) => list),
    check(g, typed, i) {
      expect(itemTexts(afterHeading(parser.parse(read(g.spec)), 'Phase 1: Tasks'))[i]).toBe(`[ ] ${typed}`);
    },
  };
}

function milestoneField(values: readonly string[]): FieldPlan {
  return {
    field: '--milestone',
    values,
    run: (root) =>
      allInOne(root, values, 'Milestones', (list) => ({ args: [OWNER, ...list.map((v) => `--milestone=${v}@2026-12-15`)] }), () => MEETS),
    check(g, typed, i) {
      const item = children(afterHeading(parser.parse(read(g.spec)), 'Milestones'))[i]!;
      expect(textOf(item)).toBe(`${typed} - 2026-12-15`);
      const strong = [...walk(item)].find((e) => e.entering && e.node.type === 'strong')?.node;
      expect(strong && textOf(strong)).toBe(typed);
    },
  };
}

/**
 * Words that open a block (list, heading, quote, fence, HTML, setext
 * underline, thematic break, table row) when a line begins with them. Each is
 * placed after a 79-character word, so wrapping at 80 columns puts it at the
 * start of a continuation line.
 */
const LINE_START_TOKENS = ['---', '===', '#', '-', '+', '*', '1.', '2)', '>', '```', '~~~', '<div>', '<!--', '|', '***', '___', '[x]:', '-->'];
const LONG_WORD = 'w'.repeat(79);
const wrapText = (tokens: readonly string[]): string => tokens.map((t) => `${LONG_WORD} ${t}`).join(' ');
const chunks = (size: number): string[] =>
  Array.from({ length: Math.ceil(LINE_START_TOKENS.length / size) }, (_, i) => wrapText(LINE_START_TOKENS.slice(i * size, (i + 1) * size)));

const PLANS: readonly FieldPlan[] = [
  nameField(INJECTIONS),
  ownerField(INJECTIONS),
  purposeField(INJECTIONS),
  requirementField(INJECTIONS),
  storyField(INJECTIONS),
  phaseNameField(INJECTIONS),
  taskField(INJECTIONS),
  milestoneField(INJECTIONS),
  // Wrapped text: block syntax at the start of continuation lines.
  purposeField(chunks(5), ' (wrapped)'),
  requirementField(chunks(3), ' (wrapped)'),
  storyField(chunks(3), ' (wrapped)'),
  taskField(chunks(2), ' (wrapped)'),
];

interface JestAssertion {
  readonly ancestorTitles: readonly string[];
  readonly title: string;
  readonly status: string;
}
interface JestReport {
  readonly success: boolean;
  readonly numTotalTestSuites: number;
  readonly numFailedTestSuites: number;
  readonly numRuntimeErrorTestSuites: number;
  readonly numFailedTests: number;
  readonly numPassedTests: number;
  readonly numTodoTests: number;
  readonly testResults: readonly { readonly name: string; readonly status: string; readonly assertionResults: readonly JestAssertion[] }[];
}

/** Runs jest once over every generated stub under `root` (one process, not one per case). */
function runStubs(root: string): Promise<{ code: number | null; report: JestReport; stderr: string }> {
  const env = { ...process.env };
  delete env.JEST_WORKER_ID;
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [JEST_BIN, '--config', json({ testEnvironment: 'node' }), '--rootDir', root, '--ci', '--json', '--no-cache'],
      { cwd: root, env, maxBuffer: 64 * MB, timeout: 120000 },
      (error, stdout, stderr) => {
        try {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, report: JSON.parse(stdout) as JestReport, stderr });
        } catch (parseError) {
          reject(new Error(`jest printed no JSON report: ${String(parseError)}\n${stderr}`));
        }
      },
    );
  });
}

describe('injection attempts render as text in every field', () => {
  const generated = new Map<string, { baseline: Generated; cases: Generated[] }>();
  let stubRun: Awaited<ReturnType<typeof runStubs>> | undefined;

  beforeAll(async () => {
    const container = tempDir({ prefix: 'specwright-injection-' });
    // One repository per plan, written two at a time; runs within a repository are sequential.
    const queue = PLANS.map((plan, i) => ({ plan, root: path.join(container, `plan-${i}`) }));
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        mkdirSync(job.root);
        execFileSync('git', ['init', '-q', job.root]);
        generated.set(job.plan.field, await job.plan.run(job.root));
      }
    };
    await Promise.all([worker(), worker()]);
    stubRun = await runStubs(container);
  }, 240000);

  const CASES = PLANS.flatMap((plan) => plan.values.map((typed, i) => [plan.field, typed, i, plan] as const));

  test(`${CASES.length} injection cases across ${PLANS.length} field plans, all generated`, () => {
    expect(new Set(PLANS.map((p) => p.field)).size).toBe(PLANS.length);
    expect(generated.size).toBe(PLANS.length);
  });

  test.each(CASES)('%s %j: same shape as plain text, the text as typed', (field, typed, i, plan) => {
    const { baseline, cases } = generated.get(field)!;
    const g = cases[i]!;
    for (const [file, base] of [[g.spec, baseline.spec], [g.docs, baseline.docs]] as const) {
      const doc = parser.parse(read(file));
      const plainDoc = parser.parse(read(base));
      // Inline code typed in backticks is the one syntax an answer keeps (list fields hold every value in one file).
      const typedCode = new Set(plan.values.flatMap((value) => [...codeTypedIn(value)]));
      expect(shape(doc, typedCode)).toEqual(shape(plainDoc));
      // Spelled out: no raw HTML, link, image, heading, code or emphasis added by an answer.
      for (const types of [['html_block', 'html_inline'], ['link', 'image'], ['heading'], ['code', 'code_block'], ['emph', 'strong'], ['thematic_break', 'block_quote', 'list', 'item']]) {
        expect(countOf(doc, types, typedCode)).toBe(countOf(plainDoc, types));
      }
      // No HTML escaping (Handlebars' default): only entities the user typed, escaped as \&.
      expect(read(file).replace(/\\&/g, '')).not.toMatch(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/);
    }
    plan.check(g, typed, i);
  });

  test.each(LINE_START_TOKENS)('wrapping really puts %j at the start of a line, escaped', (token) => {
    const specs = PLANS.filter((p) => p.field.includes('(wrapped)'))
      .flatMap((p) => [...new Set(generated.get(p.field)!.cases)])
      .map((g) => read(g.spec).split('\n'));
    // Lines that follow a line ending in the long word: the continuation lines wrapping made.
    const starts = specs.flatMap((lines) => lines.filter((_, k) => k > 0 && lines[k - 1]!.endsWith(LONG_WORD)).map((l) => l.trimStart()));
    const tokenLines = starts.filter((l) => l.replace(/\\/g, '') === token);
    expect(tokenLines.length).toBe(4); // purpose, requirement, story, task
    // Escaped, but for `-->`: it ends a comment only inside one, and no answer can open one (`<!` is escaped), so it stays as typed.
    for (const line of tokenLines) expect(line === token).toBe(token === '-->');
  });

  test('jest runs every generated stub: only todos, no failures, no code executed', () => {
    const run = stubRun!;
    const stubs = [...generated.values()].flatMap(({ baseline, cases }) => [baseline, ...new Set(cases)]);
    const expectedTodos = stubs.reduce((sum, g) => sum + g.todos.length, 0);
    expect({
      code: run.code,
      success: run.report.success,
      suites: run.report.numTotalTestSuites,
      failedSuites: run.report.numFailedTestSuites,
      runtimeErrors: run.report.numRuntimeErrorTestSuites,
      failed: run.report.numFailedTests,
      passed: run.report.numPassedTests,
      todo: run.report.numTodoTests,
    }).toEqual({ code: 0, success: true, suites: stubs.length, failedSuites: 0, runtimeErrors: 0, failed: 0, passed: 0, todo: expectedTodos });
  });

  test.each(PLANS.map((plan) => [plan.field, plan] as const))('%s: each stub reports exactly its todos, titled with the typed text', (field, plan) => {
    const { baseline, cases } = generated.get(field)!;
    for (const g of [baseline, ...new Set(cases)]) {
      const suite = stubRun!.report.testResults.find((r) => r.name === g.stub);
      expect(suite?.status).toBe('passed');
      expect(suite?.assertionResults.map((a) => a.status)).toEqual(g.todos.map(() => 'todo'));
      expect(suite?.assertionResults.map((a) => a.title)).toEqual(g.todos);
      expect(suite?.assertionResults.map((a) => a.ancestorTitles[0])).toEqual(g.todos.map(() => g.describeTitle));
    }
    if (field === '--name') expect(cases.map((g) => g.describeTitle)).toEqual([...plan.values]);
    if (field.startsWith('phases[i]')) {
      const suite = stubRun!.report.testResults.find((r) => r.name === cases[0]!.stub);
      expect(suite?.assertionResults.map((a) => a.ancestorTitles[1])).toEqual(plan.values.map((v, i) => `Phase ${i + 1}: ${v}`));
    }
  });
});
