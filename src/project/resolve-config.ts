import path from 'node:path';
import { commandOf, detectFramework, type Detected } from '../detect/detect-framework.js';
import { detectExtension, detectLanguage, detectModule } from '../detect/detect-language.js';
import { defaultTestsDir, detectTestsPlace, type TestSuffix } from '../detect/detect-tests-dir.js';
import { findPackage } from '../detect/find-package.js';
import { readTestRun } from '../detect/read-test-run.js';
import { stubVerdict, type StubProblem } from '../detect/stub-verdict.js';
import type { TestRun } from '../base/test-run.js';
import { ProjectFiles } from '../detect/project-files.js';
import { configIn, type ConfigLayer } from './config-files.js';
import { CONFIG_FILE, DEFAULT_FRAMEWORK, DEFAULTS, NO_TEST_STUB, type ConfigKey, type ConfigValues, type Language } from '../config/config-keys.js';
import { inFolder, joinFolder, specsFolderProblem } from '../base/folder-rule.js';
import { UsageError } from '../base/errors.js';
import type { Layout } from '../config/layout.js';
import type { CodeStyleField } from '../config/code-style.js';
import { resolveCodeStyle } from './stub-code-style.js';
import { lintSettingsText, type RuleLevel } from '../config/lint-settings.js';

/** The flags that override configuration (`--specs-dir`, `--tests-dir`, `--test-framework`). */
export type ConfigFlags = Partial<Pick<ConfigValues, 'specsDir' | 'testsDir' | 'testFramework'>>;

import type { Setting } from './setting.js';
export type { Setting, Source } from './setting.js';

export type SettingName = Exclude<ConfigKey, 'stubStyle'> | 'package' | 'module' | 'testSuffix' | 'jestGlobals' | CodeStyleField;

export interface ResolvedConfig {
  readonly layout: Layout;
  /** Every effective value and its source, for `specwright config`. Folders are relative to the root. */
  readonly settings: Readonly<Record<SettingName, Setting>>;
  /** One line for stderr when a default stood in for evidence that was not there. */
  readonly guessed: string | undefined;
  /** Each lint rule's configured level (`"lint": {"rules": …}`), from the last config file that sets `lint`. */
  readonly lintRules: Readonly<Record<string, RuleLevel>>;
  /** What the package's test command runs, when detection could read it (lint's test-not-run). */
  readonly testRun: TestRun | undefined;
  /** Why no stub can be written where the test command runs it: `new` refuses before writing, `config` shows it. */
  readonly stubProblem: StubProblem | undefined;
}

const FLAG_NAMES: Record<keyof ConfigFlags, string> = { specsDir: '--specs-dir', testsDir: '--tests-dir', testFramework: '--test-framework' };

/**
 * Defaults, then what detection finds, then the root's config, then the
 * package's, then flags: the last one that says wins. Reads a few small
 * files (ProjectFiles) and never runs the project's code.
 */
