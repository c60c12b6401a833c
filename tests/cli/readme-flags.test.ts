import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { flagsReference, REFERENCE_END, REFERENCE_START, withReference } from '../../src/cli/flags-reference.js';
import { COMMAND_DECLARATIONS } from '../../src/cli/main.js';
import { declaredFlags } from '../../src/cli/render-help.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's flag reference, markers included. */
function committedReference(): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  expect({ start: start >= 0, end: end > start }).toEqual({ start: true, end: true });
  return readme.slice(start, end + REFERENCE_END.length);
}

describe("the README's flag reference", () => {
  test('is the one the declarations give (run `npm run docs:flags` after changing a flag)', () => {
    expect(committedReference()).toBe(flagsReference(COMMAND_DECLARATIONS));
  });

  test('names every flag of every command, and no flag a command does not declare', () => {
    const named = [...committedReference().matchAll(/^\| `([a-z]+)` +\| `(?:-[a-z], )?--([a-z-]+)/gm)].map(([, command, flag]) => `${command} --${flag}`);
    const declared = COMMAND_DECLARATIONS.flatMap((declaration) => declaredFlags(declaration).map(([flag]) => `${declaration.name} --${flag}`));
    expect(named.sort()).toEqual(declared.sort());
  });

  test('escapes what would break the table or open HTML', () => {
    const reference = flagsReference(COMMAND_DECLARATIONS);
    expect(reference).toContain('`--answers <file\\|->`');
    expect(reference).toContain('as if started in \\<dir\\>');
  });
});

describe('withReference', () => {
  test('replaces what lies between the markers, and only that', () => {
    const text = `intro\n${REFERENCE_START}\nold\n${REFERENCE_END}\noutro\n`;
    expect(withReference(text, `${REFERENCE_START}\nnew\n${REFERENCE_END}`)).toBe(`intro\n${REFERENCE_START}\nnew\n${REFERENCE_END}\noutro\n`);
  });

  test('gives undefined without both markers, so the script can say where to put them', () => {
    expect(withReference('no markers here\n', 'x')).toBeUndefined();
    expect(withReference(`${REFERENCE_END}\n${REFERENCE_START}\n`, 'x')).toBeUndefined();
  });
});
