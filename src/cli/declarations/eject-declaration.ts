import { DEFAULTS } from '../../app/facts.js';
import type { CommandDeclaration } from '../command-declaration.js';

/** `specwright eject`: copy built-in templates into the templates folder. */
export const EJECT_COMMAND = {
  name: 'eject',
  synopsis: 'specwright eject [templates...]',
  summary: 'copy the built-in templates into the templates folder',
  title: 'copy built-in templates into the templates folder, to start your own.',
  usage: ['specwright eject [spec] [docs] [test] [test-jest] [test-vitest] [test-node] [test-mocha] [test-ava] [test-tap]'],
  positionals: true,
  flags: {},
  sections: [
    `Without names: spec, docs and the test stub template of the framework in use.
"test" is that framework's stub template; test-<framework> names one.
Files go to the templates folder (templatesDir, default ${DEFAULTS.templatesDir});
an existing file is never overwritten (it is reported and kept). A template
there replaces the built-in one of the same name; the others stay built in.
See README.md, "Your own templates", for the data and helpers a template gets.`,
    { heading: 'Options', group: 'Options' },
  ],
} as const satisfies CommandDeclaration;
