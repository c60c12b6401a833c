import { CONFIG_FILE, DEFAULTS, TEST_FRAMEWORKS } from '../../app/facts.js';
import type { FlagDeclarations } from '../command-declaration.js';

/** The flags that choose the layout, shared by `new` and `config`: declared once, checked by `configFlags`. */
export const LAYOUT_FLAGS = {
  'specs-dir': { type: 'string', value: '<dir>', default: DEFAULTS.specsDir, group: 'layout', help: [`where specs go (default ${DEFAULTS.specsDir})`] },
  'tests-dir': { type: 'string', value: '<dir>', default: 'detected', group: 'layout', help: ['where the test stub goes, in the package (default: detected)'] },
  'test-framework': {
    type: 'string',
    value: '<name>',
    default: 'detected',
    values: TEST_FRAMEWORKS,
    group: 'layout',
    help: ['jest, vitest, node (node --test), mocha, ava or tap (default: detected)'],
  },
  'no-test': {
    type: 'boolean',
    group: 'layout',
    help: ['write the spec and the docs stub, no test stub (in a config file:', '"testFramework": "none")'],
  },
} as const satisfies FlagDeclarations;

/** Where the layout flags are listed in a command's help. */
export const LAYOUT_SECTION = {
  heading: `Layout (override ${CONFIG_FILE} and detection; \`specwright config\` shows the result)`,
  group: 'layout',
} as const;
