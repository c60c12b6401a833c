import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** The layout's essentials and the source kind of each, for compact expectations. */
function resolved(root: string, cwd = root, flags = {}) {
  const config = resolveConfig(root, cwd, flags);
  const { layout, settings } = config;
  return {
    specsDir: layout.specsDir,
    docsDir: layout.docsDir,
    testsDir: layout.testsDir,
    suffix: layout.testSuffix,
    extension: layout.testExtension,
    stub: layout.testStub,
    sources: Object.fromEntries(Object.entries(settings).map(([key, s]) => [key, s.source.kind === 'detected' ? `detected: ${s.source.evidence}` : s.source.kind === 'config' ? s.source.label : s.source.kind === 'flag' ? s.source.flag : 'default'])),
    guessed: config.guessed,
  };
}

describe('detection: the repositories specwright meets', () => {
  test('TypeScript + vitest with tests in test/', () => {
    const root = projectWith({
      'package.json': { type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '3.0.0', typescript: '5.0.0' } },
      'tsconfig.json': { extends: './tsconfig.base.json' },
      'test/sum.test.ts': '',
      'src/sum.ts': '',
    });
    const r = resolved(root);
    expect(r).toMatchObject({ specsDir: 'docs/specs', docsDir: 'docs/features', testsDir: 'test', suffix: '.test', stub: { framework: 'vitest', language: 'ts', module: 'esm', jestGlobals: false }, guessed: undefined });
    expect(r.sources).toMatchObject({ testFramework: 'detected: the test script of package.json runs vitest', language: 'detected: 1 test file(s) in test/ (TypeScript)', testsDir: 'detected: 1 test file(s) in test/' });
  });

  test('TypeScript + vitest, no tests yet: tsconfig.json (vitest runs TypeScript as it is)', () => {
    const r = resolved(projectWith({ 'package.json': { type: 'module', scripts: { test: 'vitest run' } }, 'tsconfig.json': {} }));
    expect(r).toMatchObject({ testsDir: 'tests', extension: 'ts', stub: { framework: 'vitest', language: 'ts' } });
    expect(r.sources.language).toBe('detected: tsconfig.json');
  });

  test('ESM + node --test, no tests yet: the default tests/ folder', () => {
    const r = resolved(projectWith({ 'package.json': { type: 'module', scripts: { test: 'node --test' } } }));
    expect(r).toMatchObject({ testsDir: 'tests', stub: { framework: 'node', language: 'js', module: 'esm' }, guessed: undefined });
    expect(r.sources.testsDir).toBe('default');
  });

  test('CommonJS + node --test with flags before --test', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'node --experimental-test-coverage --test test/' } }, 'test/a.test.js': '' }));
    expect(r).toMatchObject({ testsDir: 'test', stub: { framework: 'node', module: 'cjs' } });
    expect(r.sources.testsDir).toBe('detected: the test script of package.json');
  });

  test('mocha with *.spec.js tests in test/', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'mocha' }, devDependencies: { mocha: '10.0.0' } }, 'test/a.spec.js': '', 'test/b.spec.js': '' }));
    expect(r).toMatchObject({ testsDir: 'test', suffix: '.spec', stub: { framework: 'mocha', language: 'js' } });
  });

  test('mocha without tests yet goes where mocha looks by default: test/', () => {
    const r = resolved(projectWith({ 'package.json': { devDependencies: { mocha: '10.0.0' } } }));
    expect(r).toMatchObject({ testsDir: 'test', stub: { framework: 'mocha' } });
  });

  test('mocha spec from .mocharc.yml', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'mocha' } }, '.mocharc.yml': 'spec:\n  - "spec/**/*.spec.js"\n' }));
    expect(r).toMatchObject({ testsDir: 'spec', suffix: '.spec' });
  });

  test('ts-jest with tests colocated in src/', () => {
    const r = resolved(projectWith({
      'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '29.0.0', 'ts-jest': '29.0.0', '@types/jest': '29.0.0' } },
      'jest.config.js': "module.exports = { preset: 'ts-jest' };\n",
      'tsconfig.json': {},
      'src/math/add.ts': '',
      'src/math/add.test.ts': '',
    }));
    expect(r).toMatchObject({ testsDir: 'src', stub: { framework: 'jest', language: 'ts', jestGlobals: false } });
    expect(r.sources.testsDir).toBe('detected: 1 test file(s) beside the sources in src/');
  });

  test('CommonJS + jest with __tests__/', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '29.0.0' } }, '__tests__/a.test.js': '', '__tests__/b.test.js': '' }));
    expect(r).toMatchObject({ testsDir: '__tests__', stub: { framework: 'jest', language: 'js', module: 'cjs' } });
  });

  test('jest testMatch and roots, read from package.json or a config file without running it', () => {
    expect(resolved(projectWith({ 'package.json': { jest: { testMatch: ['<rootDir>/spec/**/*.spec.js'] } } }))).toMatchObject({ testsDir: 'spec', suffix: '.spec', stub: { framework: 'jest' } });
    expect(resolved(projectWith({ 'package.json': { devDependencies: { jest: '1' } }, 'jest.config.ts': "export default { roots: ['<rootDir>/lib'] };\n" }))).toMatchObject({ testsDir: 'lib' });
    expect(resolved(projectWith({ 'package.json': { jest: { testMatch: ['**/__tests__/**/*.js'] } } }))).toMatchObject({ testsDir: '__tests__' });
  });

  test('vitest include from vitest.config.ts', () => {
    const r = resolved(projectWith({ 'package.json': { devDependencies: { vitest: '1' } }, 'vitest.config.ts': "export default defineConfig({ test: { include: ['tests/unit/**/*.test.ts'] } });\n" }));
    expect(r).toMatchObject({ testsDir: 'tests/unit', stub: { framework: 'vitest' } });
  });

  test('@jest/globals is imported where the package declares it', () => {
    const r = resolved(projectWith({ 'package.json': { devDependencies: { jest: '1', 'ts-jest': '1', '@jest/globals': '1' } }, 'tsconfig.json': {} }));
    expect(r.stub).toMatchObject({ framework: 'jest', language: 'ts', module: 'esm', jestGlobals: true });
    expect(r.sources.jestGlobals).toBe('detected: @jest/globals in the dependencies of package.json');
  });

  test('undeclared, @jest/globals is imported where the existing tests import it, or, with no tests to follow, where it is installed', () => {
    const jest = { devDependencies: { jest: '1' } };
    const importing = resolved(projectWith({ 'package.json': jest, '__tests__/a.test.js': "import { test } from '@jest/globals';\ntest('a', () => {});\n" }));
    expect(importing).toMatchObject({ stub: { jestGlobals: true }, sources: { jestGlobals: 'detected: __tests__/a.test.js imports @jest/globals' } });
    const onGlobals = resolved(projectWith({ 'package.json': jest, '__tests__/a.test.js': "test('a', () => {});\n", 'node_modules/@jest/globals/package.json': {} }));
    expect(onGlobals).toMatchObject({ stub: { jestGlobals: false }, sources: { jestGlobals: "detected: the existing tests in __tests__/ use jest's globals" } });
    const installed = resolved(projectWith({ 'package.json': jest, 'node_modules/@jest/globals/package.json': {} }));
    expect(installed).toMatchObject({ stub: { jestGlobals: true }, sources: { jestGlobals: 'detected: node_modules/@jest/globals is installed' } });
    expect(resolved(projectWith({ 'package.json': jest }))).toMatchObject({ stub: { jestGlobals: false } });
  });

  test('a package.json that shows no framework: jest in tests/, and one note saying how to choose', () => {
    const r = resolved(projectWith({ 'package.json': { name: 'x' } }));
    expect(r).toMatchObject({ testsDir: 'tests', stub: { framework: 'jest' } });
    expect(r.guessed).toBe('note: found no test framework (jest, vitest, mocha, ava, tap or node --test) in package.json or its config files; the test stub is a jest test in tests/. Choose with --test-framework and --tests-dir, or in specwright.config.json (`specwright config` shows what is used).');
  });

  test('no package.json at all: the documented defaults, no note', () => {
    const r = resolved(projectWith({}));
    expect(r).toMatchObject({ specsDir: 'docs/specs', testsDir: 'tests', stub: { framework: 'jest', language: 'js' }, guessed: undefined });
  });
});

