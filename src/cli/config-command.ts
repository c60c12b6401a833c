import { showConfig, type ShownSetting, type Source, type StubProblem } from '../app/show-config.js';
import { openProjectWarning } from './open-project-warning.js';
import { configFlags } from './config-flags.js';
import { CONFIG_COMMAND } from './declarations/config-declaration.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';
import { terminalJson } from '../base/text/terminal-text.js';

function describeSource(source: Source): string {
  switch (source.kind) {
    case 'default':
      return 'default';
    case 'detected':
      return `detected: ${source.evidence}`;
    case 'config':
      return source.label;
    case 'flag':
      return source.flag;
  }
}

function sourceJson(source: Source): Record<string, string> {
  switch (source.kind) {
    case 'default':
      return { source: 'default' };
    case 'detected':
      return { source: 'detected', evidence: source.evidence };
    case 'config':
      return { source: 'config', file: source.label };
    case 'flag':
      return { source: 'flag', flag: source.flag };
  }
}

/** An empty value (no test suffix) is shown as such, not as a blank. */
const shownValue = (value: string): string => (value === '' ? '(none)' : value);

export function configText(root: string, settings: readonly ShownSetting[], stubProblem?: StubProblem): string {
  const width = Math.max(...settings.map(({ name }) => name.length));
  const valueWidth = Math.max(...settings.map(({ value }) => shownValue(value).length));
  const rows = settings.map(({ name, value, source }) => `  ${name.padEnd(width)}  ${shownValue(value).padEnd(valueWidth)}  ${describeSource(source)}`);
  // What `new` would refuse, said here too: the configuration is where the user looks first.
  const refusal = stubProblem ? `\nnew writes no test stub here: ${stubProblem.message}.\n${stubProblem.hint}\n` : '';
  return `specwright's configuration in ${root} (folders relative to it):\n${rows.join('\n')}\n${refusal}`;
}

export function configJson(root: string, settings: readonly ShownSetting[], stubProblem?: StubProblem): string {
  return terminalJson({ root, settings: Object.fromEntries(settings.map(({ name, value, source }) => [name, { value, ...sourceJson(source) }])), ...(stubProblem ? { stubProblem } : {}) });
}

/** `specwright config`: the effective configuration and where each value came from. Writes nothing. */
export async function configCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs(CONFIG_COMMAND, args, io);
  if (!parsed) return 0;
  const { values } = parsed;
  const cwd = workingFolder(io, values.cwd);
  const { root, settings, stubProblem } = showConfig(openProjectWarning(cwd, io, configFlags(values)));
  io.stdout.write(values.json ? configJson(root, settings, stubProblem) : configText(root, settings, stubProblem));
  return 0;
}
