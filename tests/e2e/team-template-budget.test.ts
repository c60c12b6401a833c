/**
 * A team template that would render for minutes or exhaust memory, run as a
 * user runs it (the built bin): it stops within seconds with exit 2 naming
 * the template, and Ctrl-C ends it at once, with nothing written. Bounds on
 * time here are loose on purpose (the subject is a hang): the budget is 3 s,
 * the reported run took 287 s.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { killPtys, spawnPty } from '../helpers/pty.js';
import { BIN, runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterEach(killPtys);
afterAll(removeTempDirs);

const DIR = '.specwright/templates';
const TWENTY_REQUIREMENTS = Array.from({ length: 20 }, (_, i) => ['--requirement', `Requirement ${i + 1}`]).flat();
const NEW = ['new', 'Nested', '--owner=Ada', '--yes', ...TWENTY_REQUIREMENTS];

/** Seven {{#each}} over the 20 requirements, one inside the other: 1.28 billion rounds of `inner`. */
const sevenDeep = (inner: string): string => `# {{name}}\n${'{{#each @root.requirements}}'.repeat(7)}${inner}${'{{/each}}'.repeat(7)}\n`;

/** Thirty partials, each using the one below twice: 2^30 uses of p0. */
function fanOut(p0: string): Record<string, string> {
  const partials: Record<string, string> = { [`${DIR}/partials/p0.hbs`]: p0 };
  for (let level = 1; level <= 30; level++) partials[`${DIR}/partials/p${level}.hbs`] = `{{> p${level - 1}}}{{> p${level - 1}}}`;
  return { [`${DIR}/spec.md.hbs`]: '# {{name}}\n{{> p30}}\n', ...partials };
}

/** CPU time (user + system) the process has used so far, in seconds (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

describe('a runaway team template', () => {
  test('seven nested {{#each}} that write: exit 2 within seconds, naming the template and its line, nothing written', async () => {
    const root = projectWith({ [`${DIR}/spec.md.hbs`]: sevenDeep('{{id}}') });
    const before = treeSnapshot(root);
    const result = await runBin(NEW, { cwd: root, timeoutMs: 30000 });
    expect(result.stderr).toContain(`${DIR}/spec.md.hbs, line 2: this {{#each}} makes more than 1 MB of text, the most a rendered file may be`);
    expect(result.code).toBe(2);
    expect(result.ms).toBeLessThan(10000);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('seven nested {{#each}} that write nothing: stopped at the time budget, exit 2 naming the template, nothing written', async () => {
    const root = projectWith({ [`${DIR}/spec.md.hbs`]: sevenDeep('') });
    const before = treeSnapshot(root);
    const result = await runBin(NEW, { cwd: root, timeoutMs: 30000 });
    expect(result.stderr).toContain(`${DIR}/spec.md.hbs took longer than 3 s to render and was stopped`);
    expect(result.code).toBe(2);
    expect(result.ms).toBeLessThan(10000);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('partials that fan out into more memory than allowed: exit 2 naming the template, not a V8 abort', async () => {
    // Each use of p0 makes a new 40 kB string (concat copies), so the heap fills long before the time budget.
    const root = projectWith(fanOut(`{{concat ${'purpose '.repeat(200)}}}`));
    const before = treeSnapshot(root);
    const result = await runBin([...NEW, `--purpose=${'p'.repeat(200)}`], { cwd: root, timeoutMs: 30000 });
    expect(result.stderr).toContain(`${DIR}/spec.md.hbs needs more than 256 MB of memory to render and was stopped`);
    expect(result.code).toBe(2);
    expect(result.signal).toBeNull();
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a partial that includes itself: exit 2 naming the partial', async () => {
    const root = projectWith({ [`${DIR}/spec.md.hbs`]: '# {{name}}\n{{> loop}}\n', [`${DIR}/partials/loop.hbs`]: 'again {{> loop}}' });
    const result = await runBin(NEW, { cwd: root });
    expect(result.stderr).toContain(`${DIR}/partials/loop.hbs: nests too deeply to render (a partial that includes itself?)`);
    expect(result.code).toBe(2);
  });

  test('Ctrl-C at a real terminal while it renders ends the run within a second: exit 130, nothing written', async () => {
    const root = projectWith({ [`${DIR}/spec.md.hbs`]: sevenDeep('') });
    const before = treeSnapshot(root);
    const run = spawnPty(process.execPath, [BIN, ...NEW], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
    // Rendering is the only thing that keeps a run busy this long: starting up takes well under 0.6 s of CPU.
    while (cpuSeconds(run.pid) < 0.6) await new Promise((resolve) => setTimeout(resolve, 20));
    const pressed = performance.now();
    run.type('\x03');
    const exit = await run.exit(20000);
    expect(performance.now() - pressed).toBeLessThan(1000);
    expect(exit.exitCode).toBe(130);
    expect(run.output()).toContain('Interrupted: nothing was written.');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('SIGTERM while it renders ends the run at once: exit 143, nothing written', async () => {
    const root = projectWith({ [`${DIR}/spec.md.hbs`]: sevenDeep('') });
    const before = treeSnapshot(root);
    const run = spawnPty(process.execPath, [BIN, ...NEW], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
    while (cpuSeconds(run.pid) < 0.6) await new Promise((resolve) => setTimeout(resolve, 20));
    const sent = performance.now();
    run.signal('SIGTERM');
    const exit = await run.exit(20000);
    expect(performance.now() - sent).toBeLessThan(1000);
    expect(exit.exitCode).toBe(143);
    expect(treeSnapshot(root)).toEqual(before);
  });
});
