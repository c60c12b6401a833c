import { lstatSync } from 'node:fs';
import path from 'node:path';
import { eachMarkdownLine } from '../specs/markdown-lines.js';
import { linkedPath, linksOf, type SpecLink } from '../specs/spec-links.js';
import { finding, type Finding } from './lint-rules.js';

export { linkedPath } from '../specs/spec-links.js';

/** The relative links of a Markdown text (not in code or comments). */
export function markdownLinks(text: string): SpecLink[] {
  const links: SpecLink[] = [];
  eachMarkdownLine(text, (number, line, data, code) => {
    if (!code) linksOf(number, line, data, links);
  });
  return links;
}

/**
 * Finds the links of `file` (relative to `root`) that lead nowhere. Whether a
 * target exists is asked once per target (`seen` is shared across files).
 */
export function brokenLinks(root: string, file: string, links: readonly SpecLink[], seen: Map<string, boolean>): Finding[] {
  const found: Finding[] = [];
  for (const link of links) {
    const target = linkedPath(file, link.target);
    if (target === undefined) continue;
    let exists = seen.get(target);
    if (exists === undefined) {
      exists = !target.startsWith('../') && target !== '..' && pathExists(path.join(root, target));
      seen.set(target, exists);
    }
    if (!exists) found.push(finding(file, link.line, 'broken-link', `the link to ${link.target} leads nowhere: ${target.startsWith('..') ? 'it points outside the repository' : `there is no ${target}`}`));
  }
  return found;
}

function pathExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
