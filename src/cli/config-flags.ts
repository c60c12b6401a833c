import { NO_TEST_STUB, TEST_FRAMEWORKS, type TestFramework } from '../app/facts.js';
import { checkFolder } from '../base/folder-rule.js';
import type { ConfigFlags } from '../app/open-project.js';
import { UsageError } from '../base/errors.js';

/** Checks a folder flag like a config file's folder, naming the flag. */
function checkFlagFolder(flag: string, value: string): string {
  const checked = checkFolder(value);
  if ('problem' in checked) throw new UsageError(`${flag} ${JSON.stringify(value)} ${checked.problem}`);
  return checked.folder;
}

/** Parsed layout flag values (declared in declarations/layout-flags.ts) → checked config flags; a bad value exits 2 naming the flag. */
export function configFlags(values: { 'specs-dir'?: string; 'tests-dir'?: string; 'test-framework'?: string; 'no-test'?: boolean }): ConfigFlags {
  const flags: { -readonly [K in keyof ConfigFlags]: ConfigFlags[K] } = {};
  if (values['specs-dir'] !== undefined) flags.specsDir = checkFlagFolder('--specs-dir', values['specs-dir']);
  if (values['tests-dir'] !== undefined) flags.testsDir = checkFlagFolder('--tests-dir', values['tests-dir']);
  const framework = values['test-framework'];
  if (framework !== undefined) {
    if (!(TEST_FRAMEWORKS as readonly string[]).includes(framework)) {
      throw new UsageError(`--test-framework must be one of ${TEST_FRAMEWORKS.join(', ')}, not ${JSON.stringify(framework)}`);
    }
    flags.testFramework = framework as TestFramework;
  }
  if (values['no-test']) {
    if (framework !== undefined) throw new UsageError(`--no-test writes no test stub, and --test-framework ${framework} chooses the stub's framework: give one of them`);
    flags.testFramework = NO_TEST_STUB;
  }
  return flags;
}
