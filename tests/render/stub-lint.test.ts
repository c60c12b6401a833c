/**
 * Invariant 9, by the real linters: no global the linter does not declare
 * (mocha, node:test and vitest stubs import theirs; jest's come from
 * @jest/globals where detection says so), and the style of a linter with
 * fixed rules (xo, neostandard) detected and followed, down to the
 * `${…}` and backslashes a todo's text may hold. One linter run per
 * repository, over every stub form.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { TestStubStyle } from '../../src/model/spec-model.js';
import { resolveConfig } from '../../src/project/resolve-config.js';
import { STUB_FORMS, stubFiles } from '../helpers/stub-forms.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { fixtureRepo, TOOLCHAIN_MODULES } from '../helpers/toolchains.js';
import { runTool as run } from '../helpers/run-tool.js';

afterAll(removeTempDirs);

const TIMEOUT = 120_000;
const FRAMEWORKS = { jest: '30.5.2', mocha: '12.0.3', vitest: '4.1.12', ava: '7.0.0', tap: '21.8.0' };

/**
 * A repository with these files; every stub form of `forms` written as
 * detection decides (code style, and for jest whether @jest/globals is imported).
 */
function lintedRepository(files: Record<string, string>, forms: readonly TestStubStyle[]): string {
  const root = fixtureRepo(files);
  const { testStub } = resolveConfig(root, root).layout;
  const detected = forms.map((form) => (form.framework === 'jest' ? { ...form, jestGlobals: testStub.jestGlobals } : form));
  for (const [file, contents] of Object.entries(stubFiles(testStub.codeStyle, detected))) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return root;
}

const JAVASCRIPT_FORMS = STUB_FORMS.filter((form) => form.language === 'js');
const ESLINT = path.join(TOOLCHAIN_MODULES, 'eslint', 'bin', 'eslint.js');

describe('every stub form passes the repository\'s own linter', () => {
  test(
    'eslint 9, flat config, no-undef with only node\'s globals (JavaScript stubs; jest declared, @jest/globals installed with it)',
    async () => {
      const root = lintedRepository(
        {
          'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { eslint: '9.39.1', ...FRAMEWORKS } }),
          'eslint.config.js': 'import globals from "globals";\n\nexport default [{ languageOptions: { globals: globals.node }, rules: { "no-undef": "error" } }];\n',
        },
        JAVASCRIPT_FORMS,
      );
      expect(await run(process.execPath, [ESLINT, '--max-warnings', '0', 'tests'], root)).toEqual({ code: 0, output: '' });
    },
    TIMEOUT,
  );

  test(
    'neostandard (single quotes, no semicolons, no-template-curly-in-string), TypeScript included',
    async () => {
      const root = lintedRepository(
        {
          'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { neostandard: '0.13.0', eslint: '9.39.1', ...FRAMEWORKS } }),
          'eslint.config.js': "import neostandard from 'neostandard'\n\nexport default neostandard({ ts: true })\n",
        },
        STUB_FORMS,
      );
      expect(await run(process.execPath, [ESLINT, '--max-warnings', '0', 'tests'], root)).toEqual({ code: 0, output: '' });
    },
    TIMEOUT,
  );

  test(
    'xo (tabs, single quotes always, no spaces in braces, prefer-string-raw), TypeScript type-checked; @jest/globals declared',
    async () => {
      // node:test's describe() and test.todo(), and tap's t.todo(), return promises, which xo's
      // type-aware no-floating-promises reports in TypeScript: those two forms are left out here.
      const forms = STUB_FORMS.filter((form) => !((form.framework === 'node' || form.framework === 'tap') && form.language === 'ts'));
      const root = lintedRepository(
        {
          'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { xo: '1.2.3', '@jest/globals': '30.5.2', ...FRAMEWORKS } }),
          'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], skipLibCheck: true, noEmit: true }, include: ['tests'] }),
        },
        forms,
      );
      const xo = await run(process.execPath, [path.join(TOOLCHAIN_MODULES, 'xo', 'dist', 'cli.js'), 'tests'], root);
      // Warnings do not fail xo: ava's plugin warns on every test.todo (the idiom of a todo in ava), and max-len
      // (200) on a line the long answers make; any other rule, or any error, fails this test.
      const rules = [...xo.output.matchAll(/^\s*[⚠✖]\s+\d+:\d+\s+.*?\s{2,}(\S+)\s*$/gm)].map((m) => m[1]);
      expect({ code: xo.code, errors: xo.output.includes('✖'), rules: [...new Set(rules)].filter((rule) => rule !== 'ava/no-todo-test' && rule !== '@stylistic/max-len') }).toEqual({ code: 0, errors: false, rules: [] });
    },
    TIMEOUT,
  );
});
