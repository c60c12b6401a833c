import { openProject } from '../app/open-project.js';
import { newSpec } from '../app/new-spec.js';
import { doneReport, dryRunReport, jsonResult } from '../app/report.js';
import type { PromptContext } from '../prompts/prompt-kit.js';
import { specInterview } from '../prompts/spec-interview.js';
import { rawOutput } from '../base/text/terminal-output.js';
import { NEW_COMMAND } from './declarations/new-declaration.js';
import { renderHelp } from './render-help.js';
import type { Io } from './io.js';
import { flagNamer, parseNewArgs } from './new-options.js';
import { workingFolder } from './working-folder.js';

/** `specwright new [name]`: flags and the terminal in, the use case (app/new-spec.ts) run, its result printed. */
export async function newCommand(args: readonly string[], io: Io): Promise<number> {
  const options = parseNewArgs(args);
  if (options.help) {
    io.stdout.write(renderHelp(NEW_COMMAND));
    return 0;
  }
  const cwd = workingFolder(io, options.cwd);
  const project = openProject(cwd, io.env, options.config);
  // Prompts need a terminal on both ends; --yes and --json promise no questions.
  // `--answers -` has used up stdin, even when it is a terminal.
  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY) && !options.yes && !options.json && options.answersFile !== '-';
  // The prompts draw on the terminal themselves; confirmWrite sanitizes the summary it shows.
  const context: PromptContext = { input: io.stdin, output: rawOutput(io.stdout) };
  const request = { flags: options.raw, flagName: flagNamer, answersFile: options.answersFile, interactive, dryRun: options.dryRun, force: options.force };
  const outcome = await newSpec(project, request, specInterview(context), { env: io.env, now: io.now, stdin: io.stdin, stderr: io.stderr, guard: io.signals });
  if (options.json) io.stdout.write(jsonResult(outcome.plan, outcome.dryRun));
  else io.stdout.write(outcome.dryRun ? dryRunReport(outcome.plan, outcome.preview) : doneReport(outcome.plan, outcome.result, cwd));
  return 0;
}
