/**
 * The facts the front ends show and check flags against (configuration keys
 * and defaults, lint rules, status names), each stated once below and
 * passed on here. Only leaf modules: `--help` loads this and nothing heavy.
 */
export { CONFIG_FILE, DEFAULTS, KEYS, NO_TEST_STUB, TEST_FRAMEWORKS, type TestFramework } from '../config/config-keys.js';
export { RULES } from '../lint/lint-rules.js';
export { TEST_FOLDER_NAMES } from '../base/test-folders.js';
export { isSpecStatus, STATUS_NAMES, STATUS_STEPS, type SpecStatus, type StatusStep } from '../specs/spec-status.js';
export { END_STATES } from '../specs/lifecycle.js';
