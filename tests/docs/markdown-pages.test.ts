/**
 * The project's own Markdown pages: the README, the CHANGELOG and the docs/
 * pages the README links to. They ship in the package, so each must pass
 * markdownlint and prettier as the generated files do, and every relative
 * link in them must lead somewhere: a page moved out of the README (Safety,
 * Speed and size) must not leave a dead link behind, in either direction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { markdownlintFindings, nodesOfType, parseCommonMark, prettierFormat, textOf } from '../helpers/markdown-checks.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = readdirSync(path.join(PROJECT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`)
  .sort();
const PAGES = ['README.md', 'CHANGELOG.md', ...DOCS];

function read(page: string): string {
  return readFileSync(path.join(PROJECT, page), 'utf8');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(page: string): Set<string> {
  return new Set(nodesOfType(parseCommonMark(read(page)), 'heading').map((h) => anchorOf(textOf(h))));
}

/** Every link of a page that stays in this repository, resolved to the page (or file) and anchor it names. */
function localLinks(page: string): { link: string; target: string; anchor: string | undefined }[] {
  return nodesOfType(parseCommonMark(read(page)), 'link')
    .map((node) => node.destination ?? '')
    .filter((link) => !/^[a-z]+:/i.test(link))
    .map((link) => {
      const [file = '', anchor] = link.split('#');
      const target = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(file)));
      return { link, target, anchor };
    });
}

describe('the project\'s Markdown pages', () => {
  test('the README links to every page of docs/, and there are some', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['docs/safety.md', 'docs/speed.md']));
    const linked = new Set(localLinks('README.md').map((l) => l.target));
    expect(DOCS.filter((page) => !linked.has(page))).toEqual([]);
  });

  test.each(PAGES)('%s passes markdownlint (line length aside) and prettier leaves it unchanged', async (page) => {
    const text = read(page);
    // As for the README: long table rows and commands stay on one line.
    expect(markdownlintFindings(text).filter((f) => !f.includes('MD013'))).toEqual([]);
    expect(await prettierFormat(text)).toBe(text);
  });

  test.each(PAGES)('every relative link of %s leads to a file that exists, and to a heading of it', (page) => {
    const dead = localLinks(page).filter(({ target, anchor }) => {
      if (!existsSync(path.join(PROJECT, target))) return true;
      return anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor);
    });
    expect(dead.map((l) => l.link)).toEqual([]);
  });
});
