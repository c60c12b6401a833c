/**
 * The layout as a user configures it, through the built bin: files go where
 * the config and flags say, `specwright config` explains every value, and a
 * run SIGKILLed mid-commit in configured folders is still rolled back by the
 * next run (the journal's allowed folders come from the same layout).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { driver } from '../helpers/slow-commit-driver.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const CONFIG = { specsDir: 'rfcs', docsDir: 'handbook/features', testsDir: 'checks' };

describe('configured folders', () => {
  test('new writes where specwright.config.json says, and --json names the files', async () => {
    const root = projectWith({ 'specwright.config.json': CONFIG });
    const result = await runBin(['new', 'Dark mode', '--owner=Ada', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual(['rfcs/0001-dark-mode.md', 'checks/dark-mode.test.js', 'handbook/features/dark-mode.md']);
    // The docs stub links the spec across the configured folders.
    expect(readFileSync(path.join(root, 'handbook/features/dark-mode.md'), 'utf8')).toContain('](../../rfcs/0001-dark-mode.md)');
  });

  test('flags win over the config; numbering follows the configured specs folder', async () => {
    const root = projectWith({ 'specwright.config.json': CONFIG, 'docs/rfcs/0041-old.md': '# Old\n' });
    const result = await runBin(['new', 'Next', '--owner=Ada', '--json', '--specs-dir', 'docs/rfcs', '--tests-dir', 'test', '--test-framework', 'mocha'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual(['docs/rfcs/0042-next.md', 'test/next.test.js', 'handbook/features/next.md']);
    expect(readFileSync(path.join(root, 'test/next.test.js'), 'utf8')).toMatch(/\bit\(/);
  });

  test('idStyle "date": the id is the day, and a second feature the same day gets its own file', async () => {
    const root = projectWith({ 'specwright.config.json': { idStyle: 'date' } });
    const env = { SPECWRIGHT_TODAY: '2026-11-27' };
    expect(JSON.parse((await runBin(['new', 'Alpha', '--owner=Ada', '--json'], { cwd: root, env })).stdout).id).toBe('20261127-alpha');
    expect(JSON.parse((await runBin(['new', 'Beta', '--owner=Ada', '--json'], { cwd: root, env })).stdout).id).toBe('20261127-beta');
    const again = await runBin(['new', 'Alpha', '--owner=Ada'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-28' } });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('docs/specs/20261127-alpha.md');
  });

  test.each([
    [['--specs-dir', '../out'], '--specs-dir "../out" leaves the project; give a folder inside it'],
    [['--tests-dir', '/tmp'], '--tests-dir "/tmp" is an absolute path'],
    [['--test-framework', 'jasmine'], '--test-framework must be one of jest, vitest, node, mocha, ava, tap, not "jasmine"'],
  ])('a bad layout flag %j exits 2 naming it, and writes nothing', async (flags, message) => {
    const root = projectWith({});
    const before = treeSnapshot(root);
    const result = await runBin(['new', 'X', '--owner=Ada', ...flags], { cwd: root });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expect.stringContaining(message) });
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a bad config exits 2 naming the key and the file before anything is written, recovery included', async () => {
    const root = projectWith({ 'package.json': { specwright: { specsDir: 'docs/specs', testFramework: 'jasmine' } } });
    const before = treeSnapshot(root);
    const result = await runBin(['new', 'X', '--owner=Ada'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('package.json "specwright": testFramework must be one of "auto", "jest", "vitest", "node", "mocha", "ava", "tap", "none", not "jasmine"');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a run SIGKILLed mid-commit in configured folders is rolled back by the next run', async () => {
    const root = projectWith({ 'specwright.config.json': CONFIG });
    const before = treeSnapshot(root);
    // Killed with the spec and the test stub in place, the docs stub not yet.
    const killed = driver({ root, hold: { after: 'linked checks/slow-commit.test.js', until: 'sigkill' } });
    expect((await killed.exit).signal).toBe('SIGKILL');
    expect(readdirSync(path.join(root, 'rfcs'))).toContain('0001-slow-commit.md');

    const real = await runBin(['new', 'Other', '--owner=Ada', '--json'], { cwd: root });
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('rfcs/0001-slow-commit.md');
    expect(JSON.parse(real.stdout).id).toBe('0001-other');
    const after = treeSnapshot(root);
    for (const file of ['rfcs/0001-slow-commit.md', 'checks/slow-commit.test.js']) expect(after[file]).toBeUndefined();
    for (const [file, contents] of Object.entries(before)) expect(after[file]).toBe(contents);
  });
});

describe('specwright config', () => {
  test('prints each value and where it came from', async () => {
    const root = projectWith({
      'package.json': { type: 'module', scripts: { test: 'vitest run' } },
      'tsconfig.json': {},
      'specwright.config.json': { specsDir: 'rfcs' },
    });
    const result = await runBin(['config', '--tests-dir', 'checks'], { cwd: root });
    expect(result.code).toBe(0);
    const line = (name: string) => result.stdout.split('\n').find((l) => l.trimStart().startsWith(`${name} `))?.trim().replace(/\s+/g, ' ');
    expect(line('specsDir')).toBe('specsDir rfcs specwright.config.json');
    expect(line('docsDir')).toBe('docsDir docs/features default');
    expect(line('testsDir')).toBe('testsDir checks --tests-dir');
    expect(line('testFramework')).toBe('testFramework vitest detected: the test script of package.json runs vitest');
    expect(line('language')).toBe('language ts detected: tsconfig.json');
    expect(result.stdout).toContain(`in ${root}`);
  });

  test('--json is the same data for scripts', async () => {
    const root = projectWith({ 'package.json': { devDependencies: { mocha: '1' } } });
    const result = await runBin(['config', '--json'], { cwd: root });
    const data = JSON.parse(result.stdout);
    expect(data.root).toBe(root);
    expect(data.settings.testFramework).toEqual({ value: 'mocha', source: 'detected', evidence: 'mocha in the dependencies of package.json' });
    expect(data.settings.testsDir).toEqual({ value: 'test', source: 'default' });
    expect(data.settings.specsDir).toEqual({ value: 'docs/specs', source: 'default' });
  });

  test('writes nothing', async () => {
    const root = projectWith({ 'package.json': {} });
    const before = treeSnapshot(root);
    expect((await runBin(['config'], { cwd: root })).code).toBe(0);
    expect(treeSnapshot(root)).toEqual(before);
  });
});
