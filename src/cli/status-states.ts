import { lifecycleForHelp, type Lifecycle } from '../app/repository-lifecycle.js';
import type { Io } from './io.js';
import { workingFolder } from './working-folder.js';

/**
 * After `status --help`: the states of the repository it runs in, when its
 * team template names its own (the help above lists the built-in ones).
 * Help never fails: a folder that is no project adds nothing.
 */
export function repositoryStatesHelp(io: Io): string {
  let lifecycle: Lifecycle;
  try {
    lifecycle = lifecycleForHelp(workingFolder(io, undefined), io.env);
  } catch {
    return '';
  }
  if (!lifecycle.source) return '';
  const states = [...lifecycle.steps, ...lifecycle.endStates];
  const width = Math.max(16, ...states.map((s) => s.name.length + 2));
  const rows = states.map((s) => `  ${s.name.padEnd(width)}${s.label}`);
  return `\nStates of this repository (the Status items of ${lifecycle.source}, then the end states)\n${rows.join('\n')}\n`;
}