describe('monorepos: run inside a workspace package', () => {
  const monorepo = () => projectWith({
    'package.json': { private: true, workspaces: ['packages/*'], devDependencies: { vitest: '1' } },
    'packages/a/package.json': { name: 'a', type: 'module', scripts: { test: 'vitest run' } },
    'packages/a/tsconfig.json': { extends: '../../tsconfig.base.json' },
    'packages/a/test/x.test.ts': '',
    'packages/b/package.json': { name: 'b', scripts: { test: 'mocha' } },
  });

  test("the stub goes to the package's tests in its language; specs and docs stay at the root, one numbering", () => {
    const root = monorepo();
    const r = resolved(root, path.join(root, 'packages/a/src'));
    expect(r).toMatchObject({ specsDir: 'docs/specs', docsDir: 'docs/features', testsDir: 'packages/a/test', stub: { framework: 'vitest', language: 'ts', module: 'esm' } });
    expect(r.sources.package).toBe('detected: packages/a/package.json');
    expect(resolved(root, path.join(root, 'packages/b'))).toMatchObject({ testsDir: 'packages/b/test', stub: { framework: 'mocha', language: 'js' } });
  });

  test('workspaceSpecs "package" puts specs and docs in the package', () => {
    const root = monorepo();
    const r = resolved(root, path.join(root, 'packages/a'), {});
    expect(r.specsDir).toBe('docs/specs');
    const withKey = projectWith({ 'package.json': { workspaces: ['packages/*'], specwright: { workspaceSpecs: 'package' } }, 'packages/a/package.json': { scripts: { test: 'jest' } } });
    expect(resolved(withKey, path.join(withKey, 'packages/a'))).toMatchObject({ specsDir: 'packages/a/docs/specs', docsDir: 'packages/a/docs/features', testsDir: 'packages/a/tests' });
  });

  test('a package without a tsconfig of its own, under a root tsconfig: its TypeScript tests or test pattern say TypeScript', () => {
    const root = projectWith({
      'package.json': { workspaces: ['packages/*'] },
      'tsconfig.json': {},
      'packages/a/package.json': { scripts: { test: 'vitest run' } },
      'packages/a/test/x.test.ts': '',
      'packages/b/package.json': { scripts: { test: 'vitest run' } },
      'packages/b/vitest.config.ts': "export default { test: { include: ['spec/**/*.spec.ts'] } };\n",
      'packages/c/package.json': { scripts: { test: 'vitest run' } },
      'packages/c/test/x.test.js': '',
    });
    const a = resolved(root, path.join(root, 'packages/a'));
    expect(a).toMatchObject({ testsDir: 'packages/a/test', stub: { language: 'ts' } });
    expect(a.sources.language).toBe('detected: 1 test file(s) in packages/a/test/ (TypeScript)');
    expect(resolved(root, path.join(root, 'packages/b'))).toMatchObject({ testsDir: 'packages/b/spec', suffix: '.spec', stub: { language: 'ts' } });
    expect(resolved(root, path.join(root, 'packages/c')).stub.language).toBe('js');
  });

  test('a package without a framework of its own uses the root\'s', () => {
    const root = projectWith({ 'package.json': { workspaces: ['packages/*'], scripts: { test: 'jest' } }, 'packages/c/package.json': { name: 'c' } });
    expect(resolved(root, path.join(root, 'packages/c')).stub.framework).toBe('jest');
  });
});

