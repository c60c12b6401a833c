/**
 * What a repository's own test command reported, read from each runner's
 * default output (no colour, no terminal): the end-to-end tests run a
 * fixture's `npm test` as its team does, then read the counts from here.
 * `passing` names passed test files (jest, vitest, tap) or tests (node,
 * mocha, ava), whatever the reporter lists.
 */
import { execFile } from 'node:child_process';

export interface Report {
  readonly failed: number;
  readonly passed: number;
  readonly todo: number;
  readonly passing: readonly string[];
}

export type Parser = (output: string) => Report;

const count = (summary: string | undefined, word: string): number => Number(new RegExp(`(\\d+) ${word}`).exec(summary ?? '')?.[1] ?? 0);
const lines = (output: string, pattern: RegExp): string[] => [...output.matchAll(pattern)].map((m) => m[1]!);

/** `Tests  1 passed | 4 todo (5)`, and `✓ test/a.test.ts (1 test) 2ms` per file. */
export const vitest: Parser = (output) => {
  const summary = /^\s*Tests\s+(.*)$/m.exec(output)?.[1];
  return { failed: count(summary, 'failed'), passed: count(summary, 'passed'), todo: count(summary, 'todo'), passing: lines(output, /^\s*✓ (\S+) \(/gm) };
};

/** `Tests:       4 todo, 1 passed, 5 total`, and `PASS __tests__/a.test.js` per file. */
export const jest: Parser = (output) => {
  const summary = /^Tests:\s+(.*)$/m.exec(output)?.[1];
  return { failed: count(summary, 'failed'), passed: count(summary, 'passed'), todo: count(summary, 'todo'), passing: lines(output, /^PASS (\S+)/gm) };
};

/** Node 20's TAP without a terminal (`node --test`, or run() piped through the tap reporter): `# fail 0`, `# todo 4`, and `ok 1 - name` per passed test. */
export const nodeTest: Parser = (output) => {
  const total = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  return {
    failed: total('fail') + total('cancelled'),
    passed: total('pass'),
    todo: total('todo'),
    passing: lines(output, /^\s*ok \d+ - (.*?)(?<! # TODO)$/gm),
  };
};

/** node:test's spec reporter (borp's default): `ℹ fail 0`, `ℹ todo 4`, and `✔ name (1.2ms)` per passed test. */
export const nodeSpec: Parser = (output) => {
  const total = (key: string) => Number(new RegExp(`^ℹ ${key} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  return {
    failed: total('fail') + total('cancelled'),
    passed: total('pass'),
    todo: total('todo'),
    passing: lines(output, /^\s*✔ (.*?) \([\d.]+ms\)$/gm),
  };
};

/** mocha's spec reporter: `1 passing (3ms)`, `4 pending`, and `✔ name` per passed test. */
export const mocha: Parser = (output) => ({
  failed: count(output, 'failing'),
  passed: count(output, 'passing'),
  todo: count(output, 'pending'),
  passing: lines(output, /^\s*✔ (.*?)(?: \(\d+ms\))?$/gm),
});

/** tap 21 without a terminal: `# { total: 5, pass: 1, todo: 4 }`, and `ok 1 - test/a.js # time=…` per passed file. */
export const tap: Parser = (output) => {
  const summary = /^# \{ (total: .*) \}$/m.exec(output)?.[1];
  const key = (name: string) => Number(new RegExp(`\\b${name}: (\\d+)`).exec(summary ?? '')?.[1] ?? (summary === undefined ? NaN : 0));
  return { failed: key('fail'), passed: key('pass'), todo: key('todo'), passing: lines(output, /^ok \d+ - (\S+)/gm) };
};

/** ava's default reporter: `1 test passed`, `4 tests todo`, `1 test failed`, and `✔ file › name` per passed test. */
export const ava: Parser = (output) => ({
  failed: count(output, 'tests? failed'),
  passed: count(output, 'tests? passed'),
  todo: count(output, 'tests? todo'),
  passing: lines(output, /^\s*✔ (.*?)(?: \(\d+ms\))?$/gm),
});

/** The environment a user's shell gives npm: none of the npm_* variables an outer npm run exports, nor what jest set for itself. */
export function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|JEST_WORKER_ID$|NODE_OPTIONS$|FORCE_COLOR$|INIT_CWD$)/i.test(key)));
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
}

export interface CommandRun {
  /** The command as a user would type it, for messages. */
  readonly command: string;
  readonly code: number | null;
  /** stdout, then stderr. */
  readonly output: string;
}

/** `file args…` in `cwd`, as a user runs it, outside this jest run's own environment. Never rejects on a non-zero exit. */
export function runCommand(file: string, args: readonly string[], cwd: string, timeoutMs = 120_000): Promise<CommandRun> {
  const command = [file, ...args].join(' ');
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env: userEnv(), maxBuffer: 16 * 1024 * 1024, timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number' && !error.killed) return reject(error);
      resolve({ command, code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

/** `npm run <script>` (`npm test` for "test"). */
export const npmRun = (cwd: string, script: string): Promise<CommandRun> => runCommand('npm', script === 'test' ? ['test'] : ['run', script], cwd);

/** The last lines of what a command printed, for a failure message that explains itself. */
export function tail(output: string, count = 25): string {
  return output.trimEnd().split('\n').slice(-count).join('\n');
}
