import { CONFIG_FILE, DEFAULTS, KEYS } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';
import { LAYOUT_FLAGS, LAYOUT_SECTION } from './layout-flags.js';

const FLAGS = {
  json: { type: 'boolean', help: ['print {"root", "settings": {name: {value, source, ...}}}'] },
  ...LAYOUT_FLAGS,
} as const;

/** `specwright config`: the effective configuration and where each value came from. */
/** A default as the help shows it: a word, or (lint's {}) its JSON. */
const shownDefault = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export const CONFIG_COMMAND = {
  name: 'config',
  synopsis: 'specwright config [--json]',
  summary: 'show where files go, how the stub is written, and why',
  title: 'show the effective configuration and where each value came from.',
  usage: ['specwright config [--json] [--cwd <dir>] [layout flags]'],
  positionals: false,
  flags: FLAGS,
  sections: [
    `Each value comes from its default, from detection (with what showed it), from
${CONFIG_FILE} or package.json's "specwright" key (the root's, then the
package's in a monorepo), or from a flag; the last one that says wins.`,
    `Settings (${CONFIG_FILE}; all optional)
${Object.entries(KEYS).map(([key, spec]) => `  ${key.padEnd(16)}${spec.description}${spec.kind === 'choice' ? ` (${spec.values.join(', ')})` : ''}; default ${shownDefault(DEFAULTS[key as keyof typeof DEFAULTS])}`).join('\n')}`,
    `Folders are relative paths inside the project: testsDir to the package the run
is in, specsDir and docsDir to the root (or the package, with workspaceSpecs
"package"), templatesDir to the root. A bad key or value exits 2 naming it.`,
    { heading: 'Options', group: 'Options' },
    LAYOUT_SECTION,
  ],
} as const satisfies CommandDeclaration;