export function resolveConfig(root: string, cwd: string, flags: ConfigFlags = {}): ResolvedConfig {
  const files = new ProjectFiles();
  const shown = (dir: string): string => {
    const rel = path.relative(root, dir).split(path.sep).join('/');
    return rel === '' ? '' : `${rel}/`;
  };
  const pkg = findPackage(files, root, cwd);
  const packageDir = path.relative(root, pkg.dir).split(path.sep).join('/') || '.';
  const layers: ConfigLayer[] = [];
  const rootLayer = configIn(files, root, '', pkg.rootManifest);
  if (rootLayer) layers.push(rootLayer);
  if (pkg.nested) {
    const packageLayer = configIn(files, pkg.dir, shown(pkg.dir), pkg.manifest);
    if (packageLayer) layers.push(packageLayer);
  }

  const configured = <K extends Exclude<ConfigKey, 'stubStyle' | 'lint'>>(key: K): Setting | undefined => {
    const flag = flags[key as keyof ConfigFlags];
    // `--no-test` is testFramework "none" given as a flag: named as typed.
    if (flag !== undefined) return { value: flag, source: { kind: 'flag', flag: flag === NO_TEST_STUB ? '--no-test' : FLAG_NAMES[key as keyof ConfigFlags] } };
    for (const layer of [...layers].reverse()) {
      const value = layer.values[key];
      if (value !== undefined && value !== 'auto') return { value, source: { kind: 'config', label: layer.label } };
    }
    return undefined;
  };
  const orDefault = (key: Exclude<ConfigKey, 'stubStyle' | 'lint'>): Setting => configured(key) ?? { value: DEFAULTS[key], source: { kind: 'default' } };
  const fromDetection = <T extends string>(found: Detected<T> | undefined, fallback: T): Setting =>
    found ? { value: found.value, source: { kind: 'detected', evidence: found.evidence } } : { value: fallback, source: { kind: 'default' } };

  const chosen = configured('testFramework');
  const withoutTestStub = chosen?.value === NO_TEST_STUB;
  // Without a stub the detected framework still shapes the layout (its tests folder, where lint looks for citing tests).
  const detected = withoutTestStub || chosen === undefined ? detectFramework(files, pkg, shown) : undefined;
  const framework = (withoutTestStub ? undefined : chosen) ?? fromDetection(detected, DEFAULT_FRAMEWORK);
  const frameworkName = framework.value as Layout['testStub']['framework'];
  // The command that runs this framework: the package's own, else (in a workspace package) the root's.
  const ownCommand = commandOf(pkg.manifest);
  const command = [ownCommand, pkg.nested ? commandOf(pkg.rootManifest) : undefined].find((c) => c?.framework === frameworkName);
  const configuredTests = configured('testsDir');
  const reading = readTestRun(files, pkg, frameworkName, ownCommand, shown(pkg.dir), detected?.byTestImports === true);
  const place = detectTestsPlace(files, pkg, frameworkName, command === ownCommand ? command : undefined, shown, configuredTests?.value, reading);
  const language = configured('language') ?? fromDetection(detectLanguage(files, pkg, frameworkName, command, place, shown), 'js');
  const extension = detectExtension(language.value as Language, place);
  // A TypeScript stub is written with import whatever the package's module system (render-files.ts): show what it uses.
  const module: Setting = language.value === 'ts'
    ? { value: 'esm', source: { kind: 'detected', evidence: 'a TypeScript stub is written with import; the compiler decides what it runs as' } }
    : fromDetection(detectModule(pkg, shown, extension), 'cjs');
  const tests: Setting = configuredTests ?? (place.dir ? { value: place.dir.value, source: { kind: 'detected', evidence: place.dir.evidence } } : { value: defaultTestsDir(frameworkName), source: { kind: 'default' } });
  const suffix: TestSuffix = place.suffix?.value ?? '.test';

  const workspaceSpecs = orDefault('workspaceSpecs');
  const specBase = pkg.nested && workspaceSpecs.value === 'package' ? packageDir : '.';
  const specs = orDefault('specsDir');
  const docs = orDefault('docsDir');
  const templates = orDefault('templatesDir');
  // The last layer that sets it wins whole, as every other key does.
  const lint = [...layers].reverse().find((layer) => layer.values.lint !== undefined);
  const idStyle = orDefault('idStyle');
  const atBase = (setting: Setting, base: string): Setting => ({ ...setting, value: joinFolder(base, setting.value) });

  const testExtension = extension?.value ?? (language.value as Language);
  const code = resolveCodeStyle(files, pkg, root, shown, { testsDir: path.join(root, joinFolder(packageDir, tests.value)), extension: testExtension }, layers);
  const layout: Layout = {
    specsDir: joinFolder(specBase, specs.value),
    docsDir: joinFolder(specBase, docs.value),
    testsDir: joinFolder(packageDir, tests.value),
    testSuffix: suffix,
    testExtension,
    testStub: {
      framework: frameworkName,
      language: language.value as Layout['testStub']['language'],
      module: module.value as Layout['testStub']['module'],
      jestGlobals: code.jestGlobals.value === 'import',
      codeStyle: code.style,
    },
    ...(withoutTestStub ? { withoutTestStub } : {}),
    idStyle: idStyle.value as Layout['idStyle'],
    templatesDir: templates.value,
    packageDir,
  };
  const problem = specsFolderProblem(specs.value, layout.specsDir, layout.docsDir);
  if (problem) {
    // Named where it was set: specsDir's source, or docsDir's when specsDir is the default.
    const set = specs.source.kind === 'default' ? docs.source : specs.source;
    const source = set.kind === 'config' ? set.label : set.kind === 'flag' ? set.flag : 'the defaults';
    throw new UsageError(`${source}: specsDir ${problem}`, `Give specs a folder of their own, such as "${DEFAULTS.specsDir}", and docs stubs another, such as "${DEFAULTS.docsDir}".`);
  }
  // Without a package.json there is no test run to fit, and the defaults are documented; with
  // one, a framework it does not show is a guess the user should hear about (once, on stderr).
  // A folder or framework the user chose is trusted; else the stub must be where the test command looks.
  const userChose = configuredTests !== undefined || framework.source.kind === 'config' || framework.source.kind === 'flag';
  const stubProblem = withoutTestStub ? undefined : stubVerdict(reading, inFolder(layout.testsDir, `new-feature${layout.testSuffix}.${layout.testExtension}`), userChose);
  const guessed = !withoutTestStub && framework.source.kind === 'default' && pkg.manifest && !stubProblem
    ? `note: found no test framework (jest, vitest, mocha, ava, tap or node --test) in ${shown(pkg.dir)}package.json or its config files; the test stub is a jest test in ${layout.testsDir}/. Choose with --test-framework and --tests-dir, or in ${CONFIG_FILE} (\`specwright config\` shows what is used).`
    : undefined;
  return {
    layout,
    settings: {
      package: { value: packageDir, source: pkg.nested ? { kind: 'detected', evidence: `${shown(pkg.dir)}package.json` } : { kind: 'default' } },
      specsDir: atBase(specs, specBase),
      docsDir: atBase(docs, specBase),
      testsDir: atBase(tests, packageDir),
      testFramework: withoutTestStub ? chosen : framework,
      language,
      module,
      testSuffix: { value: suffix, source: place.suffix ? { kind: 'detected', evidence: place.suffix.evidence } : { kind: 'default' } },
      idStyle,
      templatesDir: templates,
      workspaceSpecs,
      ...code.settings,
      jestGlobals: code.jestGlobals,
      lint: { value: lintSettingsText(lint?.values.lint ?? DEFAULTS.lint), source: lint ? { kind: 'config', label: lint.label } : { kind: 'default' } },
    },
    lintRules: lint?.values.lint?.rules ?? {},
    guessed,
    // A framework guessed without evidence says nothing about what runs.
    testRun: framework.source.kind === 'default' ? undefined : reading.run,
    stubProblem,
  };
}
