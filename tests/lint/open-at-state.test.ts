/** lint's open-at-state: one warning naming each open item of a spec at testing or later; none when nothing is open. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { emptyDocsStub, openAtState } from '../../src/lint/open-at-state.js';

describe('openAtState', () => {
  test('every open item in one warning on the Status line, in order', () => {
    const found = openAtState('docs/specs/0001-a.md', 150, 'Testing complete', { tasks: { done: 1, total: 3 }, tests: { tested: 1, todo: 1, untested: 2 }, emptyDocs: 'docs/features/a.md' });
    expect(found).toEqual([
      expect.objectContaining({
        file: 'docs/specs/0001-a.md',
        line: 150,
        rule: 'open-at-state',
        severity: 'warning',
        message: 'the spec is at "Testing complete" with items open: 2 of 3 tasks not done; 2 of 4 requirements with no test; 1 of 4 requirements with only a todo test; the docs stub docs/features/a.md holds only the template\'s guidance',
      }),
    ]);
  });

  test('one of each is said in the singular; nothing open, no warning', () => {
    expect(openAtState('a.md', 1, 'Deployed', { tasks: { done: 0, total: 1 }, tests: { tested: 0, todo: 1, untested: 0 }, emptyDocs: undefined })[0]!.message).toBe('the spec is at "Deployed" with items open: 1 of 1 task not done; 1 of 1 requirement with only a todo test');
    expect(openAtState('a.md', 1, 'Deployed', { tasks: { done: 2, total: 2 }, tests: { tested: 3, todo: 0, untested: 0 }, emptyDocs: undefined })).toEqual([]);
    expect(openAtState('a.md', 1, 'Deployed', { tasks: { done: 0, total: 0 }, tests: undefined, emptyDocs: undefined })).toEqual([]);
  });
});

describe('emptyDocsStub', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'open-at-state-'));
  mkdirSync(path.join(root, 'docs/features'), { recursive: true });
  writeFileSync(path.join(root, 'docs/features/guidance.md'), '# Guidance\n\nIntro.\n\n## Usage\n\n<!-- How to use the feature, step by step -->\n');
  writeFileSync(path.join(root, 'docs/features/written.md'), '# Written\n\n## Usage\n\nOpen the table, press Export.\n');
  writeFileSync(path.join(root, 'docs/features/binary.md'), Buffer.from([0x23, 0x00, 0x0a]));

  test('the docs stub still holding only guidance is named; a written one, a missing one, a binary one or no slug are not', () => {
    expect(emptyDocsStub(root, 'docs/features', 'guidance')).toBe('docs/features/guidance.md');
    expect(['written', 'missing', 'binary', undefined].map((slug) => emptyDocsStub(root, 'docs/features', slug))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
