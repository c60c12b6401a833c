import { existsSync } from 'node:fs';
import path from 'node:path';
import { TEST_FRAMEWORKS } from '../config/config-keys.js';
import { UsageError } from '../base/errors.js';
import type { RenderedFile } from '../render/render-files.js';
import { builtInTemplateSource, TEMPLATE_NAMES, type TemplateName } from '../render/templates.js';
import { openProjectWarning } from './open-project-warning.js';
import { recoverFirst } from '../app/write-files.js';
import { writeFiles } from '../app/write-files.js';
import { EJECT_HELP } from './help-text.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';
import { commandArgs } from './command-args.js';

/** What a user may type → the template's name: `spec` is spec.md, `test` the stub of the framework in use. */
function templateFor(name: string, framework: string): TemplateName {
  const wanted = name === 'spec' ? 'spec.md' : name === 'docs' ? 'docs.md' : name === 'test' ? `test-${framework}` : name;
  if (!(TEMPLATE_NAMES as readonly string[]).includes(wanted)) {
    throw new UsageError(`there is no template "${name}"`, `Templates: spec, docs, test, ${TEST_FRAMEWORKS.map((f) => `test-${f}`).join(', ')}.`);
  }
  return wanted as TemplateName;
}

/**
 * `specwright eject`: copies built-in templates into the templates folder,
 * never over a file that is there, through the all-or-nothing writer.
 */
export async function ejectCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = commandArgs('eject', args, {}, io, EJECT_HELP, true);
  if (!parsed) return 0;
  const project = openProjectWarning(workingFolder(io, parsed.values.cwd), io);
  const { templatesDir, testStub } = project.config.layout;
  const names = parsed.positionals.length > 0 ? parsed.positionals : ['spec', 'docs', 'test'];
  const wanted = [...new Set(names.map((name) => templateFor(name, testStub.framework)))];
  const files: RenderedFile[] = [];
  const kept: string[] = [];
  for (const name of wanted) {
    const target = path.posix.join(templatesDir, `${name}.hbs`);
    if (existsSync(path.join(project.root, target))) kept.push(target);
    else files.push({ path: target, contents: builtInTemplateSource(name) });
  }
  if (files.length > 0) {
    await recoverFirst(project, io.stderr);
    await writeFiles(project, files, false, io.signals);
  }
  const lines = [
    ...files.map((file) => `  created   ${file.path}`),
    ...kept.map((file) => `  kept      ${file} (it exists; not overwritten)`),
  ];
  io.stdout.write(`${files.length > 0 ? `Ejected into ${project.root}:` : 'Nothing to eject:'}\n${lines.join('\n')}\n\nEdit them there: specwright new uses them in place of the built-in ones.\n`);
  return 0;
}
