import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { listFolder } from '../../src/base/list-folder.js';
import { buildModel, TEST_FRAMEWORKS, type TestFramework } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { loadTeamTemplates } from '../../src/render/team-templates.js';
import { TemplateError } from '../../src/render/template-error.js';
import { TEMPLATE_NAMES, TEMPLATES_DIR } from '../../src/render/templates.js';
import { defaultLayout } from '../helpers/layout.js';
import { FULL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const DIR = '.specwright/templates';
const HOSTILE = { ...FULL_ANSWERS, name: 'Dark *mode* <b>', owner: 'O\'Brien "Bob" `x` ${y}', stories: ['As a user, I want `code` and | pipes'] };
/** Every character HTML escaping would change (& < > " ' ` =), in every kind of answer. */
const HTML_SPECIAL = {
  ...FULL_ANSWERS,
  name: 'Tom\'s "dark" mode & <b>=1`',
  owner: "O'Hara & Co",
  purpose: 'Less glare & "fewer" <complaints>',
  requirements: ["Follows the OS theme (a & b = 'c')"],
  stories: ['As a user, I want "it" & <more>'],
  phases: [{ name: 'Build <1> & "2"', tasks: ["Tokens & 'toggle'"] }],
};

function withTemplates(files: Record<string, string>): string {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(root, DIR, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

const load = (root: string) => loadTeamTemplates(root, DIR, listFolder);
const model = (answers = FULL_ANSWERS, framework: TestFramework = 'jest') =>
  buildModel(answers, { today: '2026-11-27', number: '0007', layout: defaultLayout({ testStub: { framework, language: 'ts', jestGlobals: false } }) });

function thrown(work: () => unknown): TemplateError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).exitCode).toBe(2);
    return error as TemplateError;
  }
  throw new Error('expected a TemplateError');
}

