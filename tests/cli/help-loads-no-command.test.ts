/**
 * --help prints from the declaration alone: no command module, no template
 * engine, no prompt library is loaded for it (DESIGN: "--version and --help
 * load no template engine"). Each module is replaced by a stand-in that
 * records being loaded; a run of the command itself shows the stand-ins work.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { fakeIo } from '../helpers/fake-io.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

const loaded: string[] = [];
const COMMANDS = ['new', 'list', 'status', 'lint', 'index', 'renumber', 'config', 'init', 'eject'] as const;
const exportName = (command: string): string => `${command}Command`;

beforeAll(() => {
  for (const command of COMMANDS) {
    jest.unstable_mockModule(`../../src/cli/${command}-command.js`, () => {
      loaded.push(command);
      return { [exportName(command)]: async () => 0 };
    });
  }
  // The runtime is what the templates import; the full compiler is required only for team templates.
  for (const engine of ['handlebars', 'handlebars/runtime.js']) {
    jest.unstable_mockModule(engine, () => {
      loaded.push(engine);
      return { default: {} };
    });
  }
});
afterAll(removeTempDirs);

describe('help loads nothing of the command', () => {
  test.each(COMMANDS.map((command) => ({ command })))('specwright $command --help, and help $command, load no command module and no template engine', async ({ command }) => {
    // Imported here, after the stand-ins: what main imports at load time is recorded too.
    const { main } = await import('../../src/cli/main.js');
    const run = fakeIo(tempDir());
    await expect(main([command, '--help'], run.io)).resolves.toBe(0);
    await expect(main(['help', command], run.io)).resolves.toBe(0);
    await expect(main(['--help'], run.io)).resolves.toBe(0);
    await expect(main(['--version'], run.io)).resolves.toBe(0);
    expect(run.stdout()).toContain(`specwright ${command}: `);
    expect(loaded).toEqual([]);
  });

  test('running a command does load its module (the stand-ins record it)', async () => {
    const { main } = await import('../../src/cli/main.js');
    const before = loaded.length;
    await expect(main(['list'], fakeIo(tempDir()).io)).resolves.toBe(0);
    expect(loaded.slice(before)).toEqual(['list']);
  });
});
