import path from 'node:path';
import type { Layout } from '../config/layout.js';
import type { IsoDate } from '../base/text/dates.js';
import { plannedPaths } from '../plan/plan-spec.js';
import { readExistingSpecs } from '../specs/spec-numbers.js';
import { pathTaken } from '../base/path-taken.js';

/**
 * The files a spec for `name` would collide with (its spec under any number
 * or case, its test stub, its docs page). Read-only; lets the interview refuse
 * a taken name when it is typed, not after every other question.
 */
export async function existingFilesFor(root: string, name: string, today: IsoDate, layout: Layout): Promise<string[]> {
  const existing = await readExistingSpecs(root, layout.specsDir, layout.idStyle);
  return plannedPaths(name, today, layout, existing).filter((p) => pathTaken(path.join(root, p)));
}

/** The refusal for a taken name, or undefined when it is free. */
export async function nameTakenMessage(root: string, name: string, today: IsoDate, layout: Layout): Promise<string | undefined> {
  const taken = await existingFilesFor(root, name, today, layout);
  return taken.length === 0 ? undefined : `"${name}" already has ${taken.join(', ')}: choose another name, or run again with --force to replace them`;
}
