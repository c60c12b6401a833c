import { existsSync } from 'node:fs';
import path from 'node:path';
import { TEST_FRAMEWORKS } from '../config/config-keys.js';
import { UsageError } from '../base/errors.js';
import type { RenderedFile } from '../render/render-files.js';
import { builtInTemplateSource, TEMPLATE_NAMES, type TemplateName } from '../render/templates.js';
import type { Project } from './open-project.js';
import type { SignalGuard } from './signal-guard.js';
import { recoverFirst, writeFiles } from './write-files.js';

/** What a user may type → the template's name: `spec` is spec.md, `test` the stub of the framework in use. */
function templateFor(name: string, framework: string): TemplateName {
  const wanted = name === 'spec' ? 'spec.md' : name === 'docs' ? 'docs.md' : name === 'test' ? `test-${framework}` : name;
  if (!(TEMPLATE_NAMES as readonly string[]).includes(wanted)) {
    throw new UsageError(`there is no template "${name}"`, `Templates: spec, docs, test, ${TEST_FRAMEWORKS.map((f) => `test-${f}`).join(', ')}.`);
  }
  return wanted as TemplateName;
}

/** What eject did: the templates it created and those it kept because they exist (paths relative to the root). */
export interface EjectResult {
  readonly root: string;
  readonly created: readonly string[];
  readonly kept: readonly string[];
}

/**
 * `specwright eject`: copies built-in templates (`names`: spec, docs, test
 * or a template's own name; none: spec, docs and test) into the templates
 * folder, never over a file that is there, through the all-or-nothing writer.
 */
export async function ejectTemplates(
  project: Project,
  names: readonly string[],
  out: { readonly stderr: NodeJS.WritableStream; readonly signals: SignalGuard },
): Promise<EjectResult> {
  const { templatesDir, testStub } = project.config.layout;
  const wanted = [...new Set((names.length > 0 ? names : ['spec', 'docs', 'test']).map((name) => templateFor(name, testStub.framework)))];
  const files: RenderedFile[] = [];
  const kept: string[] = [];
  for (const name of wanted) {
    const target = path.posix.join(templatesDir, `${name}.hbs`);
    // existsSync, not pathTaken: a link there goes on to the writer, whose refusal names it (specwright never writes through links).
    if (existsSync(path.join(project.root, target))) kept.push(target);
    else files.push({ path: target, contents: builtInTemplateSource(name) });
  }
  if (files.length > 0) {
    await recoverFirst(project, out.stderr);
    await writeFiles(project, files, false, out.signals);
  }
  return { root: project.root, created: files.map((file) => file.path), kept };
}
