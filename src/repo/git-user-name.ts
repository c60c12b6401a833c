import { runGit } from './run-git.js';

/** `git config user.name`, or '' if git is missing, fails or does not answer in time. */
export async function gitUserName(cwd: string): Promise<string> {
  return (await runGit(cwd, ['config', 'user.name']))?.toString('utf8').trim() ?? '';
}
