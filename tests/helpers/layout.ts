import type { Layout } from '../../src/config/layout.js';
import type { TestStubStyle } from '../../src/model/spec-model.js';

/** The layout of a repository with nothing to detect and no config: specwright's defaults, a TypeScript jest stub. */
export function defaultLayout(overrides: Partial<Omit<Layout, 'testStub'>> & { testStub?: Partial<TestStubStyle> } = {}): Layout {
  const { testStub, ...rest } = overrides;
  const language = testStub?.language ?? 'ts';
  return {
    specsDir: 'docs/specs',
    docsDir: 'docs/features',
    testsDir: 'tests',
    testSuffix: '.test',
    idStyle: 'sequence',
    templatesDir: '.specwright/templates',
    packageDir: '.',
    testExtension: language,
    ...rest,
    testStub: { framework: 'jest', language, module: 'esm', jestGlobals: true, ...testStub },
  };
}