describe("the tests folder: only what the framework's command is given (C1)", () => {
  test.each([
    ['mocha --require ./scripts/setup.js', 'test', { mocha: '1' }],
    ['jest --config ./config/jest.config.js', 'tests', { jest: '1' }],
    ['node --loader ts-node/esm --test', 'tests', {}],
    ['npm test --workspaces', 'tests', { jest: '1' }],
    ['turbo run test', 'tests', { jest: '1' }],
    ['jest && eslint src/', 'tests', { jest: '1' }],
    ['node --test --test-reporter spec test/', 'test', {}],
    ['mocha --spec spec/unit', 'spec/unit', { mocha: '1' }],
    ['vitest run test/unit', 'test/unit', {}],
  ])('"%s" → %s/', (script, testsDir, devDependencies) => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: script }, devDependencies } }));
    expect(r.testsDir).toBe(testsDir);
  });

  test('the folder a followed script names: npm run test:unit → its paths', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'npm run test:unit', 'test:unit': 'node --test test/unit/' } } }));
    expect(r).toMatchObject({ testsDir: 'test/unit', stub: { framework: 'node' } });
  });
});

describe('node --test with options that take values, and tsx --test (C2)', () => {
  test('node --require ./setup.cjs --test test/ is node, in test/', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'node --require ./setup.cjs --test test/' } } }));
    expect(r).toMatchObject({ testsDir: 'test', stub: { framework: 'node', language: 'js' } });
    expect(r.guessed).toBeUndefined();
  });

  test('node --import tsx --test, and tsx --test: node, and TypeScript runs', () => {
    for (const script of ['node --import tsx --test', 'tsx --test']) {
      const r = resolved(projectWith({ 'package.json': { type: 'module', scripts: { test: script }, devDependencies: { tsx: '4' } }, 'tsconfig.json': {} }));
      expect(r).toMatchObject({ stub: { framework: 'node', language: 'ts' }, extension: 'ts' });
      expect(r.sources.testFramework).toBe(`detected: the test script of package.json runs ${script.startsWith('tsx') ? 'tsx --test' : 'node --test'}`);
    }
  });
});

