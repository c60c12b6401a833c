import { userInfo } from 'node:os';

/** A healthy `git config` answers in a few milliseconds; a stuck one must not hold the run. */
const GIT_TIMEOUT_MS = 2000;

/**
 * `git config user.name`, or '' if git is missing, fails or does not answer in
 * time. Not execFile: its timeout sends SIGTERM, which a stuck or hostile git
 * may ignore, and its callback waits for 'close', which never comes while a
 * grandchild still holds the output pipe. Here the timeout SIGKILLs git, drops
 * our end of the pipe and answers at once, whatever the child does next.
 */
function gitUserName(cwd: string): Promise<string> {
  return import('node:child_process').then(
    ({ spawn }) =>
      new Promise((resolve) => {
        let settled = false;
        const settle = (name: string): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(name);
        };
        // stdin and stderr ignored: git never waits on our input, and no pipe of ours outlives it.
        const child = spawn('git', ['config', 'user.name'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
        const timer = setTimeout(() => {
          child.stdout.destroy();
          child.kill('SIGKILL');
          settle('');
        }, GIT_TIMEOUT_MS);
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => (out += chunk));
        child.on('error', () => settle(''));
        // 'close' (not 'exit'): only then has all of stdout been read.
        child.on('close', (code) => settle(code === 0 ? out.trim() : ''));
      }),
  );
}

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
