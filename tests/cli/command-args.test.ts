import { parseArgs } from 'node:util';
import { afterAll, describe, expect, test } from '@jest/globals';
import { commandOptions } from '../../src/cli/command-args.js';
import { COMMAND_DECLARATIONS, main } from '../../src/cli/main.js';
import { parseNewArgs } from '../../src/cli/new-options.js';
import { declaredFlags } from '../../src/cli/render-help.js';
import { fakeIo } from '../helpers/fake-io.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

/** Each declared flag as typed on a command line, with a value where it takes one. */
function typed(name: string, type: 'string' | 'boolean'): string[] {
  return type === 'string' ? [`--${name}`, 'x'] : [`--${name}`];
}

describe.each(COMMAND_DECLARATIONS.map((declaration) => [declaration.name, declaration] as const))('the flags of specwright %s', (name, declaration) => {
  test('parseArgs takes every flag its declaration lists, with the declared type and alias', () => {
    const options = commandOptions(declaration);
    for (const [flag, info] of declaredFlags(declaration)) {
      const { values } = parseArgs({ args: typed(flag, info.type), options, strict: true });
      expect(values[flag]).toEqual(info.type === 'boolean' ? (info.multiple ? [true] : true) : info.multiple ? ['x'] : 'x');
      if (info.short !== undefined) expect(parseArgs({ args: [`-${info.short}`], options, strict: true }).values[flag]).toBeDefined();
    }
  });

  test('a flag it does not declare exits 2, names the flag and points at its help; nothing is written', async () => {
    const cwd = tempDir({ git: true });
    const before = treeSnapshot(cwd);
    const run = fakeIo(cwd);
    await expect(main([name, '--no-such-flag'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toContain("'--no-such-flag'");
    expect(run.stderr()).toContain(`Run \`specwright ${name} --help\` for the flags.`);
    expect(treeSnapshot(cwd)).toEqual(before);
  });
});

test('specwright new, which parses its own flags, reads every flag its declaration lists', () => {
  const [newCommand] = COMMAND_DECLARATIONS.filter((declaration) => declaration.name === 'new');
  // Values in the shape their flags check; any text for the rest.
  const shaped: Readonly<Record<string, string>> = { milestone: 'Beta@+2w', 'test-framework': 'jest' };
  const args = declaredFlags(newCommand!)
    // --no-test and --test-framework exclude each other: --no-test is read on its own below.
    .filter(([flag]) => flag !== 'help' && flag !== 'no-test')
    .flatMap(([flag, info]) => (info.type === 'string' ? [`--${flag}`, shaped[flag] ?? 'x'] : [`--${flag}`]));
  expect(parseNewArgs(args)).toMatchObject({ yes: true, dryRun: true, force: true, json: true, cwd: 'x', config: { testFramework: 'jest' } });
  expect(parseNewArgs(['--no-test'])).toMatchObject({ config: { testFramework: 'none' } });
});