describe('TypeScript only where the test command can run it (C3)', () => {
  const language = (files: Record<string, string | object>) => {
    const r = resolved(projectWith({ 'tsconfig.json': {}, ...files }));
    return [r.stub.language, r.sources.language];
  };

  test('jest: with a TypeScript transform only', () => {
    expect(language({ 'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '1' } } })).toEqual(['js', 'detected: tsconfig.json, but jest has no TypeScript transform here (ts-jest, @swc/jest or @babel/preset-typescript)']);
    expect(language({ 'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '1', 'ts-jest': '1' } } })[0]).toBe('ts');
    expect(language({ 'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '1', '@swc/jest': '1' } } })[0]).toBe('ts');
    expect(language({ 'package.json': { scripts: { test: 'jest' }, devDependencies: { jest: '1', 'babel-jest': '1', '@babel/preset-typescript': '1' } } })[0]).toBe('ts');
    expect(language({ 'package.json': { scripts: { test: 'jest' } }, 'jest.config.js': "module.exports = { preset: 'ts-jest' };\n" })).toEqual(['ts', 'detected: tsconfig.json, and jest runs it with the ts-jest preset in jest.config.js']);
    expect(language({ 'package.json': { scripts: { test: 'jest' }, jest: { transform: { '^.+\\.ts$': 'x' } } } })[0]).toBe('ts');
  });

  test('node --test: with a TypeScript loader in the test script only', () => {
    expect(language({ 'package.json': { scripts: { test: 'node --test' } } })[0]).toBe('js');
    expect(language({ 'package.json': { scripts: { test: 'node --loader ts-node/esm --test' } } })).toEqual(['ts', 'detected: tsconfig.json, and the test script runs node with --loader ts-node/esm']);
    expect(language({ 'package.json': { scripts: { test: 'node -r ts-node/register --test' } } })[0]).toBe('ts');
    expect(language({ 'package.json': { scripts: { test: 'node --experimental-strip-types --test' } } })[0]).toBe('ts');
  });

  test('mocha: with ts-node or tsx in .mocharc or the test script only', () => {
    expect(language({ 'package.json': { scripts: { test: 'mocha' } } })[0]).toBe('js');
    expect(language({ 'package.json': { scripts: { test: 'mocha' } }, '.mocharc.json': { require: ['ts-node/register'], extension: ['ts'] } })[0]).toBe('ts');
    expect(language({ 'package.json': { scripts: { test: 'mocha' } }, '.mocharc.yml': 'require: tsx\nspec: test/**/*.spec.ts\n' })[0]).toBe('ts');
    expect(language({ 'package.json': { scripts: { test: 'mocha --require ts-node/register' } } })[0]).toBe('ts');
  });

  test("the tests already there decide, both ways", () => {
    expect(language({ 'package.json': { scripts: { test: 'vitest run' } }, 'test/a.test.js': '' })).toEqual(['js', 'detected: 1 test file(s) in test/ (JavaScript)']);
    expect(language({ 'package.json': { scripts: { test: 'jest' } }, 'jest.config.ts': 'export default {};\n', 'src/a.test.ts': '' })[0]).toBe('ts');
  });

  test('a TypeScript test pattern needs a runner that can run it too', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'node --test test/*.test.ts' } } }));
    expect(r.stub.language).toBe('js');
    expect(r.sources.language).toBe('detected: the test script of package.json (TypeScript), but the test script runs node --test without a TypeScript loader (--import tsx, tsx --test, …)');
  });
});

describe('the file extension the test command looks for (C4)', () => {
  test('node --test test/*.test.mjs in a CommonJS package: a .mjs stub, written as ESM', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'node --test test/*.test.mjs' } }, 'test/a.test.mjs': '' }));
    expect(r).toMatchObject({ testsDir: 'test', extension: 'mjs', stub: { framework: 'node', language: 'js', module: 'esm' } });
    expect(r.sources.module).toBe('detected: .mjs test files (the test script of package.json)');
  });

  test('a pattern naming .cjs files in an ESM package: a .cjs stub, written as CommonJS', () => {
    const r = resolved(projectWith({ 'package.json': { type: 'module', scripts: { test: 'mocha' } }, '.mocharc.json': { spec: 'test/**/*.spec.cjs' } }));
    expect(r).toMatchObject({ testsDir: 'test', suffix: '.spec', extension: 'cjs', stub: { language: 'js', module: 'cjs' } });
  });

  test('existing tests that all use one extension; mixed ones leave the language\'s', () => {
    expect(resolved(projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'tsconfig.json': {}, 'test/a.test.mts': '', 'test/b.test.mts': '' }))).toMatchObject({ extension: 'mts', stub: { language: 'ts', module: 'esm' } });
    expect(resolved(projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'test/a.test.mjs': '', 'test/b.test.js': '' }))).toMatchObject({ extension: 'js', stub: { language: 'js' } });
  });

  test('a configured language the extension does not fit keeps the language\'s', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'node --import tsx --test test/*.test.mjs' }, specwright: { language: 'ts' } } }));
    expect(r).toMatchObject({ extension: 'ts', stub: { language: 'ts' } });
  });
});

