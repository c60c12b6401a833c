import path from 'node:path';
import type { Answers } from '../../src/answers/answers.js';
import { validatePartial } from '../../src/answers/validate-answers.js';
import type { CodeStyle } from '../../src/config/code-style.js';
import { buildModel, type TestStubStyle } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { defaultLayout } from './layout.js';
import { FULL_ANSWERS } from './sample-answers.js';

const TODAY = '2026-11-26';

/**
 * Answers whose stub lines outgrow every width a formatter is set to, and
 * whose strings hold what changes with the quote: both quotes (more of one
 * than the other, and as many of each), backslashes, East Asian wide text,
 * `${}` and `*\/`.
 */
export const LONG_ANSWERS = validatePartial(
  {
    name: 'Export "quoted" and \'single\' reports: 日本語 ${x} */',
    owner: 'Ada',
    purpose: '',
    requirements: [
      'The export writes every visible column of the current table view into one CSV file named after the view',
      'A cell that holds "double quotes" keeps them "as they are" when the file is opened again later on',
      "A cell that holds the user's own 'single quotes' keeps them in the file, whatever the spreadsheet does",
      'Paths like C:\\Users\\ada\\exports and a trailing backslash \\ survive the export unchanged, always',
      '日本語の列名はそのままエクスポートされ、文字化けせずに表計算ソフトで開けること。',
      'A template such as ${user} and a comment end */ in a cell are written as text, never as code at all',
    ],
    stories: ['As an accountant, I want to "export" the month\'s \'ledger\' so that I can check it offline on the train home'],
    phases: [{ name: 'Build "it" now', tasks: ['Stream rows to the file instead of building the whole CSV text in memory first', 'Short task'] }],
    milestones: [],
  },
  TODAY,
  (field) => field,
) as Answers;

export const STUB_ANSWERS: readonly Answers[] = [LONG_ANSWERS, FULL_ANSWERS];

/** Every built-in stub form: each framework (ava has no TypeScript form without a loader), JavaScript as ESM and CommonJS, TypeScript; jest with its globals and with @jest/globals. */
export const STUB_FORMS: readonly TestStubStyle[] = [
  { framework: 'jest', language: 'js', module: 'esm', jestGlobals: false },
  { framework: 'jest', language: 'js', module: 'cjs', jestGlobals: true },
  { framework: 'jest', language: 'ts', module: 'esm', jestGlobals: true },
  { framework: 'vitest', language: 'js', module: 'esm', jestGlobals: false },
  { framework: 'vitest', language: 'ts', module: 'esm', jestGlobals: false },
  { framework: 'node', language: 'js', module: 'esm', jestGlobals: false },
  { framework: 'node', language: 'js', module: 'cjs', jestGlobals: false },
  { framework: 'node', language: 'ts', module: 'esm', jestGlobals: false },
  { framework: 'mocha', language: 'js', module: 'esm', jestGlobals: false },
  { framework: 'mocha', language: 'js', module: 'cjs', jestGlobals: false },
  { framework: 'mocha', language: 'ts', module: 'esm', jestGlobals: false },
  { framework: 'ava', language: 'js', module: 'esm', jestGlobals: false },
  { framework: 'ava', language: 'js', module: 'cjs', jestGlobals: false },
  { framework: 'tap', language: 'js', module: 'esm', jestGlobals: false },
  { framework: 'tap', language: 'js', module: 'cjs', jestGlobals: false },
  { framework: 'tap', language: 'ts', module: 'esm', jestGlobals: false },
];

export const formLabel = ({ framework, language, module, jestGlobals }: TestStubStyle): string =>
  `${framework}-${language}${language === 'js' ? `-${module}` : ''}${jestGlobals ? '-imports' : ''}`;

/**
 * The built-in stubs of every form and every answer set, in `codeStyle`,
 * as files: `tests/<form>/<slug>.test.<js|cjs|mjs|ts>` (`.cjs`/`.mjs`
 * where the form's module system is not the fixture's `type`).
 */
export function stubFiles(codeStyle: CodeStyle | undefined, forms: readonly TestStubStyle[] = STUB_FORMS, packageType: 'module' | 'commonjs' = 'module'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const form of forms) {
    const testStub: TestStubStyle = codeStyle ? { ...form, codeStyle } : form;
    const extension = form.language === 'ts' ? 'ts' : (form.module === 'esm') === (packageType === 'module') ? 'js' : form.module === 'esm' ? 'mjs' : 'cjs';
    for (const [i, answers] of STUB_ANSWERS.entries()) {
      const model = buildModel(answers, { today: TODAY, number: String(i + 1).padStart(4, '0'), layout: defaultLayout({ testStub, testExtension: extension }) });
      const stub = renderFiles(model).find((file) => file.path === model.paths.test)!;
      files[`tests/${formLabel(form)}/${path.posix.basename(stub.path)}`] = stub.contents;
    }
  }
  return files;
}
