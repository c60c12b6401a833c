/**
 * The names of the folders whose scripts are tests whatever their own names
 * (mocha's `test/`, jest's `__tests__/`), stated once: lint counts their
 * scripts as tests, detection looks for them, lint's help names them. In
 * base/ because lint/ and detect/ share nothing else.
 */
export const TEST_FOLDER_NAMES: readonly string[] = ['test', 'tests', '__tests__'];

/**
 * Where detection looks for the tests folder: the test folders, then `spec/`
 * (rspec's name, and some JavaScript projects'). Lint does not count every
 * script under `spec/` as a test: code lives under folders so named too, and
 * spec-style tests there are found by name (`*.spec.js`).
 */
export const TESTS_FOLDER_CANDIDATES: readonly string[] = [...TEST_FOLDER_NAMES, 'spec'];

/** Whether a folder of this name holds tests (`Tests/` too: case-insensitive file systems). */
export function isTestFolderName(name: string): boolean {
  return TEST_FOLDER_NAMES.includes(name.toLowerCase());
}
