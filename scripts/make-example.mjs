// Regenerates examples/dark-mode/ with the built bin from
// examples/dark-mode.answers.json, with "today" pinned, so the example in the
// README is real output. tests/e2e/example.test.ts checks it is up to date.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_TODAY = '2026-11-26';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the bin in a fresh TypeScript + jest repository (ts-jest, declaring @jest/globals) and returns that repository. */
export function generateExample() {
  const repo = mkdtempSync(path.join(tmpdir(), 'specwright-example-'));
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(path.join(repo, 'tsconfig.json'), '{}\n');
  writeFileSync(path.join(repo, 'package.json'), '{ "scripts": { "test": "jest" }, "devDependencies": { "jest": "30.5.2", "ts-jest": "29.4.15", "@jest/globals": "30.5.2" } }\n');
  execFileSync(process.execPath, [path.join(root, 'dist/bin.cjs'), 'new', '--answers', path.join(root, 'examples/dark-mode.answers.json'), '--yes'], {
    cwd: repo,
    env: { ...process.env, SPECWRIGHT_TODAY: EXAMPLE_TODAY },
    stdio: 'ignore',
  });
  rmSync(path.join(repo, 'tsconfig.json'));
  rmSync(path.join(repo, 'package.json'));
  rmSync(path.join(repo, '.git'), { recursive: true, force: true });
  return repo;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = generateExample();
  const target = path.join(root, 'examples/dark-mode');
  rmSync(target, { recursive: true, force: true });
  cpSync(repo, target, { recursive: true });
  rmSync(repo, { recursive: true, force: true });
  console.log(`wrote ${path.relative(root, target)}/`);
}
