/**
 * Where specwright writes when no configuration says otherwise, and the name
 * of its config file: stated here once. In base/ because the writer
 * (commit/), which imports nothing but base/, needs them too (the folders a
 * journal from before folders were configurable wrote to, the config file
 * `init` writes); config/config-keys.ts builds its DEFAULTS from them.
 */

export const DEFAULT_SPECS_DIR = 'docs/specs';
export const DEFAULT_DOCS_DIR = 'docs/features';
/** Where tests go when nothing in the repository says otherwise. */
export const DEFAULT_TESTS_DIR = 'tests';
export const DEFAULT_TEMPLATES_DIR = '.specwright/templates';
export const CONFIG_FILE = 'specwright.config.json';
