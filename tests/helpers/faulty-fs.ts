import type { WriterFs } from '../../src/commit/writer-fs.js';

export type FsMethod = keyof WriterFs;

/**
 * Wraps a real WriterFs and makes the `nth` call (1-based) of `method` fail
 * with `code`, as a full disk or a revoked permission would. Counts every
 * call, so tests can also assert what the writer did.
 */
export function faultyFs(real: WriterFs, fault?: { method: FsMethod; nth: number; code: string }) {
  const calls: { method: FsMethod; args: unknown[] }[] = [];
  const counts = new Map<FsMethod, number>();
  const wrap = <M extends FsMethod>(method: M): WriterFs[M] =>
    (async (...args: unknown[]) => {
      calls.push({ method, args });
      const n = (counts.get(method) ?? 0) + 1;
      counts.set(method, n);
      if (fault && fault.method === method && fault.nth === n) {
        throw Object.assign(new Error(`${fault.code}: injected`), { code: fault.code });
      }
      return (real[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as WriterFs[M];
  const fs: WriterFs = {
    lstat: wrap('lstat'),
    readdir: wrap('readdir'),
    readRegular: wrap('readRegular'),
    realpath: wrap('realpath'),
    mkdir: wrap('mkdir'),
    rmdir: wrap('rmdir'),
    writeNew: wrap('writeNew'),
    link: wrap('link'),
    copyNew: wrap('copyNew'),
    rename: wrap('rename'),
    stamp: wrap('stamp'),
    renameOverIfUnchanged: wrap('renameOverIfUnchanged'),
    unlink: wrap('unlink'),
  };
  return { fs, calls };
}
