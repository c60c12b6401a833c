import { readFileSync } from 'node:fs';

/**
 * Who counts as "you" for a folder's owner, by git's rule since
 * CVE-2022-24765: the effective user, or, for root running under sudo, the
 * user sudo was called by. Windows has no uids: everything is trusted there.
 */
export function isOwnedByUs(uid: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const euid = process.geteuid?.();
  if (euid === undefined) return true;
  if (uid === euid) return true;
  return euid === 0 && env.SUDO_UID !== undefined && env.SUDO_UID === String(uid);
}

/** `user 65534 (nobody)`: the uid, with its name where /etc/passwd has one. Only used in messages. */
export function describeUser(uid: number): string {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , id] = line.split(':');
      if (id === String(uid) && name) return `user ${uid} (${name})`;
    }
  } catch {
    // No passwd file: the number alone.
  }
  return `user ${uid}`;
}
