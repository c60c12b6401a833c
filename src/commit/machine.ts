import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Where a run ran. A lock socket (run-lock.ts) tells a dead run from a live
 * one only on one kernel: containers share the host's kernel and its boot
 * id, but a checkout shared with another machine (NFS, a VM's shared folder)
 * is not, and there a refused connection proves nothing.
 */
export interface Machine {
  readonly host: string;
  /** /proc/sys/kernel/random/boot_id: one kernel, one boot; null without /proc. */
  readonly boot: string | null;
}

let cached: Machine | undefined;

export function thisMachine(): Machine {
  if (!cached) {
    let boot: string | null = null;
    try {
      boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      // Not Linux: the host name alone.
    }
    cached = { host: hostname(), boot };
  }
  return cached;
}

/**
 * How a run of `machine` relates to this one: the same kernel since it
 * booted (its lock and pid speak for it), the same host booted again since
 * (every run of it is dead), or another machine (nothing here can tell).
 * A journal without a machine (0.1.0) counts as this one.
 */
export function relation(machine: Machine | null): 'same' | 'rebooted' | 'other' {
  if (machine === null) return 'same';
  const here = thisMachine();
  if (machine.boot !== null && here.boot !== null) {
    if (machine.boot === here.boot) return 'same';
    return machine.host === here.host ? 'rebooted' : 'other';
  }
  return machine.host === here.host ? 'same' : 'other';
}