describe("config readers read the framework's own keys (C5)", () => {
  test("vite's optimizeDeps.include is not vitest's include", () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'vite.config.ts': "export default defineConfig({ optimizeDeps: { include: ['react-dom'] }, plugins: [] });\n" }));
    expect(r.testsDir).toBe('tests');
    const both = resolved(projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'vite.config.ts': "export default defineConfig({\n  optimizeDeps: { include: ['react-dom'] },\n  test: { environment: 'jsdom', include: ['src/**/*.spec.tsx'] },\n});\n" }));
    expect(both).toMatchObject({ testsDir: 'src', suffix: '.spec' });
  });

  test('jest roots with testMatch: the folder testMatch names, below the roots', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'jest' } }, 'jest.config.js': 'module.exports = {\n  roots: ["<rootDir>/src"],\n  testMatch: ["**/__tests__/**/*.js"],\n};\n' }));
    expect(r.testsDir).toBe('src/__tests__');
    expect(r.sources.testsDir).toBe('detected: testMatch and roots in jest.config.js');
    expect(resolved(projectWith({ 'package.json': { jest: { roots: ['<rootDir>/lib'], testMatch: ['**/*.spec.js'] } } }))).toMatchObject({ testsDir: 'lib', suffix: '.spec' });
  });

  test('a pattern without a fixed folder: the folder that holds the tests, named as the pattern says', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'vitest.config.ts': "export default { test: { include: ['**/*.spec.ts'] } };\n", 'spec/a.spec.ts': '', 'test/fixtures/data.js': '' }));
    expect(r).toMatchObject({ testsDir: 'spec', suffix: '.spec' });
  });
});

describe("a workspace package's own evidence comes before the root's (C6)", () => {
  test("the package's jest config and dependency outrank the root's vitest script", () => {
    const root = projectWith({
      'package.json': { workspaces: ['packages/*'], scripts: { test: 'vitest run' }, devDependencies: { vitest: '1' } },
      'packages/a/package.json': { scripts: { test: 'npm run test:unit' }, devDependencies: { jest: '1' } },
      'packages/a/jest.config.js': 'module.exports = {};\n',
    });
    const r = resolved(root, path.join(root, 'packages/a'));
    expect(r.stub.framework).toBe('jest');
    expect(r.sources.testFramework).toBe('detected: packages/a/jest.config.js');
  });

  test("the package's dependencies outrank the root's script", () => {
    const root = projectWith({ 'package.json': { workspaces: ['packages/*'], scripts: { test: 'vitest run' } }, 'packages/a/package.json': { devDependencies: { mocha: '1' } } });
    expect(resolved(root, path.join(root, 'packages/a')).stub.framework).toBe('mocha');
  });
});

