import { homedir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../project/resolve-config.js';
import { assertSafeRoot, findRepo } from '../repo/find-root.js';
import { BUILT_IN_LIFECYCLE, type Lifecycle } from '../specs/lifecycle.js';
import { readBytes } from '../specs/read-specs-folder.js';
import { templateLifecycle } from '../specs/template-lifecycle.js';
import type { Project } from './open-project.js';

export type { Lifecycle } from '../specs/lifecycle.js';

/** The team's spec template, in the templates folder: where a team names its own Status items. */
const SPEC_TEMPLATE = 'spec.md.hbs';
/** A template is a page of text: a larger one is not read for its states. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

const found = new WeakMap<Project, Lifecycle>();

/**
 * The states of this repository's specs: read from the Status checklist of
 * the team's `spec.md.hbs` (through the safe reader, as text: a template is
 * never run for this), else the built-in seven. Read once per run. A
 * template that cannot be read leaves the built-in lifecycle: `new` is where
 * a broken template is reported.
 */
export function repositoryLifecycle(project: Project): Lifecycle {
  const known = found.get(project);
  if (known) return known;
  const lifecycle = lifecycleAt(project.root, project.config.layout.templatesDir);
  found.set(project, lifecycle);
  return lifecycle;
}

function lifecycleAt(root: string, templatesDir: string): Lifecycle {
  const relative = path.posix.join(templatesDir, SPEC_TEMPLATE);
  const bytes = readBytes(path.join(root, relative), MAX_TEMPLATE_BYTES);
  return typeof bytes === 'string' ? BUILT_IN_LIFECYCLE : templateLifecycle(new TextDecoder().decode(bytes), relative);
}

/**
 * The lifecycle of the repository `cwd` is in, for `status --help`: found as
 * openProject finds it (the same root rules, the same configuration), but
 * without loading what a run needs (the template engine): help stays light.
 */
export function lifecycleForHelp(cwd: string, env: NodeJS.ProcessEnv): Lifecycle {
  const repo = findRepo(cwd, env);
  assertSafeRoot(repo.root, env.HOME || homedir());
  return lifecycleAt(repo.root, resolveConfig(repo.root, cwd, {}).layout.templatesDir);
}

export { isEndState, stateNamed, stateNames } from '../specs/lifecycle.js';
