import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { brokenLinks, markdownLinks } from '../../src/lint/broken-links.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('brokenLinks', () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  mkdirSync(path.join(root, 'docs/features'), { recursive: true });
  writeFileSync(path.join(root, 'docs/features/dark mode.md'), '');
  writeFileSync(path.join(root, 'README.md'), '');

  test('relative links resolve from the file\'s folder, / from the root; anchors, queries and %-escapes are read as a browser does', () => {
    const text = [
      '[ok](../features/dark%20mode.md#usage) [root](/README.md) [page](#status) [web](https://example.com/x.md)',
      '[gone](../features/gone.md) [out](../../../etc/passwd)',
      '`[code](nope.md)` <!-- [comment](nope.md) -->',
      '```',
      '[fenced](nope.md)',
      '```',
    ].join('\n');
    const found = brokenLinks(root, 'docs/specs/0001-x.md', markdownLinks(text), new Map());
    expect(found.map((f) => [f.line, f.rule, f.message])).toEqual([
      [2, 'broken-link', 'the link to ../features/gone.md leads nowhere: there is no docs/features/gone.md'],
      [2, 'broken-link', 'the link to ../../../etc/passwd leads nowhere: it points outside the repository'],
    ]);
  });
});
