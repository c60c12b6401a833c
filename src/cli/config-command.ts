import type { ResolvedConfig, SettingName, Source } from '../project/resolve-config.js';
import { openProjectWarning } from './open-project-warning.js';
import { CONFIG_FLAG_OPTIONS, configFlags } from './config-flags.js';
import { CONFIG_HELP } from './help-text.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';
import { terminalJson } from '../base/text/terminal-text.js';

/** The order `config` lists settings in: where files go, then how the stub is written, then the rest. */
const ORDER: readonly SettingName[] = ['specsDir', 'docsDir', 'testsDir', 'testFramework', 'language', 'module', 'testSuffix', 'idStyle', 'templatesDir', 'workspaceSpecs', 'package'];

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

export function configText(root: string, config: ResolvedConfig): string {
  const width = Math.max(...ORDER.map((name) => name.length));
  const valueWidth = Math.max(...ORDER.map((name) => config.settings[name].value.length));
  const rows = ORDER.map((name) => {
    const { value, source } = config.settings[name];
    return `  ${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${describeSource(source)}`;
  });
  return `specwright's configuration in ${root} (folders relative to it):\n${rows.join('\n')}\n`;
}

export function configJson(root: string, config: ResolvedConfig): string {
  const settings = Object.fromEntries(ORDER.map((name) => [name, { value: config.settings[name].value, ...sourceJson(config.settings[name].source) }]));
  return terminalJson({ root, settings });
}

/** `specwright config`: the effective configuration and where each value came from. Writes nothing. */
export async function configCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs('config', args, { json: { type: 'boolean' }, ...CONFIG_FLAG_OPTIONS }, io, CONFIG_HELP);
  if (!parsed) return 0;
  const { values } = parsed;
  const cwd = workingFolder(io, values.cwd);
  const project = openProjectWarning(cwd, io, configFlags(values));
  io.stdout.write(values.json ? configJson(project.root, project.config) : configText(project.root, project.config));
  return 0;
}
