import { userInfo } from 'node:os';
import { gitUserName } from '../repo/git-user-name.js';

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The owner to suggest: `git config user.name`, else the OS user name, each
 * only if `usable` accepts it (a 60-character git name falls through to the
 * OS user), else ''. Only called when no owner was given, so the common
 * non-interactive run never spawns git.
 */
export async function defaultOwner(cwd: string, usable: (name: string) => boolean): Promise<string> {
  for (const candidate of [await gitUserName(cwd), osUserName()]) {
    if (candidate && usable(candidate)) return candidate;
  }
  return '';
}
