/**
 * `new`'s use case with the interview injected: what is refused before the
 * first question, what a declined confirm leaves (nothing), what reaches the
 * interview, and that the bin and the plop generator name leftover backups
 * each at their moment.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Answers } from '../../src/answers/answers.js';
import { ConflictError, DeclinedError, UsageError } from '../../src/base/errors.js';
import { agreedSpec, newSpec, type AskHelp, type NewSpecInterview, type NewSpecRequest } from '../../src/app/new-spec.js';
import { openProject } from '../../src/app/open-project.js';
import { MINIMAL_ANSWERS } from '../helpers/sample-answers.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const ENV = { HOME: '/nonexistent', SPECWRIGHT_TODAY: '2026-12-07' };
const GUARD = { pending: () => undefined, committed: () => false, critical: <T>(work: () => T) => work() };
const BACKUP = 'docs/specs/.README.md.specwright-4000000-0a1b2c3d.bak';

function repo(): string {
  return projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '^30.0.0' } } });
}

function streams() {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { io: { env: ENV, now: new Date(), stdin: Readable.from([]), stderr, guard: GUARD }, stderr: () => err };
}

/** An interview that records what it was asked and answers as told. */
function fakeInterview(answers: Answers = MINIMAL_ANSWERS, agree = true) {
  const asked: { given: Partial<Answers>; help: AskHelp }[] = [];
  const summaries: string[] = [];
  const interview: NewSpecInterview = {
    ask: async (given, help) => {
      asked.push({ given, help });
      return answers;
    },
    confirm: async (summary) => {
      summaries.push(summary);
      return agree;
    },
  };
  return { interview, asked, summaries };
}

const request = (over: Partial<NewSpecRequest> = {}): NewSpecRequest => ({ flags: {}, flagName: (key) => `--${key}`, interactive: true, dryRun: false, force: false, ...over });

/** Every file under the repository, .git aside. */
function files(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => !f.startsWith('.git')).sort();
}

describe('newSpec', () => {
  test('a declined confirm throws DeclinedError and writes nothing', async () => {
    const root = repo();
    const before = files(root);
    const { interview, summaries } = fakeInterview(MINIMAL_ANSWERS, false);
    await expect(newSpec(openProject(root, ENV), request(), interview, streams().io)).rejects.toBeInstanceOf(DeclinedError);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain('docs/specs/0001-export-to-csv.md');
    expect(files(root)).toEqual(before);
  });

  test('an agreed plan is written: the spec is on disk and the outcome names it', async () => {
    const root = repo();
    const outcome = await newSpec(openProject(root, ENV), request(), fakeInterview().interview, streams().io);
    expect(outcome.dryRun).toBe(false);
    expect(outcome.plan.model.id).toBe('0001-export-to-csv');
    expect(existsSync(path.join(root, 'docs/specs/0001-export-to-csv.md'))).toBe(true);
  });

  test('a name taken, given as a flag, is refused before ask is called', async () => {
    const root = repo();
    await newSpec(openProject(root, ENV), request({ flags: { name: 'Export to CSV' }, interactive: false }), fakeInterview().interview, streams().io);
    const { interview, asked } = fakeInterview();
    await expect(newSpec(openProject(root, ENV), request({ flags: { name: 'Export to CSV' } }), interview, streams().io)).rejects.toBeInstanceOf(ConflictError);
    expect(asked).toEqual([]);
  });

  test('ask gets the answers given, the owner to offer, the day and a name check; --force drops the check', async () => {
    const root = repo();
    const { interview, asked } = fakeInterview();
    await newSpec(openProject(root, ENV), request({ flags: { owner: 'Grace Hopper', purpose: 'Tables out' }, dryRun: true }), interview, streams().io);
    expect(asked[0]!.given).toEqual({ owner: 'Grace Hopper', purpose: 'Tables out' });
    expect(asked[0]!.help.defaultOwner).toBe('Grace Hopper');
    expect(asked[0]!.help.today).toBe('2026-12-07');
    expect(typeof asked[0]!.help.nameTaken).toBe('function');
    const forced = fakeInterview();
    await newSpec(openProject(root, ENV), request({ force: true, dryRun: true }), forced.interview, streams().io);
    expect(forced.asked[0]!.help.nameTaken).toBeUndefined();
  });

  test('without a terminal a missing name is a UsageError naming --name, and nothing is asked', async () => {
    const { interview, asked, summaries } = fakeInterview();
    const run = newSpec(openProject(repo(), ENV), request({ interactive: false }), interview, streams().io);
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toMatchObject({ hint: expect.stringContaining('--name') });
    expect([asked, summaries]).toEqual([[], []]);
  });

  test('a dry run previews every file, asks no confirm and writes nothing', async () => {
    const root = repo();
    const before = files(root);
    const { interview, summaries } = fakeInterview();
    const outcome = await newSpec(openProject(root, ENV), request({ dryRun: true }), interview, streams().io);
    expect(outcome.dryRun && outcome.preview.map((entry) => entry.path)).toContain('docs/specs/0001-export-to-csv.md');
    expect(summaries).toEqual([]);
    expect(files(root)).toEqual(before);
  });

  test('--force lists the files it would replace in the summary it asks about', async () => {
    const root = repo();
    await newSpec(openProject(root, ENV), request({ flags: { name: 'Export to CSV' }, interactive: false }), fakeInterview().interview, streams().io);
    const { interview, summaries } = fakeInterview(MINIMAL_ANSWERS, false);
    await expect(newSpec(openProject(root, ENV), request({ force: true }), interview, streams().io)).rejects.toBeInstanceOf(DeclinedError);
    expect(summaries[0]).toContain('docs/specs/0001-export-to-csv.md  (replaces the existing file)');
  });
});

describe('agreedSpec: leftover backups', () => {
  function withBackup(): string {
    const root = repo();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, BACKUP), 'old index\n');
    return root;
  }

  test('the bin leaves a backup in a folder it writes to for its write to name', async () => {
    const { io, stderr } = streams();
    await agreedSpec(openProject(withBackup(), ENV), request({ dryRun: true }), fakeInterview().interview, io);
    expect(stderr()).not.toContain(BACKUP);
  });

  test('the plop generator names every backup before its first question', async () => {
    const { io, stderr } = streams();
    let seenBeforeAsking = '';
    const { interview } = fakeInterview();
    const asking: NewSpecInterview = { ...interview, ask: (given, help) => ((seenBeforeAsking = stderr()), interview.ask(given, help)) };
    await agreedSpec(openProject(withBackup(), ENV), request({ allBackupsBeforeQuestions: true }), asking, io);
    expect(seenBeforeAsking).toContain(`warning: ${BACKUP} is a backup specwright left of docs/specs/README.md`);
  });
});
