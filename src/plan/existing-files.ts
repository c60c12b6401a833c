import { existsSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../model/slug.js';
import { readExistingSpecs } from '../repo/existing-specs.js';

/**
 * The files a spec for `name` would collide with: its spec under any number,
 * its test stub and its docs page. Read-only; lets the interview refuse a
 * taken name when it is typed, not after every other question.
 */
export async function existingFilesFor(root: string, name: string): Promise<string[]> {
  const slug = slugify(name);
  const stub = `tests/${slug}.test.${existsSync(path.join(root, 'tsconfig.json')) ? 'ts' : 'js'}`;
  const spec = (await readExistingSpecs(root)).bySlug.get(slug);
  return [...(spec ? [spec] : []), ...[stub, `docs/features/${slug}.md`].filter((p) => existsSync(path.join(root, p)))];
}

/** The refusal for a taken name, or undefined when it is free. */
export async function nameTakenMessage(root: string, name: string): Promise<string | undefined> {
  const taken = await existingFilesFor(root, name);
  return taken.length === 0 ? undefined : `"${name}" already has ${taken.join(', ')}: choose another name, or run again with --force to replace them`;
}
