import type { SettingName, Source } from '../project/resolve-config.js';
import type { Project } from './open-project.js';

import type { StubProblem } from '../detect/stub-verdict.js';

export type { Source } from '../project/resolve-config.js';
export type { StubProblem } from '../detect/stub-verdict.js';

/** The order `config` lists settings in: where files go, then how the stub is written, then the rest. */
const ORDER: readonly SettingName[] = ['specsDir', 'docsDir', 'testsDir', 'testFramework', 'language', 'module', 'testSuffix', 'jestGlobals', 'quotes', 'avoidEscape', 'semicolons', 'indent', 'tabWidth', 'width', 'trailingCommas', 'bracketSpacing', 'arrowParens', 'lintRules', 'idStyle', 'templatesDir', 'workspaceSpecs', 'package', 'lint'];

export interface ShownSetting {
  readonly name: SettingName;
  readonly value: string;
  readonly source: Source;
}

/** `specwright config`: the effective configuration, setting by setting in a fixed order, with where each value came from; and why `new` would write no stub, when it would not. Writes nothing. */
export function showConfig(project: Pick<Project, 'root' | 'config'>): { readonly root: string; readonly settings: readonly ShownSetting[]; readonly stubProblem: StubProblem | undefined } {
  const { settings } = project.config;
  // How jest's describe/test are reached says nothing for another framework.
  const shown = ORDER.filter((name) => name !== 'jestGlobals' || settings.testFramework.value === 'jest');
  return { root: project.root, settings: shown.map((name) => ({ name, ...settings[name] })), stubProblem: project.config.stubProblem };
}
