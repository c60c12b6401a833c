import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const created: string[] = [];

/** A fresh folder under the OS temp dir; `git: true` makes it a repository root. */
export function tempDir(options: { git?: boolean; prefix?: string } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'specwright-test-'));
  created.push(dir);
  if (options.git) execFileSync('git', ['init', '-q', dir]);
  return dir;
}

/** Removes every folder tempDir made in this test file (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
