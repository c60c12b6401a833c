import { parseArgs } from 'node:util';
import type { ConfigFlags } from '../app/open-project.js';
import type { FieldNamer, RawAnswers } from '../app/write-spec.js';
import { UsageError, ValidationError } from '../base/errors.js';
import { configFlags } from './config-flags.js';
import { commandOptions } from './command-args.js';
import { NEW_COMMAND } from './declarations/new-declaration.js';

/** The flags of `specwright new`, as its declaration gives them. */
const OPTIONS = commandOptions(NEW_COMMAND);

export interface NewOptions {
  readonly raw: RawAnswers;
  readonly answersFile: string | undefined;
  readonly yes: boolean;
  readonly dryRun: boolean;
  readonly force: boolean;
  readonly json: boolean;
  readonly cwd: string | undefined;
  readonly help: boolean;
  readonly config: ConfigFlags;
}

/** Where each answer comes from on the command line, for error messages. */
const FLAG_FOR: Readonly<Record<string, string>> = {
  name: '--name', owner: '--owner', purpose: '--purpose', requirements: '--requirement',
  stories: '--story', phases: '--phase', milestones: '--milestone', supersedes: '--supersedes',
};

/** `phases[2].tasks[0]` → `--phase` (3rd): flags name the flag the user typed. */
export const flagNamer: FieldNamer = (path) => {
  const [, key = path, index] = /^(\w+)(?:\[(\d+)\])?/.exec(path) ?? [];
  const flag = FLAG_FOR[key] ?? `--${key}`;
  return index === undefined ? flag : `${flag} #${Number(index) + 1}`;
};

function parsePhase(text: string, index: number): { name: string; tasks: string[] } {
  const colon = text.indexOf(':');
  const name = colon === -1 ? text : text.slice(0, colon);
  const tasks = colon === -1 ? [] : text.slice(colon + 1).split(';').map((t) => t.trim()).filter((t) => t !== '');
  if (name.trim() === '') {
    throw new ValidationError(`--phase #${index + 1}`, 'must look like "Phase name: first task; second task"');
  }
  return { name, tasks };
}

function parseMilestone(text: string, index: number): { name: string; date: string } {
  const at = text.lastIndexOf('@');
  if (at <= 0) throw new ValidationError(`--milestone #${index + 1}`, 'must look like "Milestone name@2026-12-15" or "Beta@+2w"');
  return { name: text.slice(0, at), date: text.slice(at + 1) };
}

export function parseNewArgs(args: readonly string[]): NewOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'), 'Run `specwright new --help` for the flags.');
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one name, got ${positionals.length} arguments: ${positionals.join(' ')}`, 'Quote a name with spaces: specwright new "Dark mode".');
  }
  const positionalName = positionals[0];
  if (positionalName !== undefined && values.name !== undefined && positionalName !== values.name) {
    throw new UsageError(`two names given: "${positionalName}" and --name "${values.name}"`, 'Give the name once.');
  }
  const raw: RawAnswers = {};
  const name = values.name ?? positionalName;
  if (name !== undefined) raw.name = name;
  if (values.owner !== undefined) raw.owner = values.owner;
  if (values.purpose !== undefined) raw.purpose = values.purpose;
  if (values.requirement) raw.requirements = values.requirement;
  if (values.story) raw.stories = values.story;
  if (values.phase) raw.phases = values.phase.map(parsePhase);
  if (values.milestone) raw.milestones = values.milestone.map(parseMilestone);
  if (values.supersedes !== undefined) raw.supersedes = values.supersedes;
  return {
    raw,
    answersFile: values.answers,
    yes: values.yes ?? false,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    json: values.json ?? false,
    cwd: values.cwd,
    help: values.help ?? false,
    config: values.help ? {} : configFlags(values),
  };
}
