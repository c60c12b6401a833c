/**
 * Every read of a file in the user's repository goes through the one safe
 * reader (src/base/read-regular-file.ts): it refuses links, FIFOs, devices and
 * oversize files. A plain readFileSync there blocks forever on a FIFO and
 * grows without end on a link to /dev/zero (as `init` once did). This test
 * reads src/ and fails when a module other than those listed below reaches a
 * raw read of node:fs, node:fs/promises, fs-extra or graceful-fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The modules allowed a raw read, and why. Each reads something that is not
 * the user's repository, or is the reader itself; the test also fails when
 * one of them no longer reads raw, so the list cannot go stale.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'base/read-regular-file.ts': 'the one safe reader itself',
  'cli/version.ts': "specwright's own package.json, beside its bin",
  'render/templates.ts': "specwright's own built-in templates (its templates/ folder)",
  'commit/process-identity.ts': "the kernel's /proc/<pid>/stat, to tell a live run from a dead one",
  'commit/machine.ts': "the kernel's boot id under /proc",
  'base/ownership.ts': "the system's /etc/passwd, to name a folder's owner",
  'commit/run-lock.ts': 'opens a folder (O_DIRECTORY) to flush it, and loads rename/unlink lazily; it reads no file',
  'commit/writer-fs.ts':
    "the writer's swappable file system (node:fs/promises or fs-extra, replaced in fault tests); its readRegular keeps the reader's rules (O_NOFOLLOW | O_NONBLOCK, fstat, a size bound)",
};

const FS_MODULE = /^(?:node:)?fs(?:\/promises)?$|^fs-extra$|^graceful-fs$/;
/** What reads a file's contents (or opens one to read it); stat, lstat, readdir and exists read none. */
const READ_APIS = new Set(['readFileSync', 'readFile', 'createReadStream', 'readSync', 'readv', 'readvSync', 'open', 'openSync', 'openAsBlob', 'readJson', 'readJsonSync', 'readJSON', 'readJSONSync']);

/** The raw reads a module's source reaches: read functions it imports by name, or a whole file-system module it loads. */
function rawReads(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?([^'";]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const [, typeOnly, clause = '', from = ''] = match;
    if (typeOnly || !FS_MODULE.test(from)) continue;
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    for (const part of named.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!;
      if (!part.trim().startsWith('type ') && READ_APIS.has(name)) found.push(name);
    }
    // A default or namespace import (`import fs from 'node:fs'`, `* as fs`) brings every read with it.
    if (clause.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim() !== '') found.push(`the whole of ${from}`);
  }
  for (const match of source.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (FS_MODULE.test(match[1]!)) found.push(`the whole of ${match[1]}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('reads of the repository go through the one safe reader', () => {
  const reads = Object.fromEntries(
    sourceFiles(SRC)
      .map((file) => [path.relative(SRC, file).split(path.sep).join('/'), rawReads(readFileSync(file, 'utf8'))] as const)
      .filter(([, found]) => found.length > 0),
  );

  test('no module outside the list reads a file raw', () => {
    const unexpected = Object.fromEntries(Object.entries(reads).filter(([file]) => !Object.hasOwn(ALLOWED, file)));
    expect(unexpected).toEqual({});
  });

  test('every module on the list still reads raw (a stale entry is removed, not kept)', () => {
    expect(Object.keys(ALLOWED).filter((file) => reads[file] === undefined)).toEqual([]);
  });

  test.each([
    ["import { existsSync, readFileSync } from 'node:fs';", ['readFileSync']],
    ["import { open, stat } from 'node:fs/promises';", ['open']],
    ["import { readFile as load } from 'fs/promises';", ['readFile']],
    ["import fs from 'fs-extra';", ['the whole of fs-extra']],
    ["import * as fs from 'node:fs';", ['the whole of node:fs']],
    ["const { default: fsExtra } = await import('fs-extra');", ['the whole of fs-extra']],
    ["import { lstatSync, readdirSync, type Stats } from 'node:fs';", []],
    ["import type * as FsPromises from 'node:fs/promises';", []],
    ["import { readRegularSync } from '../read-regular-file.js';", []],
  ])('the scan finds the raw reads of %j', (source, expected) => {
    expect(rawReads(source)).toEqual(expected);
  });
});
