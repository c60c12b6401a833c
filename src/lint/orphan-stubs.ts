import path from 'node:path';
import { finding, type Finding } from './lint-rules.js';
import type { SpecHeader } from './test-citations.js';

/**
 * A test stub whose spec is gone (`git rm` of the spec, no spec of its
 * number or name left): its `Specification:` header names a missing file of
 * the specs folder. Called only for a header that names no spec of the
 * project (a spec renamed by hand is a broken link instead: traceability.ts).
 * A header naming a file outside the specs folder is not ours; nor is the
 * stub of a nested project (an example) whose own specs folder has the same
 * path: its header is found again under one of the test file's folders.
 * `exists` tells whether a path (relative to the root) is a file.
 */
export function orphanStub(file: string, header: SpecHeader, specsDir: string, exists: (file: string) => boolean): Finding[] {
  const spec = path.posix.normalize(header.path);
  if (path.posix.dirname(spec) !== path.posix.normalize(specsDir) || exists(spec)) return [];
  for (let dir = path.posix.dirname(file); dir !== '.' && dir !== '/'; dir = path.posix.dirname(dir)) {
    if (exists(path.posix.join(dir, spec))) return [];
  }
  const id = header.id ?? path.posix.basename(spec, '.md');
  return [finding(file, header.line, 'orphan-stub', `the test stub belongs to ${id}, but its spec ${spec} is gone and no spec has its number or name`)];
}