describe('team templates', () => {
  test('no templates folder: none, and the built-in ones render', () => {
    expect(load(tempDir())).toBeUndefined();
  });

  test('an override of the spec alone keeps the built-in stub and docs', () => {
    const root = withTemplates({ 'spec.md.hbs': '# {{name}}\n' });
    const [spec, stub, docs] = renderFiles(model(), load(root));
    const [, builtStub, builtDocs] = renderFiles(model());
    expect(spec!.contents).toBe('# Dark mode\n');
    expect(stub).toEqual(builtStub);
    expect(docs).toEqual(builtDocs);
  });

  test('the per-framework stub template is chosen by the framework', () => {
    const root = withTemplates({ 'test-vitest.hbs': '// vitest {{id}}\n' });
    expect(renderFiles(model(FULL_ANSWERS, 'vitest'), load(root))[1]!.contents).toBe('// vitest 0007-dark-mode\n');
    expect(renderFiles(model(FULL_ANSWERS, 'jest'), load(root))[1]!.contents).toContain('describe(');
  });

  test('{{field}} is escaped for the file: Markdown in .md templates, a JS string in code; {{{field}}} is raw', () => {
    const root = withTemplates({
      'spec.md.hbs': '# {{name}} by {{owner}}\n{{#each stories}}- {{this}}\n{{/each}}raw: {{{name}}}\n',
      'test-jest.hbs': 'describe("{{name}}", () => {}); // {{owner}}\ntest.todo(\'{{owner}}\');\n',
    });
    const [spec, stub] = renderFiles(model(HOSTILE), load(root));
    expect(spec!.contents).toBe('# Dark \\*mode\\* \\<b> by O\'Brien "Bob" `x` ${y}\n- As a user, I want `code` and \\| pipes\nraw: Dark *mode* <b>\n');
    expect(stub!.contents).toBe('describe("Dark *mode* <b>", () => {}); // O\\u0027Brien \\"Bob\\" \\u0060x\\u0060 \\u0024{y}\ntest.todo(\'O\\u0027Brien \\"Bob\\" \\u0060x\\u0060 \\u0024{y}\');\n');
    // The stub is still valid JavaScript whatever the quotes.
    expect(() => new Function('describe', 'test', stub!.contents)(() => undefined, { todo: () => undefined })).not.toThrow();
  });

  test('helpers get the raw text and escape once, as in the built-in templates', () => {
    const root = withTemplates({ 'docs.md.hbs': '{{md name}}|{{js name}}|{{cell owner}}|{{slug name}}|{{formatDate today "D MMMM YYYY"}}|{{#each requirements}}{{id}} {{/each}}\n' });
    expect(renderFiles(model(HOSTILE), load(root))[2]!.contents).toBe('Dark \\*mode\\* \\<b>|"Dark *mode* <b>"|O\'Brien "Bob" `x` ${y}|dark-mode-b|27 November 2026|FR-1 FR-2 FR-3 \n');
  });

  test('an ejected copy of every built-in template renders the same bytes as the built-in ones', () => {
    const files = Object.fromEntries(TEMPLATE_NAMES.map((name) => [`${name}.hbs`, readFileSync(`${TEMPLATES_DIR}${name}.hbs`, 'utf8')]));
    const team = load(withTemplates(files));
    for (const answers of [FULL_ANSWERS, HOSTILE, HTML_SPECIAL]) {
      for (const framework of TEST_FRAMEWORKS) expect(renderFiles(model(answers, framework), team)).toEqual(renderFiles(model(answers, framework)));
    }
  });

  test('partials come from partials/ in the templates folder', () => {
    const root = withTemplates({ 'docs.md.hbs': 'a\n{{> footer}}', 'partials/footer.hbs': 'by {{owner}}\n' });
    expect(renderFiles(model(HOSTILE), load(root))[2]!.contents).toBe('a\nby O\'Brien "Bob" `x` ${y}\n');
  });

  test.each([
    ['a parse error', { 'spec.md.hbs': '# ok\n\n{{#if name}\n' }, `${DIR}/spec.md.hbs, line 3: cannot be parsed near "# ok{{#if name}"`],
    ['an unclosed block (found at the end)', { 'spec.md.hbs': '# ok\n{{#each stories}}\n' }, `${DIR}/spec.md.hbs, line 3: cannot be parsed near "...k{{#each stories}}" (unexpected EOF)`],
    ['an unknown helper', { 'docs.md.hbs': 'x\n\n{{shout name}}\n' }, `${DIR}/docs.md.hbs, line 3: unknown helper "shout"`],
    ['an unknown partial', { 'docs.md.hbs': 'x\n{{> nope}}\n' }, `${DIR}/docs.md.hbs, line 2: unknown partial "nope"`],
    ['a computed partial', { 'docs.md.hbs': '{{> (lookup . "name")}}\n' }, `${DIR}/docs.md.hbs, line 1: a partial must be named, not computed`],
    ['a partial path that tries to leave the folder', { 'docs.md.hbs': '{{> ../../../etc/passwd}}\n' }, `${DIR}/docs.md.hbs, line 1: unknown partial "../../../etc/passwd"`],
    ['a broken partial', { 'docs.md.hbs': '{{> footer}}\n', 'partials/footer.hbs': '{{#if}}\n' }, `${DIR}/partials/footer.hbs, line 2: cannot be parsed near "{{#if}}"`],
    ['an unknown template name', { 'spec.hbs': '# x\n' }, `${DIR}/spec.hbs is not a template specwright uses`],
  ])('%s exits 2 naming the file and the line, when loaded', (_, files, message) => {
    expect(thrown(() => load(withTemplates(files))).message).toContain(message);
  });

  test('a misspelt field exits 2 naming the file and the line, when rendered (before anything is written)', () => {
    const team = load(withTemplates({ 'docs.md.hbs': 'x\n{{nmae}}\n' }));
    expect(thrown(() => renderFiles(model(), team)).message).toBe(`${DIR}/docs.md.hbs, line 2: unknown field "nmae" (README.md, "Your own templates", lists the data a template gets)`);
  });

  test('a template that is a link is refused, even to a file inside the project', () => {
    const root = withTemplates({ 'real.txt': '# x\n' });
    symlinkSync(path.join(root, DIR, 'real.txt'), path.join(root, DIR, 'spec.md.hbs'));
    expect(thrown(() => load(root)).message).toContain(`${DIR}/spec.md.hbs is not a regular file`);
  });

  test('concat joins; its result is escaped where it is written and raw for the helper it is given to', () => {
    const evil = { ...FULL_ANSWERS, name: 'Evil"); require("child_process").execSync("id"); ("' };
    const root = withTemplates({
      'test-jest.hbs': 'test.todo("{{concat "FR: " name}}");\ntest.todo({{js (concat "FR: " name)}});\n',
      'docs.md.hbs': '{{concat "# " name}}\n{{item "-" "" (concat "x " name)}}\n',
    });
    const [, stub, docs] = renderFiles(model(evil), load(root));
    expect(stub!.contents).toBe('test.todo("FR: Evil\\"); require(\\"child_process\\").execSync(\\"id\\"); (\\"");\ntest.todo("FR: Evil\\"); require(\\"child_process\\").execSync(\\"id\\"); (\\"");\n');
    expect(() => new Function('test', stub!.contents)({ todo: () => undefined })).not.toThrow();
    const hostile = renderFiles(model(HOSTILE), load(root))[2]!.contents;
    expect(hostile).toBe('\\# Dark \\*mode\\* \\<b>\n- x Dark \\*mode\\* \\<b>\n');
  });

  test('a partials folder that is a link is refused, wherever it leads', () => {
    const root = withTemplates({ 'docs.md.hbs': '{{> secret}}\n' });
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.hbs'), 'SECRET\n');
    symlinkSync(outside, path.join(root, DIR, 'partials'));
    expect(thrown(() => load(root)).message).toBe(`${DIR}/partials is a link`);
  });

  test('a templates folder that is a link to outside the project is refused', () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'spec.md.hbs'), '# x\n');
    mkdirSync(path.join(root, '.specwright'));
    symlinkSync(outside, path.join(root, DIR));
    expect(thrown(() => load(root)).message).toContain(`${DIR} leads outside the project`);
  });
});
