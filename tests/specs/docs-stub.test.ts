/**
 * A docs stub as `new` wrote it (sections holding only guidance comments) is
 * empty; one word written in any section, or no sections at all, is not; an
 * unclosed comment or thousands of them are read in linear time.
 */
import { describe, expect, test } from '@jest/globals';
import { isEmptyDocsStub } from '../../src/specs/docs-stub.js';

const STUB = ['# Dark mode', '', 'Lets people read at night.', '', 'Specification: [0001](../specs/0001-dark-mode.md)', '', '## User Guide', '', '<!-- How to use the feature, step by step -->', '', '## API Documentation', '', '<!--', 'Public interfaces', '-->', ''].join('\r\n');

describe('isEmptyDocsStub', () => {
  test('only guidance under the sections: empty; a sentence in one: written', () => {
    expect(isEmptyDocsStub(STUB)).toBe(true);
    expect(isEmptyDocsStub(STUB.replace('<!-- How to use the feature, step by step -->', 'Open Settings.'))).toBe(false);
    expect(isEmptyDocsStub(`${STUB}\n### Notes\n\n- one\n`)).toBe(false);
    expect(isEmptyDocsStub('# Dark mode\n\nAll of it in one page.\n')).toBe(false);
  });

  test('an unclosed comment hides the rest; 200,000 comment openers take well under a second', () => {
    expect(isEmptyDocsStub(`${STUB}<!-- never closed\nwords`)).toBe(true);
    const started = performance.now();
    expect(isEmptyDocsStub(`## A\n\n${'<!--'.repeat(200_000)}`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
