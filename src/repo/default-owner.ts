import { userInfo } from 'node:os';

/**
 * The owner to suggest: `git config user.name`, else the OS user name, else
 * ''. Only called when no owner was given, so the common non-interactive run
 * never spawns git.
 */
export async function defaultOwner(cwd: string): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 2000 }, (error, stdout) => {
      const name = error ? '' : stdout.trim();
      if (name) return resolve(name);
      try {
        resolve(userInfo().username);
      } catch {
        resolve('');
      }
    });
  });
}
