import type { Stats } from 'node:fs';

/** Who this process is, for deciding whether a replacement can keep a file's owner. */
export interface Writer {
  /** undefined where there are no POSIX owners (Windows). */
  readonly uid: number | undefined;
  readonly groups: readonly number[];
}

export function thisWriter(): Writer {
  const uid = process.geteuid?.();
  return { uid, groups: uid === undefined ? [] : [process.getegid?.() ?? -1, ...(process.getgroups?.() ?? [])] };
}

const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');

/**
 * Why a file must not be replaced, or undefined when it may be. A replacement
 * is a new file: it keeps the old one's owner, group and mode only where this
 * process may give them (root may give any; another user only their own uid
 * and a group they are in), so a file it could not give them to is refused
 * before anything is written rather than silently taken over. A file without
 * its owner's write bit (0444) was made read-only on purpose: it is refused too.
 */
export function replaceRefusal(shown: string, info: Stats, writer: Writer = thisWriter()): string | undefined {
  if ((info.mode & 0o200) === 0) {
    return `${shown} is read-only (mode ${octal(info.mode)}); specwright does not replace a read-only file. Nothing was written; make it writable (chmod u+w ${shown}) if it is meant to change, and run again.`;
  }
  if (writer.uid === undefined || writer.uid === 0) return undefined;
  if (info.uid !== writer.uid) {
    return `${shown} belongs to another user (uid ${info.uid}), and its replacement would be yours; specwright keeps a file's owner, so it leaves it. Nothing was written; run as its owner, or ask them to.`;
  }
  if (!writer.groups.includes(info.gid)) {
    return `${shown} belongs to group ${info.gid}, which you are not in, and its replacement could not keep that group. Nothing was written; run as a member of the group, or change its group (chgrp).`;
  }
  return undefined;
}