describe('the package walk (C9)', () => {
  test('a package folder that is not a plain name exits 2 saying what to do', () => {
    const root = projectWith({ 'package.json': { workspaces: ['packages/*'] }, 'packages/my app/package.json': { scripts: { test: 'jest' } } });
    expect(() => resolveConfig(root, path.join(root, 'packages/my app'))).toThrow(expect.objectContaining({
      exitCode: 2,
      message: 'the package folder "packages/my app" may only have letters, digits and . _ - @ + in its names: specwright writes the test stub into it and names it in the spec',
      hint: 'Rename the folder (letters, digits and . _ - @ + only), or run from the repository root with --tests-dir naming a plain folder.',
    }));
  });

  test('a run inside node_modules is a run in the package that holds it', () => {
    const root = projectWith({ 'package.json': { scripts: { test: 'vitest run' } }, 'node_modules/foo/package.json': { scripts: { test: 'jest' } } });
    const r = resolved(root, path.join(root, 'node_modules/foo'));
    expect(r).toMatchObject({ testsDir: 'tests', stub: { framework: 'vitest' } });
    expect(r.sources.package).toBe('default');
  });
});

describe('testSuffix says where it came from', () => {
  test('test files without .test or .spec in their names: no suffix, as they are named (express: test/app.router.js)', () => {
    const r = resolved(projectWith({ 'package.json': { scripts: { test: 'mocha' } }, 'test/queue.js': '' }));
    expect(r).toMatchObject({ testsDir: 'test', suffix: '' });
    expect(r.sources.testSuffix).toBe('detected: 1 test file(s) in test/');
  });

  test('named by the existing tests, or by the pattern', () => {
    expect(resolved(projectWith({ 'package.json': { scripts: { test: 'mocha' } }, 'test/a.spec.js': '' })).sources.testSuffix).toBe('detected: 1 test file(s) in test/');
    expect(resolved(projectWith({ 'package.json': { scripts: { test: 'mocha' } }, '.mocharc.json': { spec: 'test/**/*.spec.js' } })).sources.testSuffix).toBe('detected: spec in .mocharc.json');
  });
});

describe('configuration: files, layers and flags', () => {
  test('the root config, then the package config, then flags; each value names its source', () => {
    const root = projectWith({
      'package.json': { workspaces: ['packages/*'] },
      'specwright.config.json': { specsDir: 'rfcs', idStyle: 'date', testsDir: 'checks' },
      'packages/a/package.json': { specwright: { testsDir: 'spec', language: 'ts' }, scripts: { test: 'jest' } },
    });
    const r = resolved(root, path.join(root, 'packages/a'));
    expect(r).toMatchObject({ specsDir: 'rfcs', testsDir: 'packages/a/spec', stub: { language: 'ts' } });
    expect(r.sources).toMatchObject({ specsDir: 'specwright.config.json', idStyle: 'specwright.config.json', testsDir: 'packages/a/package.json "specwright"', language: 'packages/a/package.json "specwright"', docsDir: 'default' });
    const flagged = resolved(root, path.join(root, 'packages/a'), { specsDir: 'docs/rfcs', testsDir: 't', testFramework: 'mocha' });
    expect(flagged).toMatchObject({ specsDir: 'docs/rfcs', testsDir: 'packages/a/t', stub: { framework: 'mocha' } });
    expect(flagged.sources).toMatchObject({ specsDir: '--specs-dir', testsDir: '--tests-dir', testFramework: '--test-framework' });
  });

  test('a config file and a package.json key side by side is an error naming both', () => {
    const root = projectWith({ 'package.json': { specwright: {} }, 'specwright.config.json': {} });
    expect(() => resolveConfig(root, root)).toThrow('both specwright.config.json and package.json "specwright" configure specwright');
  });

  test('a package.json that is not JSON exits 2 naming it', () => {
    const root = projectWith({ 'package.json': '{ "name": ' });
    expect(() => resolveConfig(root, root)).toThrow(/^package\.json is not valid JSON/);
  });

  test('a config that is not valid exits 2 naming the key and the file', () => {
    const root = projectWith({ 'specwright.config.json': { testsDir: '../outside' } });
    expect(() => resolveConfig(root, root)).toThrow('specwright.config.json: testsDir "../outside" leaves the project; give a folder inside it');
  });
});
