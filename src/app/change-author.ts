import { defaultOwner } from './default-owner.js';

/** Who a Changelog row is by (status, link, new --supersedes): git's user.name, else the OS user, else `unknown`. */
export async function changeAuthor(root: string): Promise<string> {
  return (await defaultOwner(root, (name) => !/[\r\n]/.test(name))) || 'unknown';
}
