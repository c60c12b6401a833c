/**
 * The configuration's keys, their defaults and allowed values: the one list
 * that the validator, the JSON Schema test, `specwright config`, the help
 * text and the README describe. A leaf module: it reads nothing.
 */

import type { CodeStyle } from './code-style.js';
import type { LintSettings } from './lint-settings.js';
import { CONFIG_FILE, DEFAULT_DOCS_DIR, DEFAULT_SPECS_DIR, DEFAULT_TEMPLATES_DIR, DEFAULT_TESTS_DIR } from '../base/default-layout.js';

export { CONFIG_FILE, DEFAULT_TESTS_DIR };

export const TEST_FRAMEWORKS = ['jest', 'vitest', 'node', 'mocha', 'ava', 'tap'] as const;
export type TestFramework = (typeof TEST_FRAMEWORKS)[number];

/** `"testFramework": "none"` (or `new --no-test`): the spec and docs stub are written, no test stub. */
export const NO_TEST_STUB = 'none';

export const LANGUAGES = ['ts', 'js'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ID_STYLES = ['sequence', 'date'] as const;
export type IdStyle = (typeof ID_STYLES)[number];

/** How test files are named before their extension: `x.test.js`, `x.spec.js`, or `x.js` (none) where every test is. */
export type TestSuffix = '.test' | '.spec' | '';
/** The test stub's file extension: its language's, or the one the test command's pattern or existing tests require. */
export type TestExtension = 'ts' | 'js' | 'mts' | 'cts' | 'mjs' | 'cjs';
export type ModuleSystem = 'esm' | 'cjs';

/** How the test stub is written: chosen by detection or configuration, never by the model. */
export interface TestStubStyle {
  readonly framework: TestFramework;
  readonly language: Language;
  /** For .js stubs: import or require. */
  readonly module: ModuleSystem;
  /** jest only: import from @jest/globals (where the package declares it) instead of using the globals. */
  readonly jestGlobals: boolean;
  /** The repository's code style, which a built-in stub is rewritten into (render/stub-style.ts); absent: the canonical form. */
  readonly codeStyle?: CodeStyle;
}

export const WORKSPACE_SPECS = ['root', 'package'] as const;
export type WorkspaceSpecs = (typeof WORKSPACE_SPECS)[number];

/** What a config file may set. `auto` (framework, language) and an unset testsDir mean: detect. */
export interface ConfigValues {
  /** Where specs go, relative to the repository root (or the package, with workspaceSpecs "package"). */
  readonly specsDir: string;
  /** Where docs stubs go, relative to the same folder as specsDir. */
  readonly docsDir: string;
  /** Where the test stub goes, relative to the package the run is in (the root outside workspaces). */
  readonly testsDir: string | 'auto';
  readonly testFramework: TestFramework | 'auto' | typeof NO_TEST_STUB;
  readonly language: Language | 'auto';
  readonly idStyle: IdStyle;
  /** The team's own templates, relative to the repository root. */
  readonly templatesDir: string;
  /** In a workspace package: specs and docs at the repository root (one numbering) or in the package. */
  readonly workspaceSpecs: WorkspaceSpecs;
  /** The built-in test stub's code style, field by field over what detection finds (config/code-style.ts). */
  readonly stubStyle: Partial<Omit<CodeStyle, 'lintRules'>> | 'auto';
  /** Each lint rule's level over its default severity (config/lint-settings.ts). */
  readonly lint: LintSettings;
}

export type ConfigKey = keyof ConfigValues;

export const DEFAULTS: ConfigValues = {
  specsDir: DEFAULT_SPECS_DIR,
  docsDir: DEFAULT_DOCS_DIR,
  testsDir: 'auto',
  testFramework: 'auto',
  language: 'auto',
  idStyle: 'sequence',
  templatesDir: DEFAULT_TEMPLATES_DIR,
  workspaceSpecs: 'root',
  stubStyle: 'auto',
  lint: {},
};

export const DEFAULT_FRAMEWORK: TestFramework = 'jest';

export type KeyKind = { readonly kind: 'folder' } | { readonly kind: 'choice'; readonly values: readonly string[] } | { readonly kind: 'style' } | { readonly kind: 'lint' };

export const KEYS: Readonly<Record<ConfigKey, KeyKind & { readonly description: string }>> = {
  specsDir: { kind: 'folder', description: 'where specs go' },
  docsDir: { kind: 'folder', description: 'where docs stubs go' },
  testsDir: { kind: 'folder', description: 'where the test stub goes, in the package ("auto": detected)' },
  testFramework: { kind: 'choice', values: ['auto', ...TEST_FRAMEWORKS, NO_TEST_STUB], description: 'the test stub\'s framework ("none": no test stub)' },
  language: { kind: 'choice', values: ['auto', ...LANGUAGES], description: 'the test stub\'s language' },
  idStyle: { kind: 'choice', values: ID_STYLES, description: 'spec ids: sequence (0001) or date (20261126)' },
  templatesDir: { kind: 'folder', description: 'the team\'s own templates' },
  workspaceSpecs: { kind: 'choice', values: WORKSPACE_SPECS, description: 'in a workspace package: specs and docs at the root or in the package' },
  stubStyle: { kind: 'style', description: 'the test stub\'s code style: {"quotes", "avoidEscape", "semicolons", "indent", "tabWidth", "width", "trailingCommas", "bracketSpacing", "arrowParens"} over what is detected' },
  lint: { kind: 'lint', description: 'lint rules turned off or set to warning or error: {"rules": {"<rule>": "off" | "warning" | "error"}}' },
};

/** The key of package.json that may hold the same object. */
export const PACKAGE_KEY = 'specwright';
/** Where the schema is installed, from the folder that has specwright in node_modules (editors resolve it from there). */
export const SCHEMA_PATH = 'node_modules/specwright/schema/specwright.config.schema.json';
