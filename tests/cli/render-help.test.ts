import { afterAll, describe, expect, test } from '@jest/globals';
import type { CommandDeclaration } from '../../src/cli/command-declaration.js';
import { COMMAND_DECLARATIONS, main } from '../../src/cli/main.js';
import { declaredFlags, renderHelp } from '../../src/cli/render-help.js';
import { fakeIo } from '../helpers/fake-io.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** A made-up command: two groups, an alias, a label too long for the column, help over two lines. */
const SAMPLE: CommandDeclaration = {
  name: 'sample',
  synopsis: 'specwright sample',
  summary: 'a sample',
  title: 'a command made up for this test.',
  usage: ['specwright sample [--level <n>]'],
  positionals: false,
  flags: {
    level: { type: 'string', value: '<n>', group: 'tuning', help: ['how hard to try', 'from 1 to 3'] },
    'very-long-flag-name': { type: 'string', value: '"<a>: <b>"', group: 'tuning', help: ['a long one'] },
    quick: { type: 'boolean', short: 'q', help: ['do it quickly'] },
  },
  sections: ['Some words.', { heading: 'Tuning', group: 'tuning' }, { heading: 'Options', group: 'Options' }],
};

async function helpOf(command: string): Promise<string> {
  const run = fakeIo(tempDir());
  await expect(main([command, '--help'], run.io)).resolves.toBe(0);
  return run.stdout();
}

describe('renderHelp', () => {
  test('renders a declaration: title, usage, its sections in order, each group of flags in one column, the common flags under Options', () => {
    expect(renderHelp(SAMPLE)).toBe(`specwright sample: a command made up for this test.

Usage
  specwright sample [--level <n>]

Some words.

Tuning
      --level <n>           how hard to try
                            from 1 to 3
      --very-long-flag-name "<a>: <b>"
                            a long one

Options
  -q, --quick               do it quickly
      --cwd <dir>           run as if started in <dir> (and in its package, in a monorepo)
      --debug               show stack traces for unexpected errors
  -h, --help                show this help
`);
  });

  test('a group whose labels are longer moves its column out for all its rows', () => {
    const wide: CommandDeclaration = { ...SAMPLE, flags: { 'tests-directory': { type: 'string', value: '<dir>', help: ['where'] } }, sections: [{ heading: 'Options', group: 'Options' }] };
    expect(renderHelp(wide)).toContain('      --tests-directory <dir>  where\n      --cwd <dir>              run as if');
  });
});

describe.each(COMMAND_DECLARATIONS.map((declaration) => [declaration.name, declaration] as const))('specwright %s --help', (name, declaration) => {
  test('lists every flag the command declares (and the ones every command takes), with its value and the first line of its help', async () => {
    const help = await helpOf(name);
    const flags = declaredFlags(declaration);
    expect(flags.map(([flag]) => flag)).toEqual(expect.arrayContaining(['cwd', 'debug', 'help']));
    for (const [flag, info] of flags) {
      const label = `${info.short === undefined ? '    ' : `-${info.short}, `}--${flag}${info.value === undefined ? '' : ` ${info.value}`}`;
      expect(help).toContain(`  ${label}`);
      expect(help).toContain(info.help[0]);
    }
  });

  test('says the default and every allowed value of each flag in that flag\'s help', () => {
    for (const [flag, info] of declaredFlags(declaration)) {
      const text = info.help.join(' ');
      for (const value of [...(info.values ?? []), ...(info.default === undefined ? [] : [info.default])]) {
        expect({ flag, mentions: text.includes(value) }).toEqual({ flag, mentions: true });
      }
    }
  });

  test('names no flag the command does not declare, in its usage or anywhere in its text', () => {
    const declared = declaredFlags(declaration).map(([flag]) => flag);
    // "node --test" is Node's own flag, named as the test framework it is.
    const text = renderHelp(declaration).replaceAll('node --test', 'node');
    const named = [...text.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map(([, flag]) => flag!);
    expect(named.filter((flag) => !declared.includes(flag))).toEqual([]);
  });

  test('is what renderHelp makes of its declaration, and the main help lists it', async () => {
    expect(await helpOf(name)).toBe(renderHelp(declaration));
    const run = fakeIo(tempDir());
    await expect(main(['--help'], run.io)).resolves.toBe(0);
    expect(run.stdout()).toContain(`  ${declaration.synopsis.padEnd(34)}${declaration.summary}\n`);
  });
});
