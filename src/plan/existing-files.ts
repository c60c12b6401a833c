import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IsoDate } from '../model/dates.js';
import { plannedPaths } from './plan-spec.js';

/**
 * The files a spec for `name` would collide with (its spec under any number
 * or case, its test stub, its docs page). Read-only; lets the interview refuse
 * a taken name when it is typed, not after every other question.
 */
export async function existingFilesFor(root: string, name: string, today: IsoDate): Promise<string[]> {
  return (await plannedPaths(name, root, today)).filter((p) => existsSync(path.join(root, p)));
}

/** The refusal for a taken name, or undefined when it is free. */
export async function nameTakenMessage(root: string, name: string, today: IsoDate): Promise<string | undefined> {
  const taken = await existingFilesFor(root, name, today);
  return taken.length === 0 ? undefined : `"${name}" already has ${taken.join(', ')}: choose another name, or run again with --force to replace them`;
}
